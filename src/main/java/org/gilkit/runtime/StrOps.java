package org.gilkit.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/** The text algorithms behind str's methods, with Python's definitions of space, digit, case. */
final class StrOps {
    private StrOps() {}

    /** str.isspace for one code point (Unicode White_Space, as CPython's Py_UNICODE_ISSPACE). */
    static boolean isSpace(int c) {
        if (c < 128) return c == ' ' || (c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x1f);
        return c == 0x85 || c == 0xa0 || Character.isSpaceChar(c) || Character.isWhitespace(c);
    }

    static boolean isDigit(int c) {
        if (Character.isDigit(c)) return true;
        int t = Character.getType(c);
        return t == Character.OTHER_NUMBER && Character.getNumericValue(c) >= 0 && Character.getNumericValue(c) <= 9;
    }

    static boolean isNumeric(int c) {
        int t = Character.getType(c);
        return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.OTHER_NUMBER || t == Character.LETTER_NUMBER;
    }

    static boolean isPrintable(int c) {
        if (c == ' ') return true;
        switch (Character.getType(c)) {
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

    static boolean isCased(int c) {
        return Character.isUpperCase(c) || Character.isLowerCase(c) || Character.isTitleCase(c);
    }

    /** True if s is not empty and every code point satisfies p. */
    static boolean all(PyStr s, IntPredicate p) {
        return !s.value.isEmpty() && s.value.codePoints().allMatch(p);
    }

    /** isupper/islower: at least one cased character and none of the other case. */
    static boolean casedAll(String s, boolean upper) {
        boolean cased = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (upper ? Character.isLowerCase(c) || Character.isTitleCase(c) : Character.isUpperCase(c) || Character.isTitleCase(c)) {
                return false;
            }
            if (upper ? Character.isUpperCase(c) : Character.isLowerCase(c)) cased = true;
        }
        return cased;
    }

    static boolean isTitle(String s) {
        boolean cased = false;
        boolean prevCased = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isUpperCase(c) || Character.isTitleCase(c)) {
                if (prevCased) return false;
                prevCased = true;
                cased = true;
            } else if (Character.isLowerCase(c)) {
                if (!prevCased) return false;
                prevCased = true;
                cased = true;
            } else {
                prevCased = false;
            }
        }
        return cased;
    }

    static boolean isIdentifier(String s) {
        if (s.isEmpty()) return false;
        int c0 = s.codePointAt(0);
        if (!(c0 == '_' || Character.isUnicodeIdentifierStart(c0))) return false;
        for (int i = Character.charCount(c0); i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (!(c == '_' || Character.isUnicodeIdentifierPart(c)) || Character.isIdentifierIgnorable(c)) return false;
        }
        return true;
    }

    static String swapcase(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            if (Character.isUpperCase(c)) sb.append(new String(Character.toChars(c)).toLowerCase(java.util.Locale.ROOT));
            else if (Character.isLowerCase(c)) sb.append(new String(Character.toChars(c)).toUpperCase(java.util.Locale.ROOT));
            else sb.appendCodePoint(c);
        });
        return sb.toString();
    }

    static String title(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean prevCased = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (prevCased) sb.append(new String(Character.toChars(c)).toLowerCase(java.util.Locale.ROOT));
            else sb.append(titleOf(c));
            prevCased = isCased(c);
        }
        return sb.toString();
    }

    private static String titleOf(int c) {
        int t = Character.toTitleCase(c);
        if (t != c || !Character.isLowerCase(c)) return new String(Character.toChars(t));
        return new String(Character.toChars(c)).toUpperCase(java.util.Locale.ROOT);
    }

    static String capitalize(String s) {
        if (s.isEmpty()) return s;
        int c = s.codePointAt(0);
        return titleOf(c) + s.substring(Character.charCount(c)).toLowerCase(java.util.Locale.ROOT);
    }

    /** s[i] or s[slice]. */
    static PyObject getItem(ThreadState ts, PyStr s, PyObject idx) {
        if (idx instanceof PySlice) return slice(ts, s, (PySlice) idx);
        if (!(idx instanceof PyInt) && Ops.lookupSpecial(idx, "__index__") == null) {
            throw Errors.typeError("string indices must be integers, not '" + idx.type().name() + "'");
        }
        PyInt pi = Ops.index(ts, idx);
        int n = s.length();
        if (pi.isBig()) throw Errors.indexError("cannot fit 'int' into an index-sized integer");
        long i = pi.longValue();
        if (i < 0) i += n;
        if (i < 0 || i >= n) throw Errors.indexError("string index out of range");
        return s.charAt((int) i);
    }

    static PyStr slice(ThreadState ts, PyStr s, PySlice sl) {
        PySlice.Bounds b = sl.indices(ts, s.length());
        if (b.step() == 1) return b.length() == 0 ? PyStr.EMPTY : s.substring(b.start(), b.start() + b.length());
        StringBuilder sb = new StringBuilder(b.length());
        if (s.isBmp()) {
            for (int k = 0, i = b.start(); k < b.length(); k++, i += b.step()) sb.append(s.value.charAt(i));
        } else {
            int[] cps = s.codePoints();
            for (int k = 0, i = b.start(); k < b.length(); k++, i += b.step()) sb.appendCodePoint(cps[i]);
        }
        return new PyStr(sb.toString());
    }

    static PyObject join(ThreadState ts, PyStr sep, PyObject iterable) {
        PyObject it;
        try {
            it = Ops.iter(ts, iterable);
        } catch (PyException e) {
            if (e.matches(PyExc.TypeError) && Ops.lookupSpecial(iterable, "__iter__") == null) {
                throw Errors.typeError("can only join an iterable");
            }
            throw e;
        }
        StringBuilder sb = new StringBuilder();
        int i = 0;
        for (PyObject x; (x = Ops.next(ts, it)) != null; i++) {
            if (!(x instanceof PyStr)) {
                throw Errors.typeError("sequence item " + i + ": expected str instance, " + x.type().name() + " found");
            }
            if (i > 0) sb.append(sep.value);
            sb.append(((PyStr) x).value);
        }
        return new PyStr(sb.toString());
    }

    static PyObject replace(ThreadState ts, PyStr s, PyObject[] a) {
        String old = StrMethods.strArg(a[0], "replace");
        String nu = StrMethods.strArg(a[1], "replace");
        long count = a.length > 2 ? Ops.index(ts, a[2]).asLong() : -1;
        String v = s.value;
        if (count < 0) {
            if (old.isEmpty()) return new PyStr(insertEverywhere(v, nu, Long.MAX_VALUE));
            return new PyStr(v.replace(old, nu));
        }
        if (old.isEmpty()) return new PyStr(insertEverywhere(v, nu, count));
        StringBuilder sb = new StringBuilder();
        int from = 0;
        for (long k = 0; k < count; k++) {
            int j = v.indexOf(old, from);
            if (j < 0) break;
            sb.append(v, from, j).append(nu);
            from = j + old.length();
        }
        return new PyStr(sb.append(v, from, v.length()).toString());
    }

    private static String insertEverywhere(String v, String nu, long count) {
        StringBuilder sb = new StringBuilder();
        long k = 0;
        int i = 0;
        while (i < v.length()) {
            if (k++ < count) sb.append(nu);
            int c = v.codePointAt(i);
            sb.appendCodePoint(c);
            i += Character.charCount(c);
        }
        if (k < count) sb.append(nu);
        return sb.toString();
    }

    /** Resolves optional start/end (code point indices, None allowed) to a clamped range. */
    static int[] range(ThreadState ts, PyStr s, PyObject[] a, int first) {
        int n = s.length();
        long start = a.length > first && a[first] != PyNone.NONE ? indexArg(ts, a[first]) : 0;
        long end = a.length > first + 1 && a[first + 1] != PyNone.NONE ? indexArg(ts, a[first + 1]) : n;
        if (start < 0) start = Math.max(0, start + n);
        if (end < 0) end = Math.max(0, end + n);
        if (end > n) end = n;
        return new int[] {(int) Math.min(start, Integer.MAX_VALUE), (int) end};
    }

    private static long indexArg(ThreadState ts, PyObject o) {
        if (!(o instanceof PyInt) && Ops.lookupSpecial(o, "__index__") == null) {
            throw Errors.typeError("slice indices must be integers or None or have an __index__ method");
        }
        PyInt i = Ops.index(ts, o);
        return i.isBig() ? (i.signum() > 0 ? Integer.MAX_VALUE : Integer.MIN_VALUE) : i.longValue();
    }

    static long find(ThreadState ts, PyStr s, PyObject[] a, String fname, boolean reverse) {
        int[] r = range(ts, s, a, 1); // CPython converts start and end before it checks the substring's type
        if (!(a[0] instanceof PyStr)) {
            throw Errors.typeError("must be str, not " + a[0].type().name());
        }
        String sub = ((PyStr) a[0]).value;
        if (r[0] > r[1] || r[0] > s.length()) return -1;
        int from = s.offset(r[0]);
        int to = s.offset(r[1]);
        String v = s.value;
        int j;
        if (reverse) {
            j = v.lastIndexOf(sub, to - sub.length());
            if (j < from) j = -1;
        } else {
            j = v.indexOf(sub, from);
            if (j >= 0 && j + sub.length() > to) j = -1;
        }
        if (j < 0) return -1;
        return s.isBmp() ? j : v.codePointCount(0, j);
    }

    static long count(ThreadState ts, PyStr s, PyObject[] a) {
        int[] r = range(ts, s, a, 1); // CPython converts start and end before it checks the substring's type
        if (!(a[0] instanceof PyStr)) throw Errors.typeError("must be str, not " + a[0].type().name());
        String sub = ((PyStr) a[0]).value;
        if (r[0] > r[1]) return 0;
        String v = s.value.substring(s.offset(r[0]), s.offset(r[1]));
        if (sub.isEmpty()) return v.codePointCount(0, v.length()) + 1;
        long n = 0;
        for (int i = v.indexOf(sub); i >= 0; i = v.indexOf(sub, i + sub.length())) n++;
        return n;
    }

    static boolean startsOrEnds(ThreadState ts, PyStr s, PyObject[] a, String fname, boolean ends) {
        int[] r = range(ts, s, a, 1);
        if (r[0] > s.length()) return false;
        String v = r[0] > r[1] ? null : s.value.substring(s.offset(r[0]), s.offset(r[1]));
        PyObject p = a[0];
        if (p instanceof PyTuple) {
            for (PyObject x : ((PyTuple) p).items) {
                if (!(x instanceof PyStr)) {
                    throw Errors.typeError("tuple for " + fname + " must only contain str, not " + x.type().name());
                }
                if (v != null && test(v, ((PyStr) x).value, ends)) return true;
            }
            return false;
        }
        if (!(p instanceof PyStr)) {
            throw Errors.typeError(fname + " first arg must be str or a tuple of str, not " + p.type().name());
        }
        return v != null && test(v, ((PyStr) p).value, ends);
    }

    private static boolean test(String v, String p, boolean ends) {
        return ends ? v.endsWith(p) : v.startsWith(p);
    }

    static PyObject split(ThreadState ts, PyStr s, PyObject[] p, boolean fromRight) {
        PyObject sepObj = p[0] == null ? PyNone.NONE : p[0];
        long max = p[1] == null ? -1 : Ops.index(ts, p[1]).asSsize();
        if (max < 0) max = Long.MAX_VALUE;
        if (sepObj == PyNone.NONE) {
            List<String> parts = fromRight ? rsplitWhitespace(s.value, max) : splitWhitespace(s.value, max);
            return StrMethods.listOf(parts);
        }
        if (!(sepObj instanceof PyStr)) throw Errors.typeError("must be str or None, not " + sepObj.type().name());
        String sep = ((PyStr) sepObj).value;
        if (sep.isEmpty()) throw Errors.valueError("empty separator");
        return StrMethods.listOf(fromRight ? rsplitOn(s.value, sep, max) : splitOn(s.value, sep, max));
    }

    static List<String> splitOn(String v, String sep, long max) {
        List<String> out = new ArrayList<>();
        int from = 0;
        for (long k = 0; k < max; k++) {
            int j = v.indexOf(sep, from);
            if (j < 0) break;
            out.add(v.substring(from, j));
            from = j + sep.length();
        }
        out.add(v.substring(from));
        return out;
    }

    static List<String> rsplitOn(String v, String sep, long max) {
        List<String> out = new ArrayList<>();
        int to = v.length();
        for (long k = 0; k < max; k++) {
            int j = v.lastIndexOf(sep, to - sep.length());
            if (j < 0) break;
            out.add(0, v.substring(j + sep.length(), to));
            to = j;
        }
        out.add(0, v.substring(0, to));
        return out;
    }

    static List<String> splitWhitespace(String v, long max) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = v.length();
        while (true) {
            while (i < n && isSpace(v.charAt(i))) i++;
            if (i >= n) break;
            if (out.size() >= max) {
                out.add(v.substring(i));
                break;
            }
            int j = i;
            while (j < n && !isSpace(v.charAt(j))) j++;
            out.add(v.substring(i, j));
            i = j;
        }
        return out;
    }

    static List<String> rsplitWhitespace(String v, long max) {
        return rsplitWhitespace(v, max, StrOps::isSpace);
    }

    /** str.rsplit()'s whitespace algorithm with {@code space} deciding what whitespace is (bytes: ASCII only). */
    static List<String> rsplitWhitespace(String v, long max, java.util.function.IntPredicate space) {
        List<String> out = new ArrayList<>();
        int j = v.length();
        while (true) {
            while (j > 0 && space.test(v.charAt(j - 1))) j--;
            if (j <= 0) break;
            if (out.size() >= max) {
                out.add(0, v.substring(0, j));
                break;
            }
            int i = j;
            while (i > 0 && !space.test(v.charAt(i - 1))) i--;
            out.add(0, v.substring(i, j));
            j = i;
        }
        return out;
    }

    static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == 0x0b || c == 0x0c || c == 0x1c || c == 0x1d || c == 0x1e || c == 0x85
                || c == 0x2028 || c == 0x2029;
    }

    static PyList splitlines(String v, boolean keepends) {
        PyList out = new PyList();
        int i = 0;
        int n = v.length();
        while (i < n) {
            int j = i;
            while (j < n && !isLineBreak(v.charAt(j))) j++;
            int eol = j;
            if (j < n) {
                j += (v.charAt(j) == '\r' && j + 1 < n && v.charAt(j + 1) == '\n') ? 2 : 1;
            }
            out.append(new PyStr(v.substring(i, keepends ? j : eol)));
            i = j;
        }
        return out;
    }

    static PyObject strip(PyStr s, PyObject chars, boolean left, boolean right, String fname) {
        String v = s.value;
        IntPredicate strip;
        if (chars == PyNone.NONE) {
            strip = StrOps::isSpace;
        } else if (chars instanceof PyStr) {
            String cs = ((PyStr) chars).value;
            strip = c -> cs.indexOf(c) >= 0;
        } else {
            throw Errors.typeError(fname + " arg must be None or str");
        }
        int i = 0;
        int j = v.length();
        if (left) while (i < j && strip.test(v.codePointAt(i))) i += Character.charCount(v.codePointAt(i));
        if (right) while (j > i && strip.test(v.codePointBefore(j))) j -= Character.charCount(v.codePointBefore(j));
        if (i == 0 && j == v.length()) return s.asExact();
        return new PyStr(v.substring(i, j));
    }

    static PyObject partition(PyStr s, PyObject sepObj, boolean fromRight) {
        if (!(sepObj instanceof PyStr)) throw Errors.typeError("must be str, not " + sepObj.type().name());
        String sep = ((PyStr) sepObj).value;
        if (sep.isEmpty()) throw Errors.valueError("empty separator");
        String v = s.value;
        int j = fromRight ? v.lastIndexOf(sep) : v.indexOf(sep);
        if (j < 0) {
            return fromRight ? PyTuple.of(PyStr.EMPTY, PyStr.EMPTY, s.asExact()) : PyTuple.of(s.asExact(), PyStr.EMPTY, PyStr.EMPTY);
        }
        return PyTuple.of(new PyStr(v.substring(0, j)), new PyStr(sep), new PyStr(v.substring(j + sep.length())));
    }

    static PyObject pad(ThreadState ts, PyStr s, PyObject[] a, char how) {
        long width = Ops.index(ts, a[0]).asSsize();
        String fill = " ";
        if (a.length > 1) {
            if (!(a[1] instanceof PyStr) || ((PyStr) a[1]).length() != 1) {
                String fname = how == 'c' ? "center" : how == 'l' ? "ljust" : "rjust";
                throw Errors.typeError(a[1] instanceof PyStr
                        ? "The fill character must be exactly one character long"
                        : "The fill character must be a unicode character, not " + a[1].type().name());
            }
            fill = ((PyStr) a[1]).value;
        }
        int n = s.length();
        if (width <= n) return s.asExact();
        int total = Sequences.allocSize(width) - n;
        int left;
        if (how == 'l') left = 0;
        else if (how == 'r') left = total;
        else left = total / 2 + (total & (int) width & 1);
        return new PyStr(fill.repeat(left) + s.value + fill.repeat(total - left));
    }

    static String zfill(String v, int width) {
        int n = v.codePointCount(0, v.length());
        if (width <= n) return v;
        String zeros = "0".repeat(width - n);
        if (!v.isEmpty() && (v.charAt(0) == '+' || v.charAt(0) == '-')) return v.charAt(0) + zeros + v.substring(1);
        return zeros + v;
    }

    static String expandTabs(String v, int tabsize) {
        StringBuilder sb = new StringBuilder();
        int col = 0;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '\t') {
                if (tabsize > 0) {
                    int spaces = tabsize - col % tabsize;
                    sb.append(" ".repeat(spaces));
                    col += spaces;
                }
            } else {
                sb.append(c);
                col = (c == '\n' || c == '\r') ? 0 : col + 1;
            }
        }
        return sb.toString();
    }

    static PyObject maketrans(ThreadState ts, PyObject[] a, String[] kw) {
        ArgParser.positional("maketrans", "str.maketrans", a, kw, 1, 3);
        PyDict out = new PyDict();
        if (a.length == 1) {
            if (!(a[0] instanceof PyDict)) {
                throw Errors.typeError("if you give only one argument to maketrans it must be a dict");
            }
            for (java.util.Map.Entry<PyObject, PyObject> e : ((PyDict) a[0]).entries()) {
                PyObject k = e.getKey();
                if (k instanceof PyStr) {
                    if (((PyStr) k).length() != 1) throw Errors.valueError("string keys in translate table must be of length 1");
                    k = PyInt.of(((PyStr) k).codePointAt(0));
                } else if (!(k instanceof PyInt)) {
                    throw Errors.typeError("keys in translate table must be strings or integers");
                }
                out.put(k, e.getValue());
            }
            return out;
        }
        String x = StrMethods.strArg(a[0], "maketrans");
        String y = StrMethods.strArg(a[1], "maketrans");
        int[] xs = x.codePoints().toArray();
        int[] ys = y.codePoints().toArray();
        if (xs.length != ys.length) throw Errors.valueError("the first two maketrans arguments must have equal length");
        for (int i = 0; i < xs.length; i++) out.put(PyInt.of(xs[i]), PyInt.of(ys[i]));
        if (a.length == 3) {
            StrMethods.strArg(a[2], "maketrans").codePoints().forEach(c -> out.put(PyInt.of(c), PyNone.NONE));
        }
        return out;
    }

    static PyObject translate(ThreadState ts, PyStr s, PyObject table) {
        StringBuilder sb = new StringBuilder();
        for (int c : s.codePoints()) {
            PyObject r;
            try {
                r = Ops.getItem(ts, table, PyInt.of(c));
            } catch (PyException e) {
                if (!e.matches(PyExc.LookupError)) throw e;
                sb.appendCodePoint(c);
                continue;
            }
            if (r == PyNone.NONE) continue;
            if (r instanceof PyInt) sb.appendCodePoint(((PyInt) r).asInt());
            else if (r instanceof PyStr) sb.append(((PyStr) r).value);
            else throw Errors.typeError("character mapping must return integer, None or str");
        }
        return new PyStr(sb.toString());
    }
}
