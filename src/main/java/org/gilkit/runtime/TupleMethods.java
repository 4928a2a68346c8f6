package org.gilkit.runtime;

/** The Python-visible methods of tuple. */
final class TupleMethods {
    private TupleMethods() {}

    private static final PyObject NI = PySingleton.NOT_IMPLEMENTED;

    static void install(PyType t) {
        PyGenericAlias.installClassGetItem(t);
        t.defineNew((ts, cls, args, kw) -> {
            ArgParser.noKeywords("tuple", kw);
            ArgParser.checkPositional("tuple", args.length, 0, 1);
            if (cls == PyTuple.TYPE) {
                if (args.length == 0) return PyTuple.EMPTY;
                if (args[0].getClass() == PyTuple.class) return args[0];
                return PyTuple.of(Sequences.toArray(ts, args[0]));
            }
            return new PyTupleSub(cls, args.length == 0 ? new PyObject[0] : Sequences.toArray(ts, args[0]));
        });
        t.define("__len__", PyMethodDescr.noArgs(t, "__len__", (ts, s) -> PyInt.of(tup(s).items.length)));
        t.define("__getitem__", PyMethodDescr.oneArg(t, "__getitem__", TupleMethods::getItem));
        t.define("__contains__", PyMethodDescr.oneArg(t, "__contains__",
                (ts, s, x) -> PyBool.of(Sequences.contains(ts, tup(s).items, tup(s).items.length, x))));
        t.define("__iter__", PyMethodDescr.noArgs(t, "__iter__", (ts, s) -> PySeqIterator.of(tup(s))));
        t.define("__hash__", PyMethodDescr.noArgs(t, "__hash__", (ts, s) -> PyInt.of(tup(s).pyHash(ts))));
        t.define("__repr__", PyMethodDescr.noArgs(t, "__repr__", TupleMethods::repr));
        t.define("__add__", PyMethodDescr.oneArg(t, "__add__", TupleMethods::add));
        t.define("__mul__", PyMethodDescr.oneArg(t, "__mul__", TupleMethods::mul));
        t.define("__rmul__", PyMethodDescr.oneArg(t, "__rmul__", TupleMethods::mul));
        t.define("__getnewargs__", PyMethodDescr.noArgs(t, "__getnewargs__", (ts, s) -> PyTuple.of(PyTuple.of(tup(s).items))));
        for (Ops.Cmp op : Ops.Cmp.values()) {
            t.define(op.dunder, PyMethodDescr.oneArg(t, op.dunder, (ts, s, o) -> o instanceof PyTuple
                    ? Sequences.compare(ts, tup(s).items, tup(s).items.length, tup(o).items, tup(o).items.length, op) : NI));
        }
        t.define("count", PyMethodDescr.oneArg(t, "count", (ts, s, x) -> PyInt.of(Sequences.count(ts, tup(s).items, tup(s).items.length, x))));
        t.define("index", PyMethodDescr.positional(t, "index", 1, 3, (ts, s, a) -> {
            int i = Sequences.indexOf(ts, tup(s).items, tup(s).items.length, a);
            if (i < 0) throw Errors.valueError("tuple.index(x): x not in tuple");
            return PyInt.of(i);
        }));
    }

    static PyTuple tup(PyObject o) {
        return (PyTuple) o;
    }

    static PyObject getItem(ThreadState ts, PyObject s, PyObject idx) {
        PyTuple t = tup(s);
        if (idx instanceof PySlice) {
            if (s.getClass() == PyTuple.class && ((PySlice) idx).start == PyNone.NONE && ((PySlice) idx).stop == PyNone.NONE
                    && ((PySlice) idx).step == PyNone.NONE) {
                return s;
            }
            return PyTuple.of(Sequences.slice(ts, t.items, t.items.length, (PySlice) idx));
        }
        int i = Sequences.index(ts, idx, t.items.length, "tuple");
        if (i < 0) throw Errors.indexError("tuple index out of range");
        return t.items[i];
    }

    private static PyObject repr(ThreadState ts, PyObject s) {
        PyTuple t = tup(s);
        if (t.items.length == 0) return new PyStr("()");
        if (!ts.reprEnter(s)) return new PyStr("(...)");
        try {
            String body = Sequences.reprItems(ts, t.items, t.items.length);
            return new PyStr(t.items.length == 1 ? "(" + body + ",)" : "(" + body + ")");
        } finally {
            ts.reprLeave(s);
        }
    }

    private static PyObject add(ThreadState ts, PyObject s, PyObject o) {
        if (!(o instanceof PyTuple)) return NI;
        PyObject[] a = tup(s).items;
        PyObject[] b = tup(o).items;
        PyObject[] r = new PyObject[a.length + b.length];
        System.arraycopy(a, 0, r, 0, a.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return PyTuple.of(r);
    }

    private static PyObject mul(ThreadState ts, PyObject s, PyObject n) {
        if (!Sequences.repeatable(n)) return PySingleton.NOT_IMPLEMENTED;
        long k = Sequences.repeatCount(ts, n);
        if (k == 1 && s.getClass() == PyTuple.class) return s;
        return PyTuple.of(Sequences.repeat(tup(s).items, tup(s).items.length, k));
    }
}
