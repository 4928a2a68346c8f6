package org.gilkit.runtime;

/**
 * The Python-visible methods of set and frozenset: CPython 3.11's algorithms (which operand is
 * iterated, when a copy is made, when tables are swapped), so results come out in CPython's
 * order.
 */
final class PySetMethods {
    private PySetMethods() {}

    private static final PyObject NI = PySingleton.NOT_IMPLEMENTED;

    static void install(PyType t, boolean frozen) {
        PyGenericAlias.installClassGetItem(t);
        String name = frozen ? "frozenset" : "set";
        t.defineNew((ts, cls, args, kw) -> {
            if (cls == PySet.SET || cls == PySet.FROZENSET) ArgParser.noKeywords(name, kw);
            ArgParser.checkPositional(name, ArgParser.npos(args, kw), 0, frozen ? 1 : Integer.MAX_VALUE);
            if (frozen && cls == PySet.FROZENSET && args.length == 1 && args[0].getClass() == PySet.class
                    && ((PySet) args[0]).frozen) {
                return args[0];
            }
            PySet s = new PySet(cls, frozen);
            if (frozen && args.length == 1) s.addAll(ts, args[0]);
            return s;
        });
        if (!frozen) {
            t.define("__init__", PyMethodDescr.withKeywords(t, "__init__", (ts, s, a, kw) -> {
                if (s.type() == PySet.SET) ArgParser.noKeywords("set", kw);
                ArgParser.checkPositional("set", ArgParser.npos(a, kw), 0, 1);
                set(s).clear();
                if (a.length == 1) set(s).addAll(ts, a[0]);
                return PyNone.NONE;
            }));
        }
        t.define("__len__", PyMethodDescr.noArgs(t, "__len__", (ts, s) -> PyInt.of(set(s).size())));
        t.define("__contains__", PyMethodDescr.oneArg(t, "__contains__", (ts, s, x) -> PyBool.of(contains(ts, set(s), x))));
        t.define("__iter__", PyMethodDescr.noArgs(t, "__iter__", (ts, s) -> new PySetIterator(set(s))));
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
            if (x instanceof PySet && e.matches(PyExc.TypeError)) return s.contains(ts, frozenCopy(ts, (PySet) x));
            throw e;
        }
    }

    private static PySet frozenCopy(ThreadState ts, PySet x) {
        PySet f = new PySet(true);
        f.table.merge(ts, x.table);
        return f;
    }

    /** An empty set of the base type of s (set or frozenset; subclasses give their base). */
    private static PySet emptyLike(PySet s) {
        return new PySet(s.frozen);
    }

    static PySet copy(ThreadState ts, PySet s) {
        PySet r = emptyLike(s);
        r.table.merge(ts, s.table);
        return r;
    }

    private static PySet asSet(ThreadState ts, PyObject o) {
        return o instanceof PySet ? (PySet) o : PySet.from(ts, o);
    }

    private static void operators(PyType t, boolean frozen) {
        binop(t, "__or__", (ts, a, b) -> union(ts, a, b));
        binop(t, "__ror__", (ts, a, b) -> union(ts, b, a));
        binop(t, "__and__", (ts, a, b) -> intersection(ts, a, b));
        binop(t, "__rand__", (ts, a, b) -> intersection(ts, b, a));
        binop(t, "__sub__", (ts, a, b) -> difference(ts, a, b));
        binop(t, "__rsub__", (ts, a, b) -> difference(ts, b, a));
        binop(t, "__xor__", (ts, a, b) -> symmetricDifference(ts, a, b));
        binop(t, "__rxor__", (ts, a, b) -> symmetricDifference(ts, b, a));
        if (!frozen) {
            inplace(t, "__ior__", (ts, a, b) -> a.addAll(ts, b));
            inplace(t, "__iand__", (ts, a, b) -> a.table.swap(intersection(ts, a, b).table));
            inplace(t, "__isub__", PySetMethods::differenceUpdate);
            inplace(t, "__ixor__", PySetMethods::symmetricDifferenceUpdate);
        }
        for (Ops.Cmp op : Ops.Cmp.values()) {
            t.define(op.dunder, PyMethodDescr.oneArg(t, op.dunder,
                    (ts, s, o) -> o instanceof PySet ? PyBool.of(compare(ts, set(s), set(o), op)) : NI));
        }
    }

    private static boolean compare(ThreadState ts, PySet a, PySet b, Ops.Cmp op) {
        switch (op) {
            case EQ: return a.size() == b.size() && subset(ts, a, b);
            case NE: return !(a.size() == b.size() && subset(ts, a, b));
            case LE: return subset(ts, a, b);
            case GE: return subset(ts, b, a);
            case LT: return a.size() < b.size() && subset(ts, a, b);
            default: return a.size() > b.size() && subset(ts, b, a);
        }
    }

    @FunctionalInterface
    private interface SetOp {
        PySet apply(ThreadState ts, PySet a, PySet b);
    }

    @FunctionalInterface
    private interface SetUpdate {
        void apply(ThreadState ts, PySet a, PyObject b);
    }

    private static void binop(PyType t, String name, SetOp f) {
        t.define(name, PyMethodDescr.oneArg(t, name, (ts, s, o) -> o instanceof PySet ? f.apply(ts, set(s), set(o)) : NI));
    }

    private static void inplace(PyType t, String name, SetUpdate f) {
        t.define(name, PyMethodDescr.oneArg(t, name, (ts, s, o) -> {
            if (!(o instanceof PySet)) return NI;
            f.apply(ts, set(s), o);
            return s;
        }));
    }

    static PySet union(ThreadState ts, PySet a, PyObject b) {
        PySet r = copy(ts, a);
        if (b != a) r.addAll(ts, b);
        return r;
    }

    /** CPython's set_intersection: iterate the smaller set, probe the larger. */
    static PySet intersection(ThreadState ts, PySet so, PyObject other) {
        PySet r = emptyLike(so);
        if (other instanceof PySet) {
            PySet big = so;
            PySet small = (PySet) other;
            if (small.size() > big.size()) {
                big = small;
                small = so;
            }
            SetTable st = small.table;
            for (int i = st.next(0); i >= 0; i = st.next(i + 1)) {
                if (big.table.lookup(ts, st.keys[i], st.hashes[i]) >= 0) r.table.add(ts, st.keys[i], st.hashes[i]);
            }
            return r;
        }
        PyObject it = Ops.iter(ts, other);
        for (PyObject x; (x = Ops.next(ts, it)) != null; ) {
            long h = HashTable.hashOf(ts, x);
            if (so.table.lookup(ts, x, h) >= 0) r.table.add(ts, x, h);
        }
        return r;
    }

    /** CPython's set_difference. */
    static PySet difference(ThreadState ts, PySet so, PyObject other) {
        int otherSize;
        if (other instanceof PySet) otherSize = ((PySet) other).size();
        else if (other.getClass() == PyDict.class) otherSize = ((PyDict) other).size();
        else return copyAndDifference(ts, so, other);
        if ((so.size() >> 2) > otherSize) return copyAndDifference(ts, so, other);
        PySet r = emptyLike(so);
        SetTable st = so.table;
        for (int i = st.next(0); i >= 0; i = st.next(i + 1)) {
            boolean present = other instanceof PySet ? ((PySet) other).table.lookup(ts, st.keys[i], st.hashes[i]) >= 0
                    : ((PyDict) other).containsKey(ts, st.keys[i]);
            if (!present) r.table.add(ts, st.keys[i], st.hashes[i]);
        }
        return r;
    }

    private static PySet copyAndDifference(ThreadState ts, PySet so, PyObject other) {
        PySet r = copy(ts, so);
        differenceUpdate(ts, r, other);
        return r;
    }

    /** CPython's set_difference_update_internal (with its resize when a quarter are dummies). */
    static void differenceUpdate(ThreadState ts, PySet so, PyObject other) {
        if (other == so) {
            so.clear();
            return;
        }
        if (other instanceof PySet) {
            SetTable ot = ((PySet) other).table;
            for (int i = ot.next(0); i >= 0; i = ot.next(i + 1)) so.table.discard(ts, ot.keys[i], ot.hashes[i]);
        } else {
            PyObject it = Ops.iter(ts, other);
            for (PyObject x; (x = Ops.next(ts, it)) != null; ) so.discard(ts, x);
        }
        SetTable t = so.table;
        if (t.fill - t.used <= t.mask / 4) return;
        t.resize(t.used > 50000 ? t.used * 2 : t.used * 4);
    }

    /** CPython's set_symmetric_difference: a copy of other, updated with so. */
    static PySet symmetricDifference(ThreadState ts, PySet so, PyObject other) {
        PySet r = emptyLike(so);
        r.addAll(ts, other);
        symmetricDifferenceUpdate(ts, r, so);
        return r;
    }

    static void symmetricDifferenceUpdate(ThreadState ts, PySet so, PyObject other) {
        if (other == so) {
            so.clear();
            return;
        }
        if (other.getClass() == PyDict.class) {
            for (PyObject k : ((PyDict) other).keyList()) {
                long h = HashTable.hashOf(ts, k);
                if (!so.table.discard(ts, k, h)) so.table.add(ts, k, h);
            }
            return;
        }
        PySet os = other instanceof PySet ? (PySet) other : PySet.from(ts, other);
        SetTable ot = os.table;
        for (int i = ot.next(0); i >= 0; i = ot.next(i + 1)) {
            if (!so.table.discard(ts, ot.keys[i], ot.hashes[i])) so.table.add(ts, ot.keys[i], ot.hashes[i]);
        }
    }

    static boolean subset(ThreadState ts, PySet a, PySet b) {
        if (a.size() > b.size()) return false;
        SetTable at = a.table;
        for (int i = at.next(0); i >= 0; i = at.next(i + 1)) {
            if (b.table.lookup(ts, at.keys[i], at.hashes[i]) < 0) return false;
        }
        return true;
    }

    static PyObject isDisjoint(ThreadState ts, PySet a, PyObject other) {
        if (other instanceof PySet) {
            PySet small = (PySet) other;
            PySet big = a;
            if (small.size() > big.size()) {
                small = a;
                big = (PySet) other;
            }
            SetTable st = small.table;
            for (int i = st.next(0); i >= 0; i = st.next(i + 1)) {
                if (big.table.lookup(ts, st.keys[i], st.hashes[i]) >= 0) return PyBool.FALSE;
            }
            return PyBool.TRUE;
        }
        PyObject it = Ops.iter(ts, other);
        for (PyObject x; (x = Ops.next(ts, it)) != null; ) if (a.contains(ts, x)) return PyBool.FALSE;
        return PyBool.TRUE;
    }

    private static void queries(PyType t) {
        t.define("copy", PyMethodDescr.noArgs(t, "copy", (ts, s) -> {
            if (s.getClass() == PySet.class && s.type() == PySet.FROZENSET) return s;
            return copy(ts, set(s));
        }));
        many(t, "union", (ts, s, a) -> {
            PySet r = copy(ts, set(s));
            for (PyObject o : a) r.addAll(ts, o);
            return r;
        });
        many(t, "intersection", (ts, s, a) -> {
            if (a.length == 0) return copy(ts, set(s));
            PySet r = set(s);
            for (PyObject o : a) r = intersection(ts, r, o);
            return r;
        });
        many(t, "difference", (ts, s, a) -> {
            if (a.length == 0) return copy(ts, set(s));
            PySet r = difference(ts, set(s), a[0]);
            for (int i = 1; i < a.length; i++) differenceUpdate(ts, r, a[i]);
            return r;
        });
        t.define("symmetric_difference", PyMethodDescr.oneArg(t, "symmetric_difference",
                (ts, s, o) -> symmetricDifference(ts, set(s), o)));
        t.define("issubset", PyMethodDescr.oneArg(t, "issubset", (ts, s, o) -> PyBool.of(subset(ts, set(s), asSet(ts, o)))));
        t.define("issuperset", PyMethodDescr.oneArg(t, "issuperset", (ts, s, o) -> {
            if (o instanceof PySet) return PyBool.of(subset(ts, (PySet) o, set(s)));
            PyObject it = Ops.iter(ts, o);
            for (PyObject x; (x = Ops.next(ts, it)) != null; ) if (!set(s).contains(ts, x)) return PyBool.FALSE;
            return PyBool.TRUE;
        }));
        t.define("isdisjoint", PyMethodDescr.oneArg(t, "isdisjoint", (ts, s, o) -> isDisjoint(ts, set(s), o)));
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
            if (!discardKey(ts, set(s), x)) throw Errors.keyError(x);
            return PyNone.NONE;
        }));
        t.define("discard", PyMethodDescr.oneArg(t, "discard", (ts, s, x) -> {
            discardKey(ts, set(s), x);
            return PyNone.NONE;
        }));
        t.define("pop", PyMethodDescr.noArgs(t, "pop", (ts, s) -> {
            PyObject x = set(s).table.pop();
            if (x == null) throw Errors.keyError(new PyStr("pop from an empty set"));
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
            PySet r = set(s);
            for (PyObject o : a) r = intersection(ts, r, o);
            if (r != s) set(s).table.swap(r.table);
            return PyNone.NONE;
        });
        many(t, "difference_update", (ts, s, a) -> {
            for (PyObject o : a) differenceUpdate(ts, set(s), o);
            return PyNone.NONE;
        });
        t.define("symmetric_difference_update", PyMethodDescr.oneArg(t, "symmetric_difference_update", (ts, s, o) -> {
            symmetricDifferenceUpdate(ts, set(s), o);
            return PyNone.NONE;
        }));
    }

    private static boolean discardKey(ThreadState ts, PySet s, PyObject x) {
        try {
            return s.discard(ts, x);
        } catch (PyException e) {
            if (x instanceof PySet && e.matches(PyExc.TypeError)) return s.discard(ts, frozenCopy(ts, (PySet) x));
            throw e;
        }
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
