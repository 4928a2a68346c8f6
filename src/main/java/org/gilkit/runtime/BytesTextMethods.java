package org.gilkit.runtime;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The text-like methods of bytes and bytearray that {@link BytesMethods} lacked (found by the
 * differential corpus of ProgramFuzzTest): {@code center ljust rjust zfill partition rpartition
 * expandtabs rsplit splitlines swapcase title capitalize}. Where str's algorithm is byte-exact on
 * Latin-1 text (one char per byte) it is reused through {@link StrOps}; case changes, whitespace
 * and line breaks are ASCII-only for bytes, so those are written here. Installed by
 * {@link BytesMethods#install} for both types.
 */
final class BytesTextMethods {
    private BytesTextMethods() {}

    static void install(PyType t, boolean mutable) {
        for (char how : new char[] {'c', 'l', 'r'}) {
            String name = how == 'c' ? "center" : how == 'l' ? "ljust" : "rjust";
            t.define(name, PyMethodDescr.positional(t, name, 1, 2, (ts, s, a) -> {
                PyObject[] sa = a.clone();
                if (a.length > 1) sa[1] = new PyStr(fill(name, a[1]));
                return bytes(mutable, ((PyStr) StrOps.pad(ts, text(s), sa, how)).value);
            }));
        }
        t.define("zfill", PyMethodDescr.oneArg(t, "zfill", (ts, s, w) -> {
            long width = Ops.index(ts, w).asSsize();
            return bytes(mutable, StrOps.zfill(latin(s), (int) Math.min(width, Integer.MAX_VALUE - 16)));
        }));
        t.define("partition", PyMethodDescr.oneArg(t, "partition", (ts, s, sep) -> partition(s, sep, false, mutable)));
        t.define("rpartition", PyMethodDescr.oneArg(t, "rpartition", (ts, s, sep) -> partition(s, sep, true, mutable)));
        t.define("expandtabs", PyMethodDescr.parseTuple(t, "expandtabs", 0, 1, (ts, s, a) ->
                bytes(mutable, ((PyStr) Ops.callMethod(ts, text(s), "expandtabs", a)).value)));
        t.define("rsplit", PyMethodDescr.withKeywords(t, "rsplit", (ts, s, a, k) -> rsplit(ts, s, RSPLIT.parse(a, k), mutable)));
        t.define("splitlines", PyMethodDescr.withKeywords(t, "splitlines", (ts, s, a, k) -> {
            PyObject[] p = SPLITLINES.parse(a, k);
            return splitlines(BytesMethods.b(s), p[0] != null && Ops.index(ts, p[0]).signum() != 0, mutable);
        }));
        t.define("swapcase", PyMethodDescr.noArgs(t, "swapcase", (ts, s) -> cased(BytesMethods.b(s), 's', mutable)));
        t.define("title", PyMethodDescr.noArgs(t, "title", (ts, s) -> cased(BytesMethods.b(s), 't', mutable)));
        t.define("capitalize", PyMethodDescr.noArgs(t, "capitalize", (ts, s) -> cased(BytesMethods.b(s), 'c', mutable)));
    }

    private static final ArgParser RSPLIT = ArgParser.of("rsplit", 0, "sep", "maxsplit");
    private static final ArgParser SPLITLINES = ArgParser.of("splitlines", 0, "keepends");

    private static String fill(String name, PyObject f) {
        if (!(f instanceof PyBytesLike b) || b.bytes().length != 1) {
            throw Errors.typeError(name + "() argument 2 must be a byte string of length 1, not " + f.type().name());
        }
        return latin(f);
    }

    private static PyObject partition(PyObject s, PyObject sep, boolean fromRight, boolean mutable) {
        PyTuple parts = (PyTuple) StrOps.partition(text(s), new PyStr(latin(sep)), fromRight);
        PyObject[] out = new PyObject[3];
        for (int i = 0; i < 3; i++) out[i] = bytes(mutable, ((PyStr) parts.items[i]).value);
        return new PyTuple(out);
    }

    private static PyObject rsplit(ThreadState ts, PyObject s, PyObject[] p, boolean mutable) {
        long max = p[1] == null ? -1 : Ops.index(ts, p[1]).asLong();
        List<String> parts;
        if (p[0] == null || p[0] == PyNone.NONE) {
            parts = StrOps.rsplitWhitespace(latin(s), max < 0 ? Long.MAX_VALUE : max, c -> isSpace((char) c));
        } else {
            PyObject r = StrOps.split(ts, text(s), new PyObject[] {new PyStr(latin(p[0])), p[1]}, true);
            parts = new ArrayList<>();
            PyObject it = Ops.iter(ts, r);
            for (PyObject x; (x = Ops.next(ts, it)) != null; ) parts.add(((PyStr) x).value);
        }
        PyList out = new PyList();
        for (String x : parts) out.append(bytes(mutable, x));
        return out;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }

    /** Lines end at \n, \r or \r\n only (str also breaks at \v, \f, \x1c-\x1e, \x85). */
    private static PyObject splitlines(byte[] v, boolean keep, boolean mutable) {
        PyList out = new PyList();
        int start = 0;
        for (int i = 0; i < v.length; ) {
            int eol = v[i] == '\r' && i + 1 < v.length && v[i + 1] == '\n' ? 2 : v[i] == '\n' || v[i] == '\r' ? 1 : 0;
            if (eol == 0) {
                i++;
                continue;
            }
            out.append(BytesMethods.make(mutable, java.util.Arrays.copyOfRange(v, start, keep ? i + eol : i)));
            i += eol;
            start = i;
        }
        if (start < v.length) out.append(BytesMethods.make(mutable, java.util.Arrays.copyOfRange(v, start, v.length)));
        return out;
    }

    /** ASCII-only case changes: 's' swapcase, 't' title, 'c' capitalize. */
    private static PyObject cased(byte[] v, char how, boolean mutable) {
        byte[] r = v.clone();
        boolean prevCased = false;
        for (int i = 0; i < r.length; i++) {
            int c = r[i];
            boolean lower = c >= 'a' && c <= 'z', upper = c >= 'A' && c <= 'Z';
            boolean toUpper = switch (how) {
                case 's' -> lower;
                case 't' -> lower && !prevCased;
                default -> lower && i == 0;
            };
            boolean toLower = switch (how) {
                case 's' -> upper;
                case 't' -> upper && prevCased;
                default -> upper && i > 0;
            };
            if (toUpper) r[i] = (byte) (c - 32);
            if (toLower) r[i] = (byte) (c + 32);
            prevCased = lower || upper;
        }
        return BytesMethods.make(mutable, r);
    }

    private static PyStr text(PyObject s) {
        return new PyStr(latin(s));
    }

    private static String latin(PyObject o) {
        return new String(BytesMethods.b(o), StandardCharsets.ISO_8859_1);
    }

    private static PyObject bytes(boolean mutable, String latin) {
        return BytesMethods.make(mutable, latin.getBytes(StandardCharsets.ISO_8859_1));
    }
}
