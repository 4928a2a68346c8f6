package org.gilkit.runtime;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The Python-visible methods of bytes and bytearray. Most text-like methods run on a Latin-1
 * view of the bytes (one char per byte), with ASCII-only notions of space and case as CPython.
 */
final class BytesMethods {
    private BytesMethods() {}

    private static final PyObject NI = PySingleton.NOT_IMPLEMENTED;
    private static final ArgParser NEW_ARGS = ArgParser.of("bytes", 0, "source", "encoding", "errors");
    private static final ArgParser DECODE = ArgParser.of("decode", 0, "encoding", "errors");
    private static final ArgParser SPLIT = ArgParser.of("split", 0, "sep", "maxsplit");

    static void install(PyType t, boolean mutable) {
        String tn = mutable ? "bytearray" : "bytes";
        t.defineNew((ts, cls, a, kw) -> {
            byte[] b = construct(ts, NEW_ARGS.parse(a, kw), tn);
            if (mutable) return new PyByteArray(cls, b);
            return cls == PyBytes.TYPE ? new PyBytes(b) : new PyBytesSub(cls, b);
        });
        if (mutable) {
            t.define("__init__", PyMethodDescr.withKeywords(t, "__init__", (ts, s, a, kw) -> PyNone.NONE));
        }
        t.define("__len__", PyMethodDescr.noArgs(t, "__len__", (ts, s) -> PyInt.of(b(s).length)));
        t.define("__getitem__", PyMethodDescr.oneArg(t, "__getitem__", (ts, s, i) -> getItem(ts, s, i, tn)));
        t.define("__iter__", PyMethodDescr.noArgs(t, "__iter__", (ts, s) -> PySeqIterator.ofBytes(mutable ? new PyBytes(b(s)) : s)));
        t.define("__contains__", PyMethodDescr.oneArg(t, "__contains__", (ts, s, x) -> PyBool.of(contains(ts, b(s), x))));
        t.define("__repr__", PyMethodDescr.noArgs(t, "__repr__", (ts, s) -> new PyStr(mutable ? "bytearray(" + repr(b(s)) + ")" : repr(b(s)))));
        t.define("__str__", PyMethodDescr.noArgs(t, "__str__", (ts, s) -> new PyStr(mutable ? "bytearray(" + repr(b(s)) + ")" : repr(b(s)))));
        if (mutable) t.define("__hash__", PyNone.NONE);
        else t.define("__hash__", PyMethodDescr.noArgs(t, "__hash__", (ts, s) -> PyInt.of(((PyBytes) s).pyHash())));
        t.define("__add__", PyMethodDescr.oneArg(t, "__add__", (ts, s, o) -> {
            if (!(o instanceof PyBytesLike)) {
                throw Errors.typeError("can't concat " + o.type().name() + " to " + s.type().name());
            }
            return make(mutable, concat(b(s), b(o)));
        }));
        t.define("__mul__", PyMethodDescr.oneArg(t, "__mul__", (ts, s, n) -> !Sequences.repeatable(n) ? PySingleton.NOT_IMPLEMENTED
                : make(mutable, repeat(b(s), Sequences.repeatCount(ts, n)))));
        t.define("__rmul__", PyMethodDescr.oneArg(t, "__rmul__", (ts, s, n) -> !Sequences.repeatable(n) ? PySingleton.NOT_IMPLEMENTED : make(mutable, repeat(b(s), Sequences.repeatCount(ts, n)))));
        t.define("__mod__", PyMethodDescr.oneArg(t, "__mod__", (ts, s, o) -> make(mutable, BytesFormatting.percent(ts, b(s), o))));
        for (Ops.Cmp op : Ops.Cmp.values()) {
            t.define(op.dunder, PyMethodDescr.oneArg(t, op.dunder, (ts, s, o) -> o instanceof PyBytesLike
                    ? PyBool.of(op.test(java.util.Arrays.compareUnsigned(b(s), b(o)))) : NI));
        }
        textMethods(t, mutable);
        BytesTextMethods.install(t, mutable);
        if (mutable) mutators(t);
    }

    /** The bytes of a bytes-like argument; CPython's TypeError for anything else (never a ClassCastException). */
    static byte[] b(PyObject o) {
        if (!(o instanceof PyBytesLike)) throw Errors.typeError("a bytes-like object is required, not '" + o.type().name() + "'");
        return ((PyBytesLike) o).bytes();
    }

    static PyObject make(boolean mutable, byte[] v) {
        return mutable ? new PyByteArray(v) : new PyBytes(v);
    }

    private static String latin(PyObject o) {
        return new String(b(o), StandardCharsets.ISO_8859_1);
    }

    private static byte[] bytesOf(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** bytes(source, encoding, errors). */
    private static byte[] construct(ThreadState ts, PyObject[] p, String tn) {
        PyObject src = p[0];
        // the argument parser checks the types of encoding and errors before anything else
        if (p[1] != null) Ops.strArg(tn, "encoding", p[1]);
        if (p[2] != null) Ops.strArg(tn, "errors", p[2]);
        if (src == null) {
            if (p[1] != null || p[2] != null) throw Errors.typeError("encoding or errors without sequence argument");
            return new byte[0];
        }
        if (src instanceof PyStr) {
            if (p[1] == null) throw Errors.typeError("string argument without an encoding");
            return Codecs.encode(((PyStr) src).value, Ops.strArg(tn, "encoding", p[1]),
                    p[2] == null ? "strict" : Ops.strArg(tn, "errors", p[2]));
        }
        if (p[1] != null) throw Errors.typeError("encoding without a string argument");
        if (src instanceof PyBytesLike) return b(src).clone();
        if (src instanceof PyInt || Ops.lookupSpecial(src, "__index__") != null && !(src instanceof PyList)) {
            PyInt count = Ops.index(ts, src);
            if (count.isBig()) throw Errors.overflowError("cannot fit 'int' into an index-sized integer");
            if (count.longValue() < 0) throw Errors.valueError("negative count");
            return new byte[Sequences.allocSize(count.longValue())];
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PyObject it;
        try {
            it = Ops.iter(ts, src);
        } catch (PyException e) {
            throw Errors.typeError("cannot convert '" + src.type().name() + "' object to " + tn);
        }
        for (PyObject x; (x = Ops.next(ts, it)) != null; ) {
            int v = byteValue(ts, x, tn.equals("bytes") ? "bytes" : "byte");
            out.write(v);
        }
        return out.toByteArray();
    }

    static int byteValue(ThreadState ts, PyObject x) {
        return byteValue(ts, x, "byte");
    }

    /** An int in range(256), else ValueError "<what> must be in range(0, 256)". */
    static int byteValue(ThreadState ts, PyObject x, String what) {
        if (!(x instanceof PyInt) && Ops.lookupSpecial(x, "__index__") == null) {
            throw Errors.typeError("'" + x.type().name() + "' object cannot be interpreted as an integer");
        }
        PyInt v = Ops.index(ts, x);
        if (v.isBig() || v.longValue() < 0 || v.longValue() > 255) throw Errors.valueError(what + " must be in range(0, 256)");
        return (int) v.longValue();
    }

    private static PyObject getItem(ThreadState ts, PyObject s, PyObject idx, String tn) {
        byte[] v = b(s);
        if (idx instanceof PySlice) {
            PySlice.Bounds bd = ((PySlice) idx).indices(ts, v.length);
            byte[] out = new byte[bd.length()];
            for (int k = 0, i = bd.start(); k < out.length; k++, i += bd.step()) out[k] = v[i];
            return make(s instanceof PyByteArray, out);
        }
        int i = Sequences.index(ts, idx, v.length, tn.equals("bytes") ? "byte" : tn);
        if (i < 0) throw Errors.indexError(tn.equals("bytes") ? "index out of range" : "bytearray index out of range");
        return PyInt.of(v[i] & 0xff);
    }

    private static boolean contains(ThreadState ts, byte[] v, PyObject x) {
        if (x instanceof PyBytesLike) return new String(v, StandardCharsets.ISO_8859_1).contains(latinOf(b(x)));
        if (!(x instanceof PyInt) && Ops.lookupSpecial(x, "__index__") == null) {
            throw Errors.typeError("a bytes-like object is required, not '" + x.type().name() + "'");
        }
        int c = byteValue(ts, x);
        for (byte e : v) if ((e & 0xff) == c) return true;
        return false;
    }

    private static String latinOf(byte[] b) {
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    static String repr(byte[] v) {
        boolean hasSingle = false;
        boolean hasDouble = false;
        for (byte x : v) {
            if (x == '\'') hasSingle = true;
            if (x == '"') hasDouble = true;
        }
        char q = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder sb = new StringBuilder(v.length + 3).append('b').append(q);
        for (byte x : v) {
            int c = x & 0xff;
            if (c == q || c == '\\') sb.append('\\').append((char) c);
            else if (c == '\t') sb.append("\\t");
            else if (c == '\n') sb.append("\\n");
            else if (c == '\r') sb.append("\\r");
            else if (c < 0x20 || c >= 0x7f) sb.append(String.format("\\x%02x", c));
            else sb.append((char) c);
        }
        return sb.append(q).toString();
    }

    private static byte[] concat(byte[] a, byte[] c) {
        byte[] r = java.util.Arrays.copyOf(a, a.length + c.length);
        System.arraycopy(c, 0, r, a.length, c.length);
        return r;
    }

    private static byte[] repeat(byte[] a, long k) {
        if (k <= 0 || a.length == 0) return new byte[0];
        byte[] r = new byte[Sequences.repeatedLength(a.length, k)];
        for (int i = 0; i < k; i++) System.arraycopy(a, 0, r, i * a.length, a.length);
        return r;
    }

    private static boolean isAsciiSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0b || c == 0x0c;
    }

    private static void textMethods(PyType t, boolean mutable) {
        t.define("decode", PyMethodDescr.withKeywords(t, "decode", (ts, s, a, kw) -> {
            PyObject[] p = DECODE.parse(a, kw);
            return new PyStr(Codecs.decode(b(s), p[0] == null ? "utf-8" : Ops.strArg("decode", "encoding", p[0]),
                    p[1] == null ? "strict" : Ops.strArg("decode", "errors", p[1])));
        }));
        t.define("hex", PyMethodDescr.parseTuple(t, "hex", 0, 2, (ts, s, a) -> hex(ts, b(s), a)));
        t.define("fromhex", new PyClassMethod(new PyBuiltinFunction("fromhex", null, (ts, self, a, kw) -> {
            if (a.length != 2) throw Errors.typeError("fromhex() takes exactly one argument (" + (a.length - 1) + " given)");
            if (!(a[1] instanceof PyStr)) throw Errors.typeError("fromhex() argument must be str, not " + a[1].type().name());
            String s = ((PyStr) a[1]).value;
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int i = 0;
            while (i < s.length()) {
                if (isAsciiSpace(s.charAt(i))) {
                    i++;
                    continue;
                }
                int hi = i + 1 < s.length() ? Character.digit(s.charAt(i), 16) : -1;
                int lo = i + 1 < s.length() ? Character.digit(s.charAt(i + 1), 16) : -1;
                if (hi < 0 || lo < 0) {
                    int pos = hi < 0 ? i : i + 1;
                    throw Errors.valueError("non-hexadecimal number found in fromhex() arg at position " + pos);
                }
                out.write(hi * 16 + lo);
                i += 2;
            }
            return make(mutable, out.toByteArray());
        }, t)));
        t.define("join", PyMethodDescr.oneArg(t, "join", (ts, s, it) -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PyObject iter = Ops.iter(ts, it);
            int i = 0;
            for (PyObject x; (x = Ops.next(ts, iter)) != null; i++) {
                if (!(x instanceof PyBytesLike)) {
                    throw Errors.typeError("sequence item " + i + ": expected a bytes-like object, " + x.type().name() + " found");
                }
                if (i > 0) out.writeBytes(b(s));
                out.writeBytes(b(x));
            }
            return make(mutable, out.toByteArray());
        }));
        t.define("find", PyMethodDescr.parseTuple(t, "find", 1, 3, (ts, s, a) -> PyInt.of(find(ts, s, a, false))));
        t.define("rfind", PyMethodDescr.parseTuple(t, "rfind", 1, 3, (ts, s, a) -> PyInt.of(find(ts, s, a, true))));
        t.define("index", PyMethodDescr.parseTuple(t, "index", 1, 3, (ts, s, a) -> {
            long i = find(ts, s, a, false);
            if (i < 0) throw Errors.valueError("subsection not found");
            return PyInt.of(i);
        }));
        t.define("count", PyMethodDescr.parseTuple(t, "count", 1, 3, (ts, s, a) -> {
            PyStr text = new PyStr(latin(s));
            StrOps.range(ts, text, a, 1); // start and end are checked before the needle, as in CPython
            PyObject[] sa = a.clone();
            sa[0] = new PyStr(needle(ts, a[0]));
            return PyInt.of(StrOps.count(ts, text, sa));
        }));
        t.define("startswith", PyMethodDescr.parseTuple(t, "startswith", 1, 3, (ts, s, a) -> startsOrEnds(ts, s, a, "startswith", false)));
        t.define("endswith", PyMethodDescr.parseTuple(t, "endswith", 1, 3, (ts, s, a) -> startsOrEnds(ts, s, a, "endswith", true)));
        t.define("replace", PyMethodDescr.positional(t, "replace", 2, 3, (ts, s, a) -> {
            PyObject r = StrOps.replace(ts, new PyStr(latin(s)),
                    a.length == 3 ? new PyObject[] {new PyStr(latin(a[0])), new PyStr(latin(a[1])), a[2]}
                            : new PyObject[] {new PyStr(latin(a[0])), new PyStr(latin(a[1]))});
            return make(mutable, bytesOf(((PyStr) r).value));
        }));
        t.define("upper", PyMethodDescr.noArgs(t, "upper", (ts, s) -> make(mutable, asciiCase(b(s), true))));
        t.define("lower", PyMethodDescr.noArgs(t, "lower", (ts, s) -> make(mutable, asciiCase(b(s), false))));
        t.define("strip", PyMethodDescr.positional(t, "strip", 0, 1, (ts, s, a) -> strip(s, a, true, true, mutable)));
        t.define("lstrip", PyMethodDescr.positional(t, "lstrip", 0, 1, (ts, s, a) -> strip(s, a, true, false, mutable)));
        t.define("rstrip", PyMethodDescr.positional(t, "rstrip", 0, 1, (ts, s, a) -> strip(s, a, false, true, mutable)));
        t.define("split", PyMethodDescr.withKeywords(t, "split", (ts, s, a, kw) -> {
            PyObject[] p = SPLIT.parse(a, kw);
            long max = p[1] == null ? -1 : Ops.index(ts, p[1]).asSsize();
            List<String> parts = p[0] == null || p[0] == PyNone.NONE ? splitSpace(latin(s), max < 0 ? Long.MAX_VALUE : max)
                    : StrOps.splitOn(latin(s), latin(p[0]), max < 0 ? Long.MAX_VALUE : max);
            PyList out = new PyList();
            for (String x : parts) out.append(make(mutable, bytesOf(x)));
            return out;
        }));
        for (String pred : new String[] {"isdigit", "isalpha", "isalnum", "isspace", "isupper", "islower"}) {
            t.define(pred, PyMethodDescr.noArgs(t, pred, (ts, s) -> PyBool.of(predicate(pred, b(s)))));
        }
    }

    /** {@code bytes.hex(sep=None, bytes_per_sep=1)}: groups counted from the right, or from the left when negative. */
    private static PyStr hex(ThreadState ts, byte[] v, PyObject[] a) {
        long per = 1;
        if (a.length > 1) {
            PyInt n = Ops.index(ts, a[1]);
            if (n.isBig() || n.longValue() != (int) n.longValue()) throw Errors.overflowError("Python int too large to convert to C int");
            per = n.longValue();
        }
        String sep = a.length > 0 ? hexSeparator(ts, a[0]) : null;
        StringBuilder sb = new StringBuilder();
        long group = Math.abs(per);
        for (int i = 0; i < v.length; i++) {
            long fromStart = per < 0 ? i : v.length - i;
            if (i > 0 && sep != null && group > 0 && fromStart % group == 0) sb.append(sep);
            sb.append(Character.forDigit((v[i] >> 4) & 0xf, 16)).append(Character.forDigit(v[i] & 0xf, 16));
        }
        return new PyStr(sb.toString());
    }

    private static String hexSeparator(ThreadState ts, PyObject sep) {
        String s;
        if (sep instanceof PyStr str) s = str.value;
        else if (sep instanceof PyBytesLike) s = latin(sep);
        else if (Ops.len(ts, sep) != 1) throw Errors.valueError("sep must be length 1.");
        else throw Errors.typeError("sep must be str or bytes.");
        if (s.codePointCount(0, s.length()) != 1) throw Errors.valueError("sep must be length 1.");
        if (s.charAt(0) > 127) throw Errors.valueError("sep must be ASCII.");
        return s;
    }

    /** bytes.startswith/endswith with start and end, through str's version on the Latin-1 text. */
    private static PyObject startsOrEnds(ThreadState ts, PyObject s, PyObject[] a, String fname, boolean ends) {
        PyObject[] sa = a.clone();
        if (a[0] instanceof PyTuple tuple) {
            PyObject[] items = new PyObject[tuple.items.length];
            for (int i = 0; i < items.length; i++) items[i] = new PyStr(latin(tuple.items[i]));
            sa[0] = new PyTuple(items);
        } else if (a[0] instanceof PyBytesLike) {
            sa[0] = new PyStr(latin(a[0]));
        } else {
            throw Errors.typeError(fname + " first arg must be bytes or a tuple of bytes, not " + a[0].type().name());
        }
        return PyBool.of(StrOps.startsOrEnds(ts, new PyStr(latin(s)), sa, fname, ends));
    }

    private static String needle(ThreadState ts, PyObject x) {
        if (x instanceof PyBytesLike) return latin(x);
        if (!(x instanceof PyInt) && Ops.lookupSpecial(x, "__index__") == null) {
            throw Errors.typeError("argument should be integer or bytes-like object, not '" + x.type().name() + "'");
        }
        return String.valueOf((char) byteValue(ts, x));
    }

    private static long find(ThreadState ts, PyObject s, PyObject[] a, boolean reverse) {
        StrOps.range(ts, new PyStr(latin(s)), a, 1); // start and end are checked before the needle, as in CPython
        PyObject[] sa = a.clone();
        sa[0] = new PyStr(needle(ts, a[0]));
        return StrOps.find(ts, new PyStr(latin(s)), sa, "find", reverse);
    }

    private static byte[] asciiCase(byte[] v, boolean upper) {
        byte[] r = v.clone();
        for (int i = 0; i < r.length; i++) {
            int c = r[i];
            if (upper && c >= 'a' && c <= 'z') r[i] = (byte) (c - 32);
            if (!upper && c >= 'A' && c <= 'Z') r[i] = (byte) (c + 32);
        }
        return r;
    }

    private static PyObject strip(PyObject s, PyObject[] a, boolean left, boolean right, boolean mutable) {
        byte[] v = b(s);
        String chars = a.length == 0 || a[0] == PyNone.NONE ? null : latin(a[0]);
        int i = 0;
        int j = v.length;
        if (left) while (i < j && strips(v[i] & 0xff, chars)) i++;
        if (right) while (j > i && strips(v[j - 1] & 0xff, chars)) j--;
        return make(mutable, java.util.Arrays.copyOfRange(v, i, j));
    }

    private static boolean strips(int c, String chars) {
        return chars == null ? isAsciiSpace(c) : chars.indexOf(c) >= 0;
    }

    private static List<String> splitSpace(String v, long max) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = v.length();
        while (true) {
            while (i < n && isAsciiSpace(v.charAt(i))) i++;
            if (i >= n) break;
            if (out.size() >= max) {
                out.add(v.substring(i));
                break;
            }
            int j = i;
            while (j < n && !isAsciiSpace(v.charAt(j))) j++;
            out.add(v.substring(i, j));
            i = j;
        }
        return out;
    }

    private static boolean predicate(String pred, byte[] v) {
        if (v.length == 0) return false;
        boolean cased = false;
        for (byte x : v) {
            int c = x & 0xff;
            boolean digit = c >= '0' && c <= '9';
            boolean upper = c >= 'A' && c <= 'Z';
            boolean lower = c >= 'a' && c <= 'z';
            switch (pred) {
                case "isdigit": if (!digit) return false; break;
                case "isalpha": if (!upper && !lower) return false; break;
                case "isalnum": if (!upper && !lower && !digit) return false; break;
                case "isspace": if (!isAsciiSpace(c)) return false; break;
                case "isupper": if (lower) return false; cased |= upper; break;
                default: if (upper) return false; cased |= lower; break;
            }
        }
        return pred.equals("isupper") || pred.equals("islower") ? cased : true;
    }

    private static void mutators(PyType t) {
        t.define("insert", PyMethodDescr.positional(t, "insert", 2, 2, (ts, s, a) -> {
            PyByteArray arr = (PyByteArray) s;
            PyInt at = Ops.index(ts, a[0]);
            int v = byteValue(ts, a[1]);
            byte[] old = arr.bytes();
            long i = at.isBig() ? (at.signum() < 0 ? 0 : old.length) : at.longValue();
            if (i < 0) i = Math.max(0, i + old.length);
            i = Math.min(i, old.length);
            byte[] r = new byte[old.length + 1];
            System.arraycopy(old, 0, r, 0, (int) i);
            r[(int) i] = (byte) v;
            System.arraycopy(old, (int) i, r, (int) i + 1, old.length - (int) i);
            arr.setAll(r);
            return PyNone.NONE;
        }));
        t.define("reverse", PyMethodDescr.noArgs(t, "reverse", (ts, s) -> {
            PyByteArray a = (PyByteArray) s;
            byte[] v = a.bytes();
            for (int i = 0, j = v.length - 1; i < j; i++, j--) {
                byte x = v[i];
                v[i] = v[j];
                v[j] = x;
            }
            a.setAll(v);
            return PyNone.NONE;
        }));
        t.define("append", PyMethodDescr.oneArg(t, "append", (ts, s, x) -> {
            ((PyByteArray) s).append(byteValue(ts, x));
            return PyNone.NONE;
        }));
        t.define("extend", PyMethodDescr.oneArg(t, "extend", (ts, s, x) -> {
            for (byte v : construct(ts, new PyObject[] {x, null, null}, "bytearray")) ((PyByteArray) s).append(v & 0xff);
            return PyNone.NONE;
        }));
        t.define("__iadd__", PyMethodDescr.oneArg(t, "__iadd__", (ts, s, x) -> {
            for (byte v : PyBytesLike.bytesOf(ts, x)) ((PyByteArray) s).append(v & 0xff);
            return s;
        }));
        t.define("__setitem__", PyMethodDescr.twoArgs(t, "__setitem__", (ts, s, i, x) -> {
            PyByteArray ba = (PyByteArray) s;
            int k = Sequences.index(ts, i, ba.size, "bytearray");
            if (k < 0) throw Errors.indexError("bytearray index out of range");
            ba.data[k] = (byte) byteValue(ts, x);
            return PyNone.NONE;
        }));
        t.define("pop", PyMethodDescr.positional(t, "pop", 0, 1, (ts, s, a) -> {
            PyByteArray ba = (PyByteArray) s;
            if (ba.size == 0) throw Errors.indexError("pop from empty bytearray");
            int k = a.length == 0 ? ba.size - 1 : Sequences.index(ts, a[0], ba.size, "bytearray");
            if (k < 0) throw Errors.indexError("pop index out of range");
            byte[] v = ba.bytes();
            int r = v[k] & 0xff;
            byte[] nv = new byte[v.length - 1];
            System.arraycopy(v, 0, nv, 0, k);
            System.arraycopy(v, k + 1, nv, k, v.length - k - 1);
            ba.setAll(nv);
            return PyInt.of(r);
        }));
        t.define("clear", PyMethodDescr.noArgs(t, "clear", (ts, s) -> {
            ((PyByteArray) s).setAll(new byte[0]);
            return PyNone.NONE;
        }));
        t.define("copy", PyMethodDescr.noArgs(t, "copy", (ts, s) -> new PyByteArray(b(s))));
    }
}
