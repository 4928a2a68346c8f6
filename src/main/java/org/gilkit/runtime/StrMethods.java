package org.gilkit.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gilkit.runtime.PyMethodDescr.M0;
import org.gilkit.runtime.PyMethodDescr.M1;
import org.gilkit.runtime.PyMethodDescr.MV;

/**
 * The Python-visible methods of str, with CPython's argument conventions and messages. Indices
 * are code point indices; the text algorithms live in {@link StrOps}.
 */
final class StrMethods {
    private StrMethods() {}

    private static final PyObject NI = PySingleton.NOT_IMPLEMENTED;
    private static final ArgParser NEW_ARGS = ArgParser.of("str", 0, "object", "encoding", "errors");
    private static final ArgParser SPLIT = ArgParser.of("split", 0, "sep", "maxsplit");
    private static final ArgParser RSPLIT = ArgParser.of("rsplit", 0, "sep", "maxsplit");
    private static final ArgParser ENCODE = ArgParser.of("encode", 0, "encoding", "errors");
    private static final ArgParser SPLITLINES = ArgParser.of("splitlines", 0, "keepends");
    private static final ArgParser EXPANDTABS = ArgParser.of("expandtabs", 0, "tabsize");

    static void install(PyType t) {
        t.defineNew(StrMethods::newStr);
        operators(t);
        predicates(t);
        casing(t);
        searching(t);
        splitting(t);
        padding(t);
        t.define("join", PyMethodDescr.oneArg(t, "join", (ts, s, it) -> StrOps.join(ts, s(s), it)));
        t.define("replace", PyMethodDescr.positional(t, "replace", 2, 3, (ts, s, a) -> StrOps.replace(ts, s(s), a)));
        t.define("encode", PyMethodDescr.withKeywords(t, "encode", (ts, s, a, k) -> encode(ts, s(s), ENCODE.parse(a, k))));
        t.define("expandtabs", PyMethodDescr.withKeywords(t, "expandtabs", (ts, s, a, k) -> {
            PyObject[] p = EXPANDTABS.parse(a, k);
            return new PyStr(StrOps.expandTabs(s(s).value, p[0] == null ? 8 : Ops.index(ts, p[0]).asInt()));
        }));
        t.define("format", PyMethodDescr.withKeywords(t, "format", (ts, s, a, k) -> StrFormatting.format(ts, s(s), a, k)));
        t.define("format_map", PyMethodDescr.oneArg(t, "format_map", (ts, s, m) -> StrFormatting.formatMap(ts, s(s), m)));
        t.define("removeprefix", PyMethodDescr.oneArg(t, "removeprefix", (ts, s, p) -> {
            String v = s(s).value;
            String pre = strArg(p, "removeprefix");
            return v.startsWith(pre) ? new PyStr(v.substring(pre.length())) : s(s).asExact();
        }));
        t.define("removesuffix", PyMethodDescr.oneArg(t, "removesuffix", (ts, s, p) -> {
            String v = s(s).value;
            String suf = strArg(p, "removesuffix");
            return !suf.isEmpty() && v.endsWith(suf) ? new PyStr(v.substring(0, v.length() - suf.length())) : s(s).asExact();
        }));
        t.define("maketrans", new PyStaticMethod(new PyBuiltinFunction("maketrans", null,
                (ts, self, a, k) -> StrOps.maketrans(ts, a, k), t)));
        t.define("translate", PyMethodDescr.oneArg(t, "translate", (ts, s, table) -> StrOps.translate(ts, s(s), table)));
    }

    /** zfill's width: Py_ssize_t, and MemoryError past a Java string (never a wrapped cast). */
    private static int zfillWidth(ThreadState ts, PyObject w) {
        long width = Ops.index(ts, w).asSsize();
        return width <= 0 ? 0 : Sequences.allocSize(width);
    }

    static PyStr s(PyObject o) {
        return (PyStr) o;
    }

    private static void def1(PyType t, String name, M1 f) {
        t.define(name, PyMethodDescr.oneArg(t, name, f));
    }

    private static void def0(PyType t, String name, M0 f) {
        t.define(name, PyMethodDescr.noArgs(t, name, f));
    }

    private static void defv(PyType t, String name, int min, int max, MV f) {
        t.define(name, PARSE_TUPLE.contains(name) ? PyMethodDescr.parseTuple(t, name, min, max, f)
                : PyMethodDescr.positional(t, name, min, max, f));
    }

    /** Methods CPython 3.11 parses with PyArg_ParseTuple (their argument-count texts differ). */
    static final java.util.Set<String> PARSE_TUPLE = java.util.Set.of("find", "rfind", "index", "rindex", "count",
            "startswith", "endswith");

    /** "must be str, not int" for str-only arguments. */
    static String strArg(PyObject o, String fname) {
        if (!(o instanceof PyStr)) throw Errors.typeError(fname + "() argument must be str, not " + o.type().name());
        return ((PyStr) o).value;
    }

    private static void operators(PyType t) {
        def1(t, "__add__", (ts, s, o) -> o instanceof PyStr ? new PyStr(s(s).value + s(o).value) : NI);
        def1(t, "__mul__", (ts, s, o) -> repeat(ts, s(s), o));
        def1(t, "__rmul__", (ts, s, o) -> repeat(ts, s(s), o));
        def1(t, "__mod__", (ts, s, o) -> StrFormatting.percent(ts, s(s), o));
        def1(t, "__rmod__", (ts, s, o) -> NI);
        def1(t, "__contains__", (ts, s, o) -> {
            if (!(o instanceof PyStr)) {
                throw Errors.typeError("'in <string>' requires string as left operand, not " + o.type().name());
            }
            return PyBool.of(s(s).value.contains(s(o).value));
        });
        def1(t, "__getitem__", (ts, s, i) -> StrOps.getItem(ts, s(s), i));
        def0(t, "__len__", (ts, s) -> PyInt.of(s(s).length()));
        def0(t, "__iter__", (ts, s) -> new PyStrIterator(s(s)));
        def0(t, "__hash__", (ts, s) -> PyInt.of(s(s).value.hashCode()));
        def0(t, "__repr__", (ts, s) -> new PyStr(repr(s(s).value)));
        def0(t, "__str__", (ts, s) -> s(s).asExact());
        def1(t, "__format__", (ts, s, spec) -> Formatting.formatStr(ts, s(s), spec));
        def0(t, "__getnewargs__", (ts, s) -> PyTuple.of(s(s).asExact()));
        def1(t, "__eq__", (ts, s, o) -> o instanceof PyStr ? PyBool.of(s(s).value.equals(s(o).value)) : NI);
        def1(t, "__ne__", (ts, s, o) -> o instanceof PyStr ? PyBool.of(!s(s).value.equals(s(o).value)) : NI);
        def1(t, "__lt__", (ts, s, o) -> o instanceof PyStr ? PyBool.of(compare(s(s), s(o)) < 0) : NI);
        def1(t, "__le__", (ts, s, o) -> o instanceof PyStr ? PyBool.of(compare(s(s), s(o)) <= 0) : NI);
        def1(t, "__gt__", (ts, s, o) -> o instanceof PyStr ? PyBool.of(compare(s(s), s(o)) > 0) : NI);
        def1(t, "__ge__", (ts, s, o) -> o instanceof PyStr ? PyBool.of(compare(s(s), s(o)) >= 0) : NI);
    }

    /** Code point order (String.compareTo orders UTF-16 units, which differs above U+FFFF). */
    static int compare(PyStr a, PyStr b) {
        if (a.isBmp() && b.isBmp()) return a.value.compareTo(b.value);
        int[] x = a.codePoints();
        int[] y = b.codePoints();
        return java.util.Arrays.compare(x, y);
    }

    private static PyObject repeat(ThreadState ts, PyStr s, PyObject n) {
        if (!Sequences.repeatable(n)) return PySingleton.NOT_IMPLEMENTED;
        long k = Sequences.repeatCount(ts, n); // __index__ called once, as CPython
        if (k == 0 || s.value.isEmpty()) return PyStr.EMPTY;
        Sequences.repeatedLength(s.value.length(), k); // MemoryError past a Java string's size
        return new PyStr(s.value.repeat((int) k));
    }

    private static void predicates(PyType t) {
        def0(t, "isdigit", (ts, s) -> PyBool.of(StrOps.all(s(s), StrOps::isDigit)));
        def0(t, "isdecimal", (ts, s) -> PyBool.of(StrOps.all(s(s), Character::isDigit)));
        def0(t, "isnumeric", (ts, s) -> PyBool.of(StrOps.all(s(s), StrOps::isNumeric)));
        def0(t, "isalpha", (ts, s) -> PyBool.of(StrOps.all(s(s), Character::isLetter)));
        def0(t, "isalnum", (ts, s) -> PyBool.of(StrOps.all(s(s), c -> Character.isLetter(c) || StrOps.isNumeric(c))));
        def0(t, "isspace", (ts, s) -> PyBool.of(StrOps.all(s(s), StrOps::isSpace)));
        def0(t, "isascii", (ts, s) -> PyBool.of(s(s).value.chars().allMatch(c -> c < 128)));
        def0(t, "isprintable", (ts, s) -> PyBool.of(s(s).value.codePoints().allMatch(StrOps::isPrintable)));
        def0(t, "isidentifier", (ts, s) -> PyBool.of(StrOps.isIdentifier(s(s).value)));
        def0(t, "isupper", (ts, s) -> PyBool.of(StrOps.casedAll(s(s).value, true)));
        def0(t, "islower", (ts, s) -> PyBool.of(StrOps.casedAll(s(s).value, false)));
        def0(t, "istitle", (ts, s) -> PyBool.of(StrOps.isTitle(s(s).value)));
    }

    private static void casing(PyType t) {
        def0(t, "upper", (ts, s) -> new PyStr(s(s).value.toUpperCase(Locale.ROOT)));
        def0(t, "lower", (ts, s) -> new PyStr(s(s).value.toLowerCase(Locale.ROOT)));
        def0(t, "casefold", (ts, s) -> new PyStr(s(s).value.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT)));
        def0(t, "swapcase", (ts, s) -> new PyStr(StrOps.swapcase(s(s).value)));
        def0(t, "title", (ts, s) -> new PyStr(StrOps.title(s(s).value)));
        def0(t, "capitalize", (ts, s) -> new PyStr(StrOps.capitalize(s(s).value)));
    }

    private static void searching(PyType t) {
        defv(t, "find", 1, 3, (ts, s, a) -> PyInt.of(StrOps.find(ts, s(s), a, "find", false)));
        defv(t, "rfind", 1, 3, (ts, s, a) -> PyInt.of(StrOps.find(ts, s(s), a, "rfind", true)));
        defv(t, "index", 1, 3, (ts, s, a) -> PyInt.of(notFound(StrOps.find(ts, s(s), a, "index", false))));
        defv(t, "rindex", 1, 3, (ts, s, a) -> PyInt.of(notFound(StrOps.find(ts, s(s), a, "rindex", true))));
        defv(t, "count", 1, 3, (ts, s, a) -> PyInt.of(StrOps.count(ts, s(s), a)));
        defv(t, "startswith", 1, 3, (ts, s, a) -> PyBool.of(StrOps.startsOrEnds(ts, s(s), a, "startswith", false)));
        defv(t, "endswith", 1, 3, (ts, s, a) -> PyBool.of(StrOps.startsOrEnds(ts, s(s), a, "endswith", true)));
    }

    private static long notFound(long i) {
        if (i < 0) throw Errors.valueError("substring not found");
        return i;
    }

    private static void splitting(PyType t) {
        t.define("split", PyMethodDescr.withKeywords(t, "split", (ts, s, a, k) -> StrOps.split(ts, s(s), SPLIT.parse(a, k), false)));
        t.define("rsplit", PyMethodDescr.withKeywords(t, "rsplit", (ts, s, a, k) -> StrOps.split(ts, s(s), RSPLIT.parse(a, k), true)));
        t.define("splitlines", PyMethodDescr.withKeywords(t, "splitlines", (ts, s, a, k) -> {
            PyObject[] p = SPLITLINES.parse(a, k);
            return StrOps.splitlines(s(s).value, p[0] != null && Ops.index(ts, p[0]).signum() != 0);
        }));
        defv(t, "strip", 0, 1, (ts, s, a) -> StrOps.strip(s(s), ArgParser.arg(a, 0, PyNone.NONE), true, true, "strip"));
        defv(t, "lstrip", 0, 1, (ts, s, a) -> StrOps.strip(s(s), ArgParser.arg(a, 0, PyNone.NONE), true, false, "lstrip"));
        defv(t, "rstrip", 0, 1, (ts, s, a) -> StrOps.strip(s(s), ArgParser.arg(a, 0, PyNone.NONE), false, true, "rstrip"));
        def1(t, "partition", (ts, s, sep) -> StrOps.partition(s(s), sep, false));
        def1(t, "rpartition", (ts, s, sep) -> StrOps.partition(s(s), sep, true));
    }

    private static void padding(PyType t) {
        defv(t, "center", 1, 2, (ts, s, a) -> StrOps.pad(ts, s(s), a, 'c'));
        defv(t, "ljust", 1, 2, (ts, s, a) -> StrOps.pad(ts, s(s), a, 'l'));
        defv(t, "rjust", 1, 2, (ts, s, a) -> StrOps.pad(ts, s(s), a, 'r'));
        def1(t, "zfill", (ts, s, w) -> new PyStr(StrOps.zfill(s(s).value, zfillWidth(ts, w))));
    }

    /** str(object='', encoding='utf-8', errors='strict'). */
    static PyObject newStr(ThreadState ts, PyType cls, PyObject[] args, String[] kw) {
        PyObject[] a = NEW_ARGS.parse(args, kw);
        // the argument parser checks encoding and errors before the object
        if (a[1] != null) Ops.strArg("str", "encoding", a[1]);
        if (a[2] != null) Ops.strArg("str", "errors", a[2]);
        String v;
        if (a[1] == null && a[2] == null) {
            v = a[0] == null ? "" : Ops.str(ts, a[0]);
        } else {
            if (a[0] == null) {
                v = "";
            } else if (a[0] instanceof PyBytesLike) {
                String enc = a[1] == null ? "utf-8" : Ops.strArg("str", "encoding", a[1]);
                String err = a[2] == null ? "strict" : Ops.strArg("str", "errors", a[2]);
                v = Codecs.decode(((PyBytesLike) a[0]).bytes(), enc, err);
            } else if (a[0] instanceof PyStr) {
                throw Errors.typeError("decoding str is not supported");
            } else {
                throw Errors.typeError("decoding to str: need a bytes-like object, " + a[0].type().name() + " found");
            }
        }
        return cls == PyStr.TYPE ? new PyStr(v) : new PyStrSub(cls, v);
    }

    private static PyObject encode(ThreadState ts, PyStr s, PyObject[] p) {
        String enc = p[0] == null ? "utf-8" : Ops.strArg("encode", "encoding", p[0]);
        String err = p[1] == null ? "strict" : Ops.strArg("encode", "errors", p[1]);
        return new PyBytes(Codecs.encode(s.value, enc, err));
    }

    /** repr(str): org.gilkit.runtime.format.StrRepr. */
    static String repr(String s) {
        return org.gilkit.runtime.format.StrRepr.repr(s);
    }

    /** Splits for list results (shared with bytes). */
    static PyList listOf(List<String> parts) {
        PyList out = new PyList();
        for (String p : parts) out.append(new PyStr(p));
        return out;
    }

    static List<String> newParts() {
        return new ArrayList<>();
    }
}
