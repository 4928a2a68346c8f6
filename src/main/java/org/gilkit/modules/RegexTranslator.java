package org.gilkit.modules;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Rewrites a Python regular expression into java.util.regex syntax, keeping its meaning:
 * {@code (?P<name>...)} becomes a numbered Java name (Java names allow no underscores) with the
 * Python name remembered, {@code (?P=name)} a {@code \k<>} reference, {@code \Z} {@code \z},
 * {@code {,n}} {@code {0,n}}, a brace that is no quantifier a literal, {@code [} and {@code &&}
 * inside a class literals (Java nests and intersects classes there), {@code \v}, {@code \a} and
 * octal escapes explicit code points, {@code (?#...)} dropped, and under VERBOSE the whitespace
 * and comments removed here (Java's COMMENTS flag would also drop blanks inside classes).
 * Inline global flags become {@link #flags}. Unsupported syntax (conditional groups,
 * {@code \N{...}}) and Python's own errors ("bad escape", "missing )", "unknown group name")
 * throw {@link RegexError} with the pattern position, as CPython's re.error reports it.
 */
final class RegexTranslator {
    static final int IGNORECASE = 2;
    static final int LOCALE = 4;
    static final int MULTILINE = 8;
    static final int DOTALL = 16;
    static final int UNICODE = 32;
    static final int VERBOSE = 64;
    static final int ASCII = 256;

    /** A Python-level regex error: message and position in the pattern. */
    static final class RegexError extends RuntimeException {
        final int pos;

        RegexError(String msg, int pos) {
            super(msg, null, false, false);
            this.pos = pos;
        }
    }

    private final String p;
    private final StringBuilder out = new StringBuilder();
    private int i;
    private int groups;
    private int depth;
    int flags;
    final Map<String, Integer> names = new LinkedHashMap<>();

    private RegexTranslator(String pattern, int flags) {
        this.p = pattern;
        this.flags = flags;
    }

    /** Translates {@code pattern}; the result's {@link #flags} include inline global flags. */
    static RegexTranslator translate(String pattern, int flags) {
        RegexTranslator t = new RegexTranslator(pattern, flags);
        t.globalFlags();
        t.run();
        return t;
    }

    String javaPattern() {
        return out.toString();
    }

    int groupCount() {
        return groups;
    }

    private void globalFlags() {
        while (p.startsWith("(?", i) && i + 2 < p.length() && "aiLmsux".indexOf(p.charAt(i + 2)) >= 0) {
            int j = i + 2;
            int f = 0;
            while (j < p.length() && "aiLmsux".indexOf(p.charAt(j)) >= 0) f |= flagBit(p.charAt(j++));
            if (j >= p.length() || p.charAt(j) != ')') return;
            flags |= f;
            i = j + 1;
        }
    }

    private static int flagBit(char c) {
        return switch (c) {
            case 'a' -> ASCII;
            case 'i' -> IGNORECASE;
            case 'L' -> LOCALE;
            case 'm' -> MULTILINE;
            case 's' -> DOTALL;
            case 'u' -> UNICODE;
            default -> VERBOSE;
        };
    }

    private boolean verbose() {
        return (flags & VERBOSE) != 0;
    }

    private void run() {
        while (i < p.length()) {
            char c = p.charAt(i);
            if (verbose() && Character.isWhitespace(c)) {
                i++;
            } else if (verbose() && c == '#') {
                while (i < p.length() && p.charAt(i) != '\n') i++;
            } else if (c == '\\') {
                escape(false);
            } else if (c == '[') {
                charClass();
            } else if (c == '(') {
                open();
            } else if (c == ')') {
                if (depth == 0) throw new RegexError("unbalanced parenthesis", i);
                depth--;
                out.append(')');
                i++;
            } else if (c == '{') {
                brace();
            } else if (c == '}') {
                out.append("\\}");
                i++;
            } else {
                if ((c == '*' || c == '+' || c == '?') && nothingToRepeat()) {
                    throw new RegexError("nothing to repeat", i);
                }
                out.append(c);
                i++;
            }
        }
        if (depth > 0) throw new RegexError("missing ), unterminated subpattern", lastOpen);
    }

    private int lastOpen;

    private boolean nothingToRepeat() {
        if (out.length() == 0) return true;
        char prev = out.charAt(out.length() - 1);
        boolean escaped = out.length() >= 2 && out.charAt(out.length() - 2) == '\\';
        return !escaped && (prev == '(' || prev == '|');
    }

    private void open() {
        lastOpen = i;
        depth++;
        if (!p.startsWith("(?", i)) {
            groups++;
            out.append('(');
            i++;
            return;
        }
        if (p.startsWith("(?P<", i)) {
            int end = p.indexOf('>', i);
            if (end < 0) throw new RegexError("missing >, unterminated name", i + 4);
            String name = p.substring(i + 4, end);
            if (!isIdentifier(name)) throw new RegexError("bad character in group name '" + name + "'", i + 4);
            if (names.containsKey(name)) throw new RegexError("redefinition of group name '" + name + "' as group "
                    + (groups + 1) + "; was group " + names.get(name), i + 4);
            groups++;
            names.put(name, groups);
            out.append("(?<g").append(groups).append('>');
            i = end + 1;
        } else if (p.startsWith("(?P=", i)) {
            int end = p.indexOf(')', i);
            if (end < 0) throw new RegexError("missing ), unterminated name", i + 4);
            String name = p.substring(i + 4, end);
            Integer g = names.get(name);
            if (g == null) throw new RegexError("unknown group name '" + name + "'", i + 4);
            out.append("(?:\\k<g").append(g).append(">)");
            depth--;
            i = end + 1;
        } else if (p.startsWith("(?#", i)) {
            int end = p.indexOf(')', i);
            if (end < 0) throw new RegexError("missing ), unterminated comment", i);
            depth--;
            i = end + 1;
        } else if (p.startsWith("(?(", i)) {
            throw new RegexError("conditional groups (?(id)yes|no) are not supported by gilkit's re", i);
        } else if (p.startsWith("(?<", i) && i + 3 < p.length() && p.charAt(i + 3) != '=' && p.charAt(i + 3) != '!') {
            throw new RegexError("unknown extension ?<" + p.charAt(i + 3), i + 1);
        } else {
            scopedFlags();
        }
    }

    /** {@code (?:}, lookarounds, {@code (?>}, and {@code (?imsx-imsx:...)}. */
    private void scopedFlags() {
        int j = i + 2;
        StringBuilder f = new StringBuilder();
        while (j < p.length() && "aiLmsux-".indexOf(p.charAt(j)) >= 0) f.append(p.charAt(j++));
        if (f.length() > 0) {
            if (j < p.length() && p.charAt(j) == ')') {
                throw new RegexError("global flags not at the start of the expression", i);
            }
            String javaFlags = f.toString().replace("a", "").replace("u", "").replace("L", "");
            out.append("(?").append(javaFlags.replace("i", "iu"));
            i = j;
            return;
        }
        out.append("(?");
        i += 2;
    }

    private static boolean isIdentifier(String s) {
        if (s.isEmpty() || !(Character.isLetter(s.charAt(0)) || s.charAt(0) == '_')) return false;
        for (int k = 1; k < s.length(); k++) {
            char c = s.charAt(k);
            if (!(Character.isLetterOrDigit(c) || c == '_')) return false;
        }
        return true;
    }

    private void brace() {
        int end = p.indexOf('}', i);
        String body = end < 0 ? null : p.substring(i + 1, end);
        if (body != null && body.matches("\\d*,?\\d*") && !body.isEmpty() && !body.equals(",")) {
            if (nothingToRepeat()) throw new RegexError("nothing to repeat", i);
            if (body.startsWith(",")) body = "0" + body;
            String[] mn = body.split(",", -1);
            if (mn.length == 2 && !mn[1].isEmpty() && Long.parseLong(mn[0]) > Long.parseLong(mn[1])) {
                throw new RegexError("min repeat greater than max repeat", i + 1);
            }
            out.append('{').append(body).append('}');
            i = end + 1;
        } else {
            out.append("\\{");
            i++;
        }
    }

    private void charClass() {
        int start = i;
        out.append('[');
        i++;
        if (i < p.length() && p.charAt(i) == '^') {
            out.append('^');
            i++;
        }
        boolean first = true;
        while (true) {
            if (i >= p.length()) throw new RegexError("unterminated character set", start);
            char c = p.charAt(i);
            if (c == ']' && !first) break;
            if (c == '\\') {
                escape(true);
            } else if (c == '[' || c == ']' || (c == '&' && p.startsWith("&&", i)) || c == '{' || c == '}') {
                out.append('\\').append(c);
                i++;
            } else {
                out.append(c);
                i++;
            }
            first = false;
        }
        out.append(']');
        i++;
    }

    private void escape(boolean inClass) {
        int start = i;
        if (i + 1 >= p.length()) throw new RegexError("bad escape (end of pattern)", i);
        char c = p.charAt(i + 1);
        i += 2;
        switch (c) {
            case 'A', 'z', 'G' -> {
                if (c != 'A') throw new RegexError("bad escape \\" + c, start);
                if (inClass) throw new RegexError("bad escape \\A", start);
                out.append("\\A");
            }
            case 'Z' -> {
                if (inClass) throw new RegexError("bad escape \\Z", start);
                out.append("\\z");
            }
            case 'b' -> out.append(inClass ? "\\x08" : "\\b");
            case 'B' -> {
                if (inClass) throw new RegexError("bad escape \\B", start);
                out.append("\\B");
            }
            case 'd', 'D', 's', 'S', 'w', 'W', 'n', 't', 'r', 'f' -> out.append('\\').append(c);
            case 'v' -> out.append("\\x0B");
            case 'a' -> out.append("\\x07");
            case 'x' -> hex(start, 2);
            case 'u' -> hex(start, 4);
            case 'U' -> hex(start, 8);
            case 'N' -> throw new RegexError("\\N{...} escapes are not supported by gilkit's re", start);
            case '0' -> octal(start, 0);
            default -> {
                if (c >= '1' && c <= '9') {
                    digits(start, c, inClass);
                } else if (c < 128 && Character.isLetterOrDigit(c)) {
                    throw new RegexError("bad escape \\" + c, start);
                } else {
                    codePoint(c);
                }
            }
        }
    }

    private void hex(int start, int n) {
        if (i + n > p.length() || !p.substring(i, i + n).matches("[0-9a-fA-F]+")) {
            throw new RegexError("incomplete escape \\" + p.substring(start + 1, Math.min(p.length(), i + n)), start);
        }
        int cp = (int) Long.parseLong(p.substring(i, i + n), 16);
        if (!Character.isValidCodePoint(cp)) throw new RegexError("bad escape \\" + p.substring(start + 1, i + n), start);
        i += n;
        codePoint(cp);
    }

    private void octal(int start, int value) {
        int v = value;
        int n = 0;
        while (n < 2 && i < p.length() && p.charAt(i) >= '0' && p.charAt(i) <= '7') {
            v = v * 8 + (p.charAt(i++) - '0');
            n++;
        }
        codePoint(v);
    }

    /** {@code \1}..{@code \99} group references, or three-digit octal escapes, as Python reads them. */
    private void digits(int start, char first, boolean inClass) {
        boolean octal3 = i + 1 < p.length() && first <= '7' && isOctal(p.charAt(i)) && isOctal(p.charAt(i + 1));
        if (octal3) {
            int v = (first - '0') * 64 + (p.charAt(i) - '0') * 8 + (p.charAt(i + 1) - '0');
            if (v > 0377) throw new RegexError("octal escape value \\" + p.substring(start + 1, i + 2)
                    + " outside of range 0-0o377", start);
            i += 2;
            codePoint(v);
            return;
        }
        if (inClass) throw new RegexError("bad escape \\" + first, start);
        int g = first - '0';
        if (i < p.length() && Character.isDigit(p.charAt(i))) g = g * 10 + (p.charAt(i++) - '0');
        if (g > groups) throw new RegexError("invalid group reference " + g, start + 1);
        out.append("(?:\\").append(g).append(')');
    }

    private static boolean isOctal(char c) {
        return c >= '0' && c <= '7';
    }

    private void codePoint(int cp) {
        out.append(String.format("\\x{%X}", cp));
    }
}
