package org.gilkit.runtime;

/**
 * dict.keys(), dict.values(), dict.items(): live views of a dict. Keys and items views support
 * the set operators ({@code &}, {@code |}, {@code -}, {@code ^}) returning sets, as CPython.
 */
public final class PyDictView extends PyObject {
    static final PyType KEYS = PyType.builtin("dict_keys", PyType.OBJECT, false);
    static final PyType VALUES = PyType.builtin("dict_values", PyType.OBJECT, false);
    static final PyType ITEMS = PyType.builtin("dict_items", PyType.OBJECT, false);

    static {
        for (PyType t : new PyType[] {KEYS, VALUES, ITEMS}) install(t);
    }

    final PyDict dict;
    final PyDictIterator.Kind kind;

    PyDictView(PyDict dict, PyDictIterator.Kind kind) {
        this.dict = dict;
        this.kind = kind;
    }

    @Override
    public PyType type() {
        return kind == PyDictIterator.Kind.KEYS ? KEYS : kind == PyDictIterator.Kind.VALUES ? VALUES : ITEMS;
    }

    private static PyDictView v(PyObject o) {
        return (PyDictView) o;
    }

    private static void install(PyType t) {
        t.define("__len__", PyMethodDescr.noArgs(t, "__len__", (ts, s) -> PyInt.of(v(s).dict.size())));
        t.define("__iter__", PyMethodDescr.noArgs(t, "__iter__", (ts, s) -> PyDictIterator.of(v(s).dict, v(s).kind)));
        t.define("__reversed__", PyMethodDescr.noArgs(t, "__reversed__", (ts, s) -> {
            PyList l = new PyList(Sequences.toArray(ts, s));
            return PySeqIterator.reversed(l);
        }));
        t.define("__contains__", PyMethodDescr.oneArg(t, "__contains__", (ts, s, x) -> PyBool.of(v(s).contains(ts, x))));
        t.define("__repr__", PyMethodDescr.noArgs(t, "__repr__", (ts, s) -> {
            if (!ts.reprEnter(s)) return new PyStr("...");
            try {
                PyObject[] items = Sequences.toArray(ts, s);
                return new PyStr(s.type().name() + "([" + Sequences.reprItems(ts, items, items.length) + "])");
            } finally {
                ts.reprLeave(s);
            }
        }));
        if (t != VALUES) {
            setOp(t, "__and__", "intersection_update", false);
            setOp(t, "__rand__", "intersection_update", true);
            setOp(t, "__or__", "update", false);
            setOp(t, "__ror__", "update", true);
            setOp(t, "__sub__", "difference_update", false);
            setOp(t, "__rsub__", "difference_update", true);
            setOp(t, "__xor__", "symmetric_difference_update", false);
            setOp(t, "__rxor__", "symmetric_difference_update", true);
            for (Ops.Cmp op : Ops.Cmp.values()) {
                t.define(op.dunder, PyMethodDescr.oneArg(t, op.dunder, (ts, s, o) -> {
                    if (!(o instanceof PyDictView || o instanceof PySet)) return PySingleton.NOT_IMPLEMENTED;
                    PySet a = PySet.from(ts, s);
                    return Ops.compare(ts, a, o instanceof PySet ? o : PySet.from(ts, o), op);
                }));
            }
            t.define("isdisjoint", PyMethodDescr.oneArg(t, "isdisjoint",
                    (ts, s, o) -> PySetMethods.isDisjoint(ts, PySet.from(ts, s), o)));
        }
        if (t == VALUES) t.define("__hash__", PyNone.NONE);
    }

    /** view OP iterable: a new set built from the view, then updated. */
    private static void setOp(PyType t, String name, String update, boolean reflected) {
        t.define(name, PyMethodDescr.oneArg(t, name, (ts, s, o) -> {
            if (!(o instanceof PyDictView || o instanceof PySet || Ops.lookupSpecial(o, "__iter__") != null)) {
                return PySingleton.NOT_IMPLEMENTED;
            }
            PySet left = PySet.from(ts, reflected ? o : s);
            PyObject right = reflected ? s : o;
            Ops.callMethod(ts, left, update, right);
            return left;
        }));
    }

    boolean contains(ThreadState ts, PyObject x) {
        switch (kind) {
            case KEYS:
                return dict.containsKey(ts, x);
            case ITEMS: {
                if (!(x instanceof PyTuple) || ((PyTuple) x).size() != 2) return false;
                PyObject v = dict.getItem(ts, ((PyTuple) x).get(0));
                return v != null && (v == ((PyTuple) x).get(1) || Ops.eqBool(ts, v, ((PyTuple) x).get(1)));
            }
            default: {
                PyObject it = PyDictIterator.of(dict, kind);
                for (PyObject o; (o = Ops.next(ts, it)) != null; ) if (o == x || Ops.eqBool(ts, o, x)) return true;
                return false;
            }
        }
    }
}
