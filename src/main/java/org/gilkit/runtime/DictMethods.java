package org.gilkit.runtime;

import java.util.List;
import java.util.Map;

/** The Python-visible methods of dict. */
final class DictMethods {
    private DictMethods() {}

    private static final PyObject NI = PySingleton.NOT_IMPLEMENTED;

    static void install(PyType t) {
        PyGenericAlias.installClassGetItem(t);
        t.defineNew((ts, cls, args, kw) -> cls == PyDict.TYPE ? new PyDict() : new PyDictSub(cls));
        t.define("__init__", PyMethodDescr.withKeywords(t, "__init__", (ts, s, a, kw) -> {
            update(ts, d(s), a, kw, "dict");
            return PyNone.NONE;
        }));
        t.define("__len__", PyMethodDescr.noArgs(t, "__len__", (ts, s) -> PyInt.of(d(s).size())));
        t.define("__getitem__", PyMethodDescr.oneArg(t, "__getitem__", DictMethods::getItem));
        t.define("__setitem__", PyMethodDescr.twoArgs(t, "__setitem__", (ts, s, k, v) -> {
            d(s).put(ts, k, v);
            return PyNone.NONE;
        }));
        t.define("__delitem__", PyMethodDescr.oneArg(t, "__delitem__", (ts, s, k) -> {
            if (d(s).remove(ts, k) == null) throw Errors.keyError(k);
            return PyNone.NONE;
        }));
        t.define("__contains__", PyMethodDescr.oneArg(t, "__contains__", (ts, s, k) -> PyBool.of(d(s).containsKey(ts, k))));
        t.define("__iter__", PyMethodDescr.noArgs(t, "__iter__", (ts, s) -> PyDictIterator.of(d(s), PyDictIterator.Kind.KEYS)));
        t.define("__reversed__", PyMethodDescr.noArgs(t, "__reversed__",
                (ts, s) -> PySeqIterator.reversed(new PyList(d(s).keyList().toArray(new PyObject[0])))));
        t.define("__repr__", PyMethodDescr.noArgs(t, "__repr__", DictMethods::repr));
        t.define("__hash__", PyNone.NONE);
        t.define("__eq__", PyMethodDescr.oneArg(t, "__eq__", (ts, s, o) -> o instanceof PyDict ? PyBool.of(equal(ts, d(s), d(o))) : NI));
        t.define("__ne__", PyMethodDescr.oneArg(t, "__ne__", (ts, s, o) -> o instanceof PyDict ? PyBool.of(!equal(ts, d(s), d(o))) : NI));
        t.define("__or__", PyMethodDescr.oneArg(t, "__or__", (ts, s, o) -> {
            if (!(o instanceof PyDict)) return NI;
            PyDict r = d(s).copyDict();
            mergeFrom(ts, r, o);
            return r;
        }));
        t.define("__ror__", PyMethodDescr.oneArg(t, "__ror__", (ts, s, o) -> {
            if (!(o instanceof PyDict)) return NI;
            PyDict r = d(o).copyDict();
            mergeFrom(ts, r, s);
            return r;
        }));
        t.define("__ior__", PyMethodDescr.oneArg(t, "__ior__", (ts, s, o) -> {
            update(ts, d(s), new PyObject[] {o}, null, "update");
            return s;
        }));
        accessors(t);
        mutators(t);
    }

    private static void accessors(PyType t) {
        t.define("keys", PyMethodDescr.noArgs(t, "keys", (ts, s) -> new PyDictView(d(s), PyDictIterator.Kind.KEYS)));
        t.define("values", PyMethodDescr.noArgs(t, "values", (ts, s) -> new PyDictView(d(s), PyDictIterator.Kind.VALUES)));
        t.define("items", PyMethodDescr.noArgs(t, "items", (ts, s) -> new PyDictView(d(s), PyDictIterator.Kind.ITEMS)));
        t.define("get", PyMethodDescr.positional(t, "get", 1, 2, (ts, s, a) -> {
            PyObject v = d(s).getItem(ts, a[0]);
            return v != null ? v : ArgParser.arg(a, 1, PyNone.NONE);
        }));
        t.define("copy", PyMethodDescr.noArgs(t, "copy", (ts, s) -> d(s).copyDict()));
        t.define("fromkeys", new PyClassMethod(new PyBuiltinFunction("fromkeys", null, (ts, self, a, kw) -> {
            ArgParser.positional("fromkeys", "dict.fromkeys", a, kw, 2, 3);
            PyObject cls = a[0];
            PyObject value = a.length > 2 ? a[2] : PyNone.NONE;
            PyObject r = Ops.call(ts, cls);
            PyObject it = Ops.iter(ts, a[1]);
            for (PyObject k; (k = Ops.next(ts, it)) != null; ) {
                if (r.getClass() == PyDict.class) ((PyDict) r).put(ts, k, value);
                else Ops.setItem(ts, r, k, value);
            }
            return r;
        }, t)));
    }

    private static void mutators(PyType t) {
        t.define("setdefault", PyMethodDescr.positional(t, "setdefault", 1, 2, (ts, s, a) -> {
            PyObject v = d(s).getItem(ts, a[0]);
            if (v != null) return v;
            PyObject dflt = ArgParser.arg(a, 1, PyNone.NONE);
            d(s).put(ts, a[0], dflt);
            return dflt;
        }));
        t.define("pop", PyMethodDescr.positional(t, "pop", 1, 2, (ts, s, a) -> {
            PyObject v = d(s).remove(ts, a[0]);
            if (v != null) return v;
            if (a.length > 1) return a[1];
            throw Errors.keyError(a[0]);
        }));
        t.define("popitem", PyMethodDescr.noArgs(t, "popitem", (ts, s) -> {
            HashTable tab = d(s).table;
            int i = tab.lastLive();
            if (i < 0) throw Errors.keyError(new PyStr("popitem(): dictionary is empty"));
            PyObject k = tab.keys[i];
            PyObject v = tab.values[i];
            d(s).remove(ts, k);
            return PyTuple.of(k, v);
        }));
        t.define("update", PyMethodDescr.withKeywords(t, "update", (ts, s, a, kw) -> {
            update(ts, d(s), a, kw, "update");
            return PyNone.NONE;
        }));
        t.define("clear", PyMethodDescr.noArgs(t, "clear", (ts, s) -> {
            d(s).clear();
            return PyNone.NONE;
        }));
    }

    static PyDict d(PyObject o) {
        return (PyDict) o;
    }

    static PyObject getItem(ThreadState ts, PyObject s, PyObject k) {
        PyObject v = d(s).getItem(ts, k);
        if (v != null) return v;
        if (s.getClass() != PyDict.class) {
            PyObject missing = s.type().lookup("__missing__");
            if (missing != null) return Ops.callDescriptor(ts, missing, s, k);
        }
        throw Errors.keyError(k);
    }

    /** dict.update(other=(), **kw) / dict(other, **kw). */
    static void update(ThreadState ts, PyDict d, PyObject[] a, String[] kw, String fname) {
        int npos = ArgParser.npos(a, kw);
        ArgParser.checkPositional(fname, npos, 0, 1);
        if (npos == 1) mergeFrom(ts, d, a[0]);
        for (int i = npos; i < a.length; i++) d.put(ts, new PyStr(kw[i - npos]), a[i]);
    }

    /** Merges a mapping (anything with keys()) or an iterable of pairs. */
    static void mergeFrom(ThreadState ts, PyDict d, PyObject src) {
        if (src instanceof PyDict && Ops.lookupSpecial(src, "keys") == PyDict.TYPE.typeDict().get("keys")) {
            for (Map.Entry<PyObject, PyObject> e : ((PyDict) src).entries()) d.put(ts, e.getKey(), e.getValue());
            return;
        }
        if (Ops.getattrOrNull(ts, src, "keys") != null) {
            PyObject it = Ops.iter(ts, Ops.callMethod(ts, src, "keys"));
            for (PyObject k; (k = Ops.next(ts, it)) != null; ) d.put(ts, k, Ops.getItem(ts, src, k));
            return;
        }
        PyObject it = Ops.iter(ts, src);
        int i = 0;
        for (PyObject item; (item = Ops.next(ts, it)) != null; i++) {
            PyObject[] pair;
            try {
                pair = Sequences.toArray(ts, item);
            } catch (PyException e) {
                if (!e.matches(PyExc.TypeError)) throw e;
                throw Errors.typeError("cannot convert dictionary update sequence element #" + i + " to a sequence");
            }
            if (pair.length != 2) {
                throw Errors.valueError("dictionary update sequence element #" + i + " has length " + pair.length
                        + "; 2 is required");
            }
            d.put(ts, pair[0], pair[1]);
        }
    }

    static boolean equal(ThreadState ts, PyDict a, PyDict b) {
        if (a.size() != b.size()) return false;
        for (Map.Entry<PyObject, PyObject> e : a.entries()) {
            PyObject bv = b.getItem(ts, e.getKey());
            if (bv == null) return false;
            if (bv != e.getValue() && !Ops.eqBool(ts, e.getValue(), bv)) return false;
        }
        return true;
    }

    private static PyObject repr(ThreadState ts, PyObject s) {
        PyDict d = d(s);
        if (d.size() == 0) return new PyStr("{}");
        if (!ts.reprEnter(s)) return new PyStr("{...}");
        try {
            StringBuilder sb = new StringBuilder("{");
            List<Map.Entry<PyObject, PyObject>> es = d.entries();
            for (int i = 0; i < es.size(); i++) {
                if (i > 0) sb.append(", ");
                sb.append(Ops.repr(ts, es.get(i).getKey())).append(": ").append(Ops.repr(ts, es.get(i).getValue()));
            }
            return new PyStr(sb.append('}').toString());
        } finally {
            ts.reprLeave(s);
        }
    }
}
