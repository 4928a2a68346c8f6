package org.gilkit.runtime.format;

/**
 * {@code repr(str)} and {@code ascii()}'s escaping, as CPython writes them: single quotes unless
 * the text contains {@code '} and no {@code "}; {@code \\}, {@code \t}, {@code \n}, {@code \r}
 * escaped; other non-printable characters as {@code \xhh}, {@code \\uhhhh} or
 * {@code \Uhhhhhhhh}. "Printable" follows {@code str.isprintable()}: not in the Unicode
 * categories Cc, Cf, Cs, Co, Cn, Zl, Zp, or Zs other than the space (Java's Unicode tables,
 * which may lag CPython's by a version for newly assigned characters).
 */
public final class StrRepr {
    private StrRepr() {
    }

    /** {@code repr(s)}. */
    public static String repr(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder out = new StringBuilder(s.length() + 2).append(quote);
        s.codePoints().forEach(cp -> appendReprChar(out, cp, quote));
        return out.append(quote).toString();
    }

    /**
     * {@code ascii()} applied to an existing repr: every non-ASCII code point becomes a
     * backslash escape (CPython's {@code backslashreplace} on the repr).
     */
    public static String asciiEscape(String repr) {
        StringBuilder out = new StringBuilder(repr.length());
        repr.codePoints().forEach(cp -> {
            if (cp < 0x80) {
                out.append((char) cp);
            } else {
                appendHexEscape(out, cp);
            }
        });
        return out.toString();
    }

    private static void appendReprChar(StringBuilder out, int cp, char quote) {
        if (cp == quote || cp == '\\') {
            out.append('\\').append((char) cp);
        } else if (cp == '\t') {
            out.append("\\t");
        } else if (cp == '\n') {
            out.append("\\n");
        } else if (cp == '\r') {
            out.append("\\r");
        } else if (cp < 0x20 || cp == 0x7f || (cp >= 0x80 && !isPrintable(cp))) {
            appendHexEscape(out, cp);
        } else {
            out.appendCodePoint(cp);
        }
    }

    private static void appendHexEscape(StringBuilder out, int cp) {
        if (cp < 0x100) {
            out.append("\\x").append(hex(cp, 2));
        } else if (cp < 0x10000) {
            out.append("\\u").append(hex(cp, 4));
        } else {
            out.append("\\U").append(hex(cp, 8));
        }
    }

    private static String hex(int v, int width) {
        String h = Integer.toHexString(v);
        return "0".repeat(width - h.length()) + h;
    }

    /** {@code str.isprintable()} for one code point. */
    static boolean isPrintable(int cp) {
        if (cp == ' ') {
            return true;
        }
        switch (Character.getType(cp)) {
            case Character.CONTROL:
            case Character.FORMAT:
            case Character.SURROGATE:
            case Character.PRIVATE_USE:
            case Character.UNASSIGNED:
            case Character.LINE_SEPARATOR:
            case Character.PARAGRAPH_SEPARATOR:
            case Character.SPACE_SEPARATOR:
                return false;
            default:
                return true;
        }
    }
}
