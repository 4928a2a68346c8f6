package org.gilkit.runtime;

import java.util.List;

/** The Python-visible methods of set and frozenset, with CPython's operator rules. */
final class PySetMethods {
    private PySetMethods() {}

    private static final PyObject NI = PySingleton.NOT_IMPLEMENTED;

    static void install(PyType t, boolean frozen) {
        String name = frozen ? "frozenset" : "set";
        t.defineNew((ts, cls, args, kw) -> {
            if (frozen || cls == PySet.SET) ArgParser.noKeywords(name, kw);
            ArgParser.checkPositional(name, ArgParser.npos(args, kw), 0, frozen ? 1 : Integer.MAX_VALUE);
            PySet s = new PySet(cls, frozen);
            if (frozen && args.length == 1) s.addAll(ts, args[0]);
            return s;
        });
        if (!frozen) {
            t.define("__init__", PyMethodDescr.withKeywords(t, "__init__", (ts, s, a, kw) -> {
                ArgParser.noKeywords("set", kw);
                ArgParser.checkPositional("set", a.length, 0, 1);
                set(s).clear();
                if (a.length == 1) set(s).addAll(ts, a[0]);
                return PyNone.NONE;
            }));
        }
        t.define("__len__", PyMethodDescr.noArgs(t, "__len__", (ts, s) -> PyInt.of(set(s).size())));
        t.define("__contains__", PyMethodDescr.oneArg(t, "__contains__", (ts, s, x) -> PyBool.of(contains(ts, set(s), x))));
        t.define("__iter__", PyMethodDescr.noArgs(t, "__iter__", (ts, s) -> PyDictIterator.of(set(s))));
        t.define("__repr__", PyMethodDescr.noArgs(t, "__repr__", PySetMethods::repr));
        if (frozen) t.define("__hash__", PyMethodDescr.noArgs(t, "__hash__", (ts, s) -> PyInt.of(set(s).pyHash(ts))));
        else t.define("__hash__", PyNone.NONE);
        operators(t, frozen);
        queries(t);
        if (!frozen) mutators(t);
    }

    static PySet set(PyObject o) {
        return (PySet) o;
    }

    /** x in s; an unhashable set argument is looked up as a frozenset, as CPython does. */
    static boolean contains(ThreadState ts, PySet s, PyObject x) {
        try {
            return s.contains(ts, x);
        } catch (PyException e) {
            if (x instanceof PySet && !((PySet) x).frozen && e.matches(PyExc.TypeError)) {
                PySet f = new PySet(true);
                f.addAll(ts, x);
                return s.contains(ts, f);
            }
            throw e;
        }
    }

    private static PySet newLike(PyObject s) {
        return new PySet(set(s).frozen ? PySet.FROZENSET : PySet.SET, set(s).frozen);
    }

    private static void operators(PyType t, boolean frozen) {
        binop(t, "__or__", (ts, a, b) -> union(ts, a, b));
        binop(t, "__ror__", (ts, a, b) -> union(ts, b, a));
        binop(t, "__and__", (ts, a, b) -> intersection(ts, a, b));
        binop(t, "__rand__", (ts, a, b) -> intersection(ts, b, a));
        binop(t, "__sub__", (ts, a, b) -> difference(ts, a, b));
        binop(t, "__rsub__", (ts, a, b) -> difference(ts, b, a));
        binop(t, "__xor__", (ts, a, b) -> symmetric(ts, a, b));
        binop(t, "__rxor__", (ts, a, b) -> symmetric(ts, b, a));
        if (!frozen) {
            inplace(t, "__ior__", (ts, a, b) -> set(a).addAll(ts, b));
            inplace(t, "__iand__", (ts, a, b) -> replace(a, intersection(ts, a, b)));
            inplace(t, "__isub__", (ts, a, b) -> {
                for (PyObject x : set(b).elements()) set(a).discard(ts, x);
            });
            inplace(t, "__ixor__", (ts, a, b) -> replace(a, symmetric(ts, a, b)));
        }
        t.define("__eq__", PyMethodDescr.oneArg(t, "__eq__", (ts, s, o) -> o instanceof PySet
                ? PyBool.of(set(s).size() == set(o).size() && subset(ts, set(s), set(o))) : NI));
        t.define("__ne__", PyMethodDescr.oneArg(t, "__ne__", (ts, s, o) -> o instanceof PySet
                ? PyBool.of(!(set(s).size() == set(o).size() && subset(ts, set(s), set(o)))) : NI));
        t.define("__le__", PyMethodDescr.oneArg(t, "__le__", (ts, s, o) -> o instanceof PySet ? PyBool.of(subset(ts, set(s), set(o))) : NI));
        t.define("__ge__", PyMethodDescr.oneArg(t, "__ge__", (ts, s, o) -> o instanceof PySet ? PyBool.of(subset(ts, set(o), set(s))) : NI));
        t.define("__lt__", PyMethodDescr.oneArg(t, "__lt__", (ts, s, o) -> o instanceof PySet
                ? PyBool.of(set(s).size() < set(o).size() && subset(ts, set(s), set(o))) : NI));
        t.define("__gt__", PyMethodDescr.oneArg(t, "__gt__", (ts, s, o) -> o instanceof PySet
                ? PyBool.of(set(s).size() > set(o).size() && subset(ts, set(o), set(s))) : NI));
    }

    @FunctionalInterface
    private interface SetOp {
        PySet apply(ThreadState ts, PyObject a, PyObject b);
    }

    @FunctionalInterface
    private interface SetUpdate {
        void apply(ThreadState ts, PyObject a, PyObject b);
    }

    private static void binop(PyType t, String name, SetOp f) {
        t.define(name, PyMethodDescr.oneArg(t, name, (ts, s, o) -> o instanceof PySet ? f.apply(ts, s, o) : NI));
    }

    private static void inplace(PyType t, String name, SetUpdate f) {
        t.define(name, PyMethodDescr.oneArg(t, name, (ts, s, o) -> {
            if (!(o instanceof PySet)) return NI;
            f.apply(ts, s, o);
            return s;
        }));
    }

    private static void replace(PyObject target, PySet contents) {
        List<PyObject> els = contents.elements();
        set(target).clear();
        for (PyObject x : els) set(target).add(null, x);
    }

    static PySet union(ThreadState ts, PyObject a, PyObject b) {
        PySet r = newLike(a);
        r.addAll(ts, a);
        r.addAll(ts, b);
        return r;
    }

    static PySet intersection(ThreadState ts, PyObject a, PyObject b) {
        PySet r = newLike(a);
        PySet other = b instanceof PySet ? set(b) : PySet.from(ts, b);
        for (PyObject x : set(a).elements()) if (other.contains(ts, x)) r.add(ts, x);
        return r;
    }

    static PySet difference(ThreadState ts, PyObject a, PyObject b) {
        PySet r = newLike(a);
        PySet other = b instanceof PySet ? set(b) : PySet.from(ts, b);
        for (PyObject x : set(a).elements()) if (!other.contains(ts, x)) r.add(ts, x);
        return r;
    }

    static PySet symmetric(ThreadState ts, PyObject a, PyObject b) {
        PySet other = b instanceof PySet ? set(b) : PySet.from(ts, b);
        PySet r = newLike(a);
        for (PyObject x : set(a).elements()) if (!other.contains(ts, x)) r.add(ts, x);
        for (PyObject x : other.elements()) if (!set(a).contains(ts, x)) r.add(ts, x);
        return r;
    }

    static boolean subset(ThreadState ts, PySet a, PySet b) {
        if (a.size() > b.size()) return false;
        for (PyObject x : a.elements()) if (!b.contains(ts, x)) return false;
        return true;
    }

    static PyObject isDisjoint(ThreadState ts, PySet a, PyObject other) {
        PyObject it = Ops.iter(ts, other);
        for (PyObject x; (x = Ops.next(ts, it)) != null; ) if (a.contains(ts, x)) return PyBool.FALSE;
        return PyBool.TRUE;
    }

    private static void queries(PyType t) {
        t.define("copy", PyMethodDescr.noArgs(t, "copy", (ts, s) -> {
            if (set(s).frozen && s.type() == PySet.FROZENSET) return s;
            return union(ts, s, PyTuple.EMPTY);
        }));
        many(t, "union", (ts, s, a) -> {
            PySet r = union(ts, s, PyTuple.EMPTY);
            for (PyObject o : a) r.addAll(ts, o);
            return r;
        });
        many(t, "intersection", (ts, s, a) -> {
            PySet r = union(ts, s, PyTuple.EMPTY);
            for (PyObject o : a) r = intersection(ts, r, o);
            return r;
        });
        many(t, "difference", (ts, s, a) -> {
            PySet r = union(ts, s, PyTuple.EMPTY);
            for (PyObject o : a) r = difference(ts, r, o);
            return r;
        });
        t.define("symmetric_difference", PyMethodDescr.oneArg(t, "symmetric_difference", (ts, s, o) -> symmetric(ts, s, o)));
        t.define("issubset", PyMethodDescr.oneArg(t, "issubset", (ts, s, o) -> PyBool.of(subset(ts, set(s), asSet(ts, o)))));
        t.define("issuperset", PyMethodDescr.oneArg(t, "issuperset", (ts, s, o) -> PyBool.of(subset(ts, asSet(ts, o), set(s)))));
        t.define("isdisjoint", PyMethodDescr.oneArg(t, "isdisjoint", (ts, s, o) -> isDisjoint(ts, set(s), o)));
    }

    private static PySet asSet(ThreadState ts, PyObject o) {
        return o instanceof PySet ? (PySet) o : PySet.from(ts, o);
    }

    private static void many(PyType t, String name, PyMethodDescr.MV f) {
        t.define(name, PyMethodDescr.positional(t, name, 0, Integer.MAX_VALUE, f));
    }

    private static void mutators(PyType t) {
        t.define("add", PyMethodDescr.oneArg(t, "add", (ts, s, x) -> {
            set(s).add(ts, x);
            return PyNone.NONE;
        }));
        t.define("remove", PyMethodDescr.oneArg(t, "remove", (ts, s, x) -> {
            if (!set(s).discard(ts, x)) throw Errors.keyError(x);
            return PyNone.NONE;
        }));
        t.define("discard", PyMethodDescr.oneArg(t, "discard", (ts, s, x) -> {
            set(s).discard(ts, x);
            return PyNone.NONE;
        }));
        t.define("pop", PyMethodDescr.noArgs(t, "pop", (ts, s) -> {
            HashTable tab = set(s).table;
            int i = tab.nextLive(0);
            if (i < 0) throw Errors.keyError(new PyStr("pop from an empty set"));
            PyObject x = tab.keys[i];
            set(s).discard(ts, x);
            return x;
        }));
        t.define("clear", PyMethodDescr.noArgs(t, "clear", (ts, s) -> {
            set(s).clear();
            return PyNone.NONE;
        }));
        many(t, "update", (ts, s, a) -> {
            for (PyObject o : a) set(s).addAll(ts, o);
            return PyNone.NONE;
        });
        many(t, "intersection_update", (ts, s, a) -> {
            for (PyObject o : a) replace(s, intersection(ts, s, o));
            return PyNone.NONE;
        });
        many(t, "difference_update", (ts, s, a) -> {
            for (PyObject o : a) replace(s, difference(ts, s, o));
            return PyNone.NONE;
        });
        t.define("symmetric_difference_update", PyMethodDescr.oneArg(t, "symmetric_difference_update", (ts, s, o) -> {
            replace(s, symmetric(ts, s, o));
            return PyNone.NONE;
        }));
    }

    private static PyObject repr(ThreadState ts, PyObject s) {
        PySet set = set(s);
        String name = s.type().name();
        if (set.size() == 0) return new PyStr(name + "()");
        if (!ts.reprEnter(s)) return new PyStr(name + "(...)");
        try {
            PyObject[] items = set.elements().toArray(new PyObject[0]);
            String body = "{" + Sequences.reprItems(ts, items, items.length) + "}";
            return new PyStr(s.type() == PySet.SET ? body : name + "(" + body + ")");
        } finally {
            ts.reprLeave(s);
        }
    }
}
