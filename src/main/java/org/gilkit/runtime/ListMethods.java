package org.gilkit.runtime;

import java.util.Arrays;

/** The Python-visible methods of list. */
final class ListMethods {
    private ListMethods() {}

    private static final PyObject NI = PySingleton.NOT_IMPLEMENTED;
    private static final ArgParser SORT = new ArgParser("sort", new String[] {"key", "reverse"}, 0, 0, 0);

    static void install(PyType t) {
        PyGenericAlias.installClassGetItem(t);
        t.defineNew((ts, cls, args, kw) -> cls == PyList.TYPE ? new PyList() : new PyListSub(cls));
        t.define("__init__", PyMethodDescr.withKeywords(t, "__init__", (ts, s, a, kw) -> {
            ArgParser.noKeywords("list", kw);
            ArgParser.checkPositional("list", a.length, 0, 1);
            PyList l = list(s);
            l.clear();
            if (a.length == 1) l.setAll(Sequences.toArray(ts, a[0]));
            return PyNone.NONE;
        }));
        t.define("__len__", PyMethodDescr.noArgs(t, "__len__", (ts, s) -> PyInt.of(list(s).size)));
        t.define("__getitem__", PyMethodDescr.oneArg(t, "__getitem__", ListMethods::getItem));
        t.define("__setitem__", PyMethodDescr.twoArgs(t, "__setitem__", (ts, s, i, v) -> {
            setItem(ts, list(s), i, v);
            return PyNone.NONE;
        }));
        t.define("__delitem__", PyMethodDescr.oneArg(t, "__delitem__", (ts, s, i) -> {
            delItem(ts, list(s), i);
            return PyNone.NONE;
        }));
        t.define("__contains__", PyMethodDescr.oneArg(t, "__contains__",
                (ts, s, x) -> PyBool.of(Sequences.contains(ts, list(s).items, list(s).size, x))));
        t.define("__iter__", PyMethodDescr.noArgs(t, "__iter__", (ts, s) -> PySeqIterator.of(list(s))));
        t.define("__reversed__", PyMethodDescr.noArgs(t, "__reversed__", (ts, s) -> PySeqIterator.reversed(list(s))));
        t.define("__repr__", PyMethodDescr.noArgs(t, "__repr__", ListMethods::repr));
        t.define("__hash__", PyNone.NONE);
        t.define("__add__", PyMethodDescr.oneArg(t, "__add__", ListMethods::add));
        t.define("__iadd__", PyMethodDescr.oneArg(t, "__iadd__", (ts, s, o) -> {
            extend(ts, list(s), o);
            return s;
        }));
        t.define("__mul__", PyMethodDescr.oneArg(t, "__mul__", ListMethods::mul));
        t.define("__rmul__", PyMethodDescr.oneArg(t, "__rmul__", ListMethods::mul));
        t.define("__imul__", PyMethodDescr.oneArg(t, "__imul__", (ts, s, n) -> {
            if (!Sequences.repeatable(n)) return PySingleton.NOT_IMPLEMENTED;
            PyList l = list(s);
            l.setAll(Sequences.repeat(l.items, l.size, Sequences.repeatCount(ts, n)));
            return s;
        }));
        for (Ops.Cmp op : Ops.Cmp.values()) {
            t.define(op.dunder, PyMethodDescr.oneArg(t, op.dunder, (ts, s, o) -> o instanceof PyList
                    ? Sequences.compare(ts, list(s).items, list(s).size, list(o).items, list(o).size, op) : NI));
        }
        mutators(t);
    }

    private static void mutators(PyType t) {
        t.define("append", PyMethodDescr.oneArg(t, "append", (ts, s, x) -> {
            list(s).append(x);
            return PyNone.NONE;
        }));
        t.define("extend", PyMethodDescr.oneArg(t, "extend", (ts, s, x) -> {
            extend(ts, list(s), x);
            return PyNone.NONE;
        }));
        t.define("insert", PyMethodDescr.twoArgs(t, "insert", (ts, s, i, x) -> {
            PyList l = list(s);
            long k = Ops.index(ts, i).asSsize();
            if (k < 0) k = Math.max(0, k + l.size);
            l.insert((int) Math.min(k, l.size), x);
            return PyNone.NONE;
        }));
        t.define("pop", PyMethodDescr.positional(t, "pop", 0, 1, (ts, s, a) -> {
            PyList l = list(s);
            // The argument is converted first (a huge index is an OverflowError, not the
            // subscript's IndexError), then the list is checked, as CPython's clinic code does.
            PyInt pi = a.length == 0 ? null : Ops.index(ts, a[0]);
            if (pi != null) pi.asSsize();
            if (l.size == 0) throw Errors.indexError("pop from empty list");
            int i = pi == null ? l.size - 1 : Sequences.index(ts, pi, l.size, "list");
            if (i < 0) throw Errors.indexError("pop index out of range");
            return l.removeAt(i);
        }));
        t.define("remove", PyMethodDescr.oneArg(t, "remove", (ts, s, x) -> {
            PyList l = list(s);
            int i = Sequences.indexOf(ts, l.items, l.size, new PyObject[] {x});
            if (i < 0) throw Errors.valueError("list.remove(x): x not in list");
            l.removeAt(i);
            return PyNone.NONE;
        }));
        t.define("index", PyMethodDescr.positional(t, "index", 1, 3, (ts, s, a) -> {
            int i = Sequences.indexOf(ts, list(s).items, list(s).size, a);
            if (i < 0) throw Errors.valueError(Ops.repr(ts, a[0]) + " is not in list");
            return PyInt.of(i);
        }));
        t.define("count", PyMethodDescr.oneArg(t, "count", (ts, s, x) -> PyInt.of(Sequences.count(ts, list(s).items, list(s).size, x))));
        t.define("reverse", PyMethodDescr.noArgs(t, "reverse", (ts, s) -> {
            PyList l = list(s);
            PyObject[] a = l.items;
            for (int i = 0, j = l.size - 1; i < j; i++, j--) {
                PyObject x = a[i];
                a[i] = a[j];
                a[j] = x;
            }
            return PyNone.NONE;
        }));
        t.define("copy", PyMethodDescr.noArgs(t, "copy", (ts, s) -> new PyList(list(s).toArray())));
        t.define("clear", PyMethodDescr.noArgs(t, "clear", (ts, s) -> {
            list(s).clear();
            return PyNone.NONE;
        }));
        t.define("sort", PyMethodDescr.withKeywords(t, "sort", (ts, s, a, kw) -> {
            PyObject[] p = SORT.parse(a, kw);
            sort(ts, list(s), p[0], p[1] != null && Ops.isTrue(ts, p[1]));
            return PyNone.NONE;
        }));
    }

    static PyList list(PyObject o) {
        return (PyList) o;
    }

    /** list.sort: stable; the list appears empty while sorting (CPython raises if it was modified). */
    static void sort(ThreadState ts, PyList l, PyObject key, boolean reverse) {
        PyObject[] items = l.toArray();
        l.clear();
        try {
            ListSort.sort(ts, items, key == PyNone.NONE ? null : key, reverse);
        } finally {
            boolean modified = l.size != 0;
            l.setAll(items);
            if (modified) throw Errors.valueError("list modified during sort");
        }
    }

    static void extend(ThreadState ts, PyList l, PyObject x) {
        if (x instanceof PyList || x instanceof PyTuple) {
            PyObject[] a = Sequences.toArray(ts, x);
            for (PyObject o : a) l.append(o);
            return;
        }
        PyObject it = Ops.iter(ts, x);
        for (PyObject o; (o = Ops.next(ts, it)) != null; ) l.append(o);
    }

    static PyObject getItem(ThreadState ts, PyObject s, PyObject idx) {
        PyList l = list(s);
        if (idx instanceof PySlice) return new PyList(Sequences.slice(ts, l.items, l.size, (PySlice) idx));
        int i = Sequences.index(ts, idx, l.size, "list");
        if (i < 0) throw Errors.indexError("list index out of range");
        return l.items[i];
    }

    static void setItem(ThreadState ts, PyList l, PyObject idx, PyObject v) {
        if (idx instanceof PySlice) {
            setSlice(ts, l, (PySlice) idx, v);
            return;
        }
        int i = Sequences.index(ts, idx, l.size, "list");
        if (i < 0) throw Errors.indexError("list assignment index out of range");
        l.items[i] = v;
    }

    private static void setSlice(ThreadState ts, PyList l, PySlice s, PyObject v) {
        PyObject[] src = v == l ? l.toArray() : toArrayForSlice(ts, v);
        PySlice.Bounds b = s.indices(ts, l.size);
        if (b.step() == 1) {
            int lo = b.start();
            int hi = Math.max(lo, b.stop());
            PyObject[] a = l.items;
            PyObject[] out = new PyObject[l.size - (hi - lo) + src.length];
            System.arraycopy(a, 0, out, 0, lo);
            System.arraycopy(src, 0, out, lo, src.length);
            System.arraycopy(a, hi, out, lo + src.length, l.size - hi);
            l.setAll(out);
            return;
        }
        if (src.length != b.length()) {
            throw Errors.valueError("attempt to assign sequence of size " + src.length + " to extended slice of size "
                    + b.length());
        }
        for (int k = 0, i = b.start(); k < src.length; k++, i += b.step()) l.items[i] = src[k];
    }

    private static PyObject[] toArrayForSlice(ThreadState ts, PyObject v) {
        if (!(v instanceof PyList || v instanceof PyTuple) && Ops.lookupSpecial(v, "__iter__") == null
                && Ops.lookupSpecial(v, "__getitem__") == null) {
            throw Errors.typeError("can only assign an iterable");
        }
        return Sequences.toArray(ts, v);
    }

    static void delItem(ThreadState ts, PyList l, PyObject idx) {
        if (idx instanceof PySlice) {
            PySlice.Bounds b = ((PySlice) idx).indices(ts, l.size);
            if (b.length() == 0) return;
            boolean[] drop = new boolean[l.size];
            for (int k = 0, i = b.start(); k < b.length(); k++, i += b.step()) drop[i] = true;
            PyObject[] out = new PyObject[l.size - b.length()];
            for (int i = 0, j = 0; i < l.size; i++) if (!drop[i]) out[j++] = l.items[i];
            l.setAll(out);
            return;
        }
        int i = Sequences.index(ts, idx, l.size, "list");
        if (i < 0) throw Errors.indexError("list assignment index out of range");
        l.removeAt(i);
    }

    private static PyObject repr(ThreadState ts, PyObject s) {
        PyList l = list(s);
        if (l.size == 0) return new PyStr("[]");
        if (!ts.reprEnter(s)) return new PyStr("[...]");
        try {
            return new PyStr("[" + Sequences.reprItems(ts, l.items, l.size) + "]");
        } finally {
            ts.reprLeave(s);
        }
    }

    private static PyObject add(ThreadState ts, PyObject s, PyObject o) {
        if (!(o instanceof PyList)) return NI;
        PyList a = list(s);
        PyList b = list(o);
        PyObject[] r = Arrays.copyOf(a.items, a.size + b.size);
        System.arraycopy(b.items, 0, r, a.size, b.size);
        return new PyList(r);
    }

    private static PyObject mul(ThreadState ts, PyObject s, PyObject n) {
        if (!Sequences.repeatable(n)) return PySingleton.NOT_IMPLEMENTED;
        return new PyList(Sequences.repeat(list(s).items, list(s).size, Sequences.repeatCount(ts, n)));
    }
}
