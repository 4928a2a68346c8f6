package org.gilkit.runtime;

/**
 * {@code str.format}, {@code str.format_map} and {@code str % args}: the replacement-field
 * syntax ({@code {0}}, {@code {name.attr[key]!r:>{width}}}) parsed here with CPython's errors;
 * each field's value is formatted through {@link Ops#format} (its type's __format__).
 */
final class StrFormatting {
    private StrFormatting() {}

    /** Where field values come from: positional args and keywords, or a mapping. */
    private static final class Source {
        final PyObject[] positional;
        final PyDict keywords;
        final PyObject mapping;
        int auto;
        boolean manual;

        Source(PyObject[] positional, PyDict keywords, PyObject mapping) {
            this.positional = positional;
            this.keywords = keywords;
            this.mapping = mapping;
        }
    }

    static PyObject format(ThreadState ts, PyStr fmt, PyObject[] args, String[] kwnames) {
        int npos = ArgParser.npos(args, kwnames);
        PyObject[] pos = java.util.Arrays.copyOf(args, npos);
        PyDict kw = new PyDict();
        for (int i = npos; i < args.length; i++) kw.put(ts, new PyStr(kwnames[i - npos]), args[i]);
        return new PyStr(render(ts, fmt.value, new Source(pos, kw, null), 2));
    }

    static PyObject formatMap(ThreadState ts, PyStr fmt, PyObject mapping) {
        return new PyStr(render(ts, fmt.value, new Source(new PyObject[0], null, mapping), 2));
    }

    /** str % args, through org.gilkit.runtime.format once its percent formatter lands. */
    static PyObject percent(ThreadState ts, PyStr fmt, PyObject args) {
        return new PyStr(Percent.format(ts, fmt.value, args));
    }

    private static String render(ThreadState ts, String s, Source src, int depth) {
        if (depth < 0) throw Errors.valueError("Max string recursion exceeded");
        StringBuilder out = new StringBuilder(s.length());
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '{') {
                if (i + 1 < n && s.charAt(i + 1) == '{') {
                    out.append('{');
                    i++;
                    continue;
                }
                int end = matchingBrace(s, i);
                out.append(field(ts, s.substring(i + 1, end), src, depth));
                i = end;
            } else if (c == '}') {
                if (i + 1 < n && s.charAt(i + 1) == '}') {
                    out.append('}');
                    i++;
                    continue;
                }
                throw Errors.valueError("Single '}' encountered in format string");
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static int matchingBrace(String s, int open) {
        int level = 1;
        for (int j = open + 1; j < s.length(); j++) {
            char c = s.charAt(j);
            if (c == '{') level++;
            else if (c == '}' && --level == 0) return j;
        }
        throw Errors.valueError(open + 1 < s.length() ? "expected '}' before end of string" : "Single '{' encountered in format string");
    }

    private static String field(ThreadState ts, String body, Source src, int depth) {
        int colon = -1;
        int bang = -1;
        int bracket = 0;
        for (int j = 0; j < body.length(); j++) {
            char c = body.charAt(j);
            if (c == '[') bracket++;
            else if (c == ']') bracket--;
            else if (bracket == 0 && c == '!' && bang < 0 && colon < 0) bang = j;
            else if (bracket == 0 && c == ':') {
                colon = j;
                break;
            }
        }
        int nameEnd = bang >= 0 ? bang : colon >= 0 ? colon : body.length();
        String name = body.substring(0, nameEnd);
        String conv = bang >= 0 ? body.substring(bang + 1, colon >= 0 ? colon : body.length()) : null;
        String spec = colon >= 0 ? body.substring(colon + 1) : "";
        PyObject value = resolve(ts, name, src);
        if (conv != null) {
            if (conv.length() != 1) {
                throw Errors.valueError(conv.isEmpty() ? "end of string while looking for conversion specifier"
                        : "expected ':' after conversion specifier");
            }
            switch (conv.charAt(0)) {
                case 'r': value = new PyStr(Ops.repr(ts, value)); break;
                case 's': value = new PyStr(Ops.str(ts, value)); break;
                case 'a': value = new PyStr(Ops.ascii(ts, value)); break;
                default: throw Errors.valueError("Unknown conversion specifier " + conv);
            }
        }
        if (spec.indexOf('{') >= 0) spec = render(ts, spec, src, depth - 1);
        return Ops.format(ts, value, spec);
    }

    private static PyObject resolve(ThreadState ts, String name, Source src) {
        int i = 0;
        while (i < name.length() && name.charAt(i) != '.' && name.charAt(i) != '[') i++;
        String first = name.substring(0, i);
        PyObject v = first(ts, first, src);
        while (i < name.length()) {
            char c = name.charAt(i);
            if (c == '.') {
                int j = i + 1;
                while (j < name.length() && name.charAt(j) != '.' && name.charAt(j) != '[') j++;
                String attr = name.substring(i + 1, j);
                if (attr.isEmpty()) throw Errors.valueError("Empty attribute in format string");
                v = Ops.getattr(ts, v, attr);
                i = j;
            } else if (c == '[') {
                int j = name.indexOf(']', i);
                if (j < 0) throw Errors.valueError("Missing ']' in format string");
                String key = name.substring(i + 1, j);
                if (key.isEmpty()) throw Errors.valueError("Empty attribute in format string");
                PyObject k = key.chars().allMatch(Character::isDigit) ? PyInt.of(Long.parseLong(key)) : new PyStr(key);
                v = Ops.getItem(ts, v, k);
                i = j + 1;
                if (i < name.length() && name.charAt(i) != '.' && name.charAt(i) != '[') {
                    throw Errors.valueError("Only '.' or '[' may follow ']' in format field specifier");
                }
            } else {
                throw Errors.valueError("Only '.' or '[' may follow ']' in format field specifier");
            }
        }
        return v;
    }

    private static PyObject first(ThreadState ts, String first, Source src) {
        if (first.isEmpty()) {
            if (src.manual) throw Errors.valueError("cannot switch from manual field specification to automatic field numbering");
            return positional(src, src.auto++, true);
        }
        if (first.chars().allMatch(Character::isDigit)) {
            if (src.auto > 0) throw Errors.valueError("cannot switch from automatic field numbering to manual field specification");
            src.manual = true;
            return positional(src, Integer.parseInt(first), false);
        }
        PyStr key = new PyStr(first);
        if (src.mapping != null) return Ops.getItem(ts, src.mapping, key);
        PyObject v = src.keywords.getItem(ts, key);
        if (v == null) throw Errors.keyError(key);
        return v;
    }

    private static PyObject positional(Source src, int i, boolean auto) {
        if (src.mapping != null) throw Errors.valueError("Format string contains positional fields");
        if (i >= src.positional.length) {
            throw Errors.indexError("Replacement index " + i + " out of range for positional args tuple");
        }
        return src.positional[i];
    }
}
