package org.gilkit.modules;

import org.gilkit.runtime.ArgParser;
import org.gilkit.runtime.Errors;
import org.gilkit.runtime.Ops;
import org.gilkit.runtime.PyBool;
import org.gilkit.runtime.PyInt;
import org.gilkit.runtime.PyIter;
import org.gilkit.runtime.PyMethodDescr;
import org.gilkit.runtime.PyNone;
import org.gilkit.runtime.PyObject;
import org.gilkit.runtime.PySingleton;
import org.gilkit.runtime.PyStr;
import org.gilkit.runtime.PyType;
import org.gilkit.runtime.ThreadState;

/**
 * {@code collections.deque}: a double-ended queue on a circular array, with an optional
 * {@code maxlen} (appending to a full deque drops from the other end). All of CPython's methods,
 * its error texts, repr {@code deque([1, 2], maxlen=2)}, sequence comparisons, and iterators
 * that raise "deque mutated during iteration". Operations are atomic under the GIL (queue and
 * SimpleQueue rely on append/popleft being so). Not subclassable (a documented gilkit limit).
 */
final class DequeObject extends PyObject {
    static final PyType TYPE = PyType.builtin("deque", PyType.OBJECT, false);
    private static final PyType ITER = PyIter.iterType("_collections._deque_iterator");
    private static final PyType REV_ITER = PyIter.iterType("_collections._deque_reverse_iterator");
    private static final ArgParser NEW = ArgParser.of("deque", 0, "iterable", "maxlen");

    private PyObject[] buf = new PyObject[8];
    private int head;
    private int size;
    /** -1 when unbounded. */
    private final int maxlen;
    /** Bumped by every mutation; iterators compare it. */
    private long state;

    DequeObject(int maxlen) {
        this.maxlen = maxlen;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    static {
        TYPE.defineNew((ts, cls, args, kw) -> {
            PyObject[] a = NEW.parse(args, kw);
            int max = -1;
            if (a[1] != null && a[1] != PyNone.NONE) {
                long m = Ops.index(ts, a[1]).asLong();
                if (m < 0) throw Errors.valueError("maxlen must be non-negative");
                max = (int) Math.min(m, Integer.MAX_VALUE);
            }
            DequeObject d = new DequeObject(max);
            if (a[0] != null) d.extend(ts, a[0]);
            return d;
        });
        TYPE.define("__hash__", PyNone.NONE);
        def("append", (ts, d, x) -> d.append(x));
        def("appendleft", (ts, d, x) -> d.appendLeft(x));
        def("extend", (ts, d, x) -> d.extend(ts, x));
        def("extendleft", (ts, d, x) -> d.extendLeft(ts, x));
        def0("pop", (ts, d) -> d.pop());
        def0("popleft", (ts, d) -> d.popLeft());
        def0("clear", (ts, d) -> d.clear());
        def0("copy", (ts, d) -> d.copy());
        def0("__copy__", (ts, d) -> d.copy());
        def0("reverse", (ts, d) -> d.reverse());
        def0("__len__", (ts, d) -> PyInt.of(d.size));
        def0("__bool__", (ts, d) -> PyBool.of(d.size > 0));
        def0("__iter__", (ts, d) -> new It(d, false));
        def0("__reversed__", (ts, d) -> new It(d, true));
        def0("__repr__", (ts, d) -> new PyStr(d.repr(ts)));
        def("count", (ts, d, x) -> PyInt.of(d.count(ts, x)));
        def("remove", (ts, d, x) -> d.remove(ts, x));
        def("__contains__", (ts, d, x) -> PyBool.of(d.indexOf(ts, x, 0, d.size) >= 0));
        def("__getitem__", (ts, d, i) -> d.get(d.checkIndex(ts, i)));
        def("__delitem__", (ts, d, i) -> d.delete(d.checkIndex(ts, i)));
        def("__iadd__", (ts, d, x) -> {
            d.extend(ts, x);
            return d;
        });
        def("__add__", (ts, d, x) -> {
            if (!(x instanceof DequeObject)) {
                throw Errors.typeError("can only concatenate deque (not \"" + x.type().name() + "\") to deque");
            }
            DequeObject r = d.copy();
            r.extend(ts, x);
            return r;
        });
        def("__mul__", (ts, d, n) -> d.copy().imul(ts, n));
        def("__rmul__", (ts, d, n) -> d.copy().imul(ts, n));
        def("__imul__", (ts, d, n) -> d.imul(ts, n));
        TYPE.define("__setitem__", PyMethodDescr.twoArgs(TYPE, "__setitem__", (ts, s, i, v) -> {
            DequeObject d = (DequeObject) s;
            d.buf[d.slot(d.checkIndex(ts, i))] = v;
            return PyNone.NONE;
        }));
        TYPE.define("rotate", PyMethodDescr.positional(TYPE, "rotate", 0, 1, (ts, s, a) ->
                ((DequeObject) s).rotate(a.length == 0 ? 1 : Ops.index(ts, a[0]).asLong())));
        TYPE.define("index", PyMethodDescr.positional(TYPE, "index", 1, 3, (ts, s, a) -> ((DequeObject) s).index(ts, a)));
        TYPE.define("insert", PyMethodDescr.twoArgs(TYPE, "insert", (ts, s, i, x) ->
                ((DequeObject) s).insert(Ops.index(ts, i).asLong(), x)));
        TYPE.define("maxlen", new org.gilkit.runtime.PyGetSet(TYPE, "maxlen", (ts, s) -> {
            int m = ((DequeObject) s).maxlen;
            return m < 0 ? PyNone.NONE : PyInt.of(m);
        }, null));
        for (Ops.Cmp op : Ops.Cmp.values()) {
            def(op.dunder, (ts, d, o) -> d.compare(ts, o, op));
        }
    }

    private interface D0 {
        PyObject call(ThreadState ts, DequeObject d);
    }

    private interface D1 {
        PyObject call(ThreadState ts, DequeObject d, PyObject x);
    }

    private static void def0(String name, D0 f) {
        TYPE.define(name, PyMethodDescr.noArgs(TYPE, name, (ts, s) -> f.call(ts, (DequeObject) s)));
    }

    private static void def(String name, D1 f) {
        TYPE.define(name, PyMethodDescr.oneArg(TYPE, name, (ts, s, x) -> f.call(ts, (DequeObject) s, x)));
    }

    // ------------------------------------------------------------------ storage

    private int slot(int i) {
        int j = head + i;
        return j >= buf.length ? j - buf.length : j;
    }

    PyObject get(int i) {
        return buf[slot(i)];
    }

    int size() {
        return size;
    }

    private void grow() {
        if (size < buf.length) return;
        PyObject[] n = new PyObject[buf.length * 2];
        for (int i = 0; i < size; i++) n[i] = get(i);
        buf = n;
        head = 0;
    }

    PyObject append(PyObject x) {
        state++;
        if (maxlen == 0) return PyNone.NONE;
        if (size == maxlen) popLeft();
        grow();
        buf[slot(size)] = x;
        size++;
        return PyNone.NONE;
    }

    PyObject appendLeft(PyObject x) {
        state++;
        if (maxlen == 0) return PyNone.NONE;
        if (size == maxlen) pop();
        grow();
        head = head == 0 ? buf.length - 1 : head - 1;
        buf[head] = x;
        size++;
        return PyNone.NONE;
    }

    PyObject pop() {
        if (size == 0) throw Errors.indexError("pop from an empty deque");
        state++;
        int s = slot(size - 1);
        PyObject v = buf[s];
        buf[s] = null;
        size--;
        return v;
    }

    PyObject popLeft() {
        if (size == 0) throw Errors.indexError("pop from an empty deque");
        state++;
        PyObject v = buf[head];
        buf[head] = null;
        head = head + 1 == buf.length ? 0 : head + 1;
        size--;
        return v;
    }

    private PyObject[] items() {
        PyObject[] a = new PyObject[size];
        for (int i = 0; i < size; i++) a[i] = get(i);
        return a;
    }

    private void setItems(PyObject[] a) {
        buf = new PyObject[Math.max(8, a.length)];
        System.arraycopy(a, 0, buf, 0, a.length);
        head = 0;
        size = a.length;
        state++;
    }

    PyObject extend(ThreadState ts, PyObject iterable) {
        if (iterable == this) iterable = copy();
        PyObject it = Ops.iter(ts, iterable);
        for (PyObject x = Ops.next(ts, it); x != null; x = Ops.next(ts, it)) append(x);
        return PyNone.NONE;
    }

    private PyObject extendLeft(ThreadState ts, PyObject iterable) {
        if (iterable == this) iterable = copy();
        PyObject it = Ops.iter(ts, iterable);
        for (PyObject x = Ops.next(ts, it); x != null; x = Ops.next(ts, it)) appendLeft(x);
        return PyNone.NONE;
    }

    private PyObject clear() {
        buf = new PyObject[8];
        head = 0;
        size = 0;
        state++;
        return PyNone.NONE;
    }

    DequeObject copy() {
        DequeObject d = new DequeObject(maxlen);
        d.setItems(items());
        return d;
    }

    private PyObject reverse() {
        PyObject[] a = items();
        for (int i = 0, j = a.length - 1; i < j; i++, j--) {
            PyObject t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
        setItems(a);
        return PyNone.NONE;
    }

    private PyObject rotate(long n) {
        if (size <= 1) return PyNone.NONE;
        int k = (int) Math.floorMod(n, (long) size);
        if (k == 0) return PyNone.NONE;
        PyObject[] a = items();
        PyObject[] r = new PyObject[size];
        for (int i = 0; i < size; i++) r[(i + k) % size] = a[i];
        setItems(r);
        return PyNone.NONE;
    }

    private DequeObject imul(ThreadState ts, PyObject n) {
        long k = Ops.index(ts, n).asLong();
        PyObject[] a = items();
        if (k <= 0) {
            clear();
            return this;
        }
        for (long r = 1; r < k; r++) {
            for (PyObject x : a) append(x);
            if (maxlen >= 0 && r * a.length > maxlen) break;
        }
        return this;
    }

    private int checkIndex(ThreadState ts, PyObject idx) {
        if (idx instanceof org.gilkit.runtime.PySlice) {
            throw Errors.typeError("sequence index must be integer, not 'slice'");
        }
        long i = Ops.index(ts, idx).asLong();
        if (i < 0) i += size;
        if (i < 0 || i >= size) throw Errors.indexError("deque index out of range");
        return (int) i;
    }

    private PyObject delete(int i) {
        PyObject[] a = items();
        PyObject[] r = new PyObject[size - 1];
        System.arraycopy(a, 0, r, 0, i);
        System.arraycopy(a, i + 1, r, i, size - i - 1);
        setItems(r);
        return PyNone.NONE;
    }

    private PyObject insert(long index, PyObject x) {
        if (size == maxlen) throw Errors.indexError("deque already at its maximum size");
        long i = index < 0 ? Math.max(0, index + size) : Math.min(index, size);
        PyObject[] a = items();
        PyObject[] r = new PyObject[size + 1];
        System.arraycopy(a, 0, r, 0, (int) i);
        r[(int) i] = x;
        System.arraycopy(a, (int) i, r, (int) i + 1, size - (int) i);
        setItems(r);
        return PyNone.NONE;
    }

    private int indexOf(ThreadState ts, PyObject x, int from, int to) {
        long st = state;
        for (int i = from; i < to && i < size; i++) {
            PyObject v = get(i);
            boolean eq = v == x || Ops.eqBool(ts, v, x);
            if (st != state) throw Errors.runtimeError("deque mutated during iteration");
            if (eq) return i;
        }
        return -1;
    }

    private int count(ThreadState ts, PyObject x) {
        int n = 0;
        long st = state;
        for (int i = 0; i < size; i++) {
            PyObject v = get(i);
            if (v == x || Ops.eqBool(ts, v, x)) n++;
            if (st != state) throw Errors.runtimeError("deque mutated during iteration");
        }
        return n;
    }

    private PyObject remove(ThreadState ts, PyObject x) {
        int i = indexOf(ts, x, 0, size);
        if (i < 0) throw Errors.valueError(Ops.repr(ts, x) + " is not in deque");
        return delete(i);
    }

    private PyObject index(ThreadState ts, PyObject[] a) {
        int from = a.length > 1 ? clampIndex(Ops.index(ts, a[1]).asLong()) : 0;
        int to = a.length > 2 ? clampIndex(Ops.index(ts, a[2]).asLong()) : size;
        int i = indexOf(ts, a[0], from, to);
        if (i < 0) throw Errors.valueError(Ops.repr(ts, a[0]) + " is not in deque");
        return PyInt.of(i);
    }

    private int clampIndex(long i) {
        if (i < 0) i = Math.max(0, i + size);
        return (int) Math.min(i, size);
    }

    private String repr(ThreadState ts) {
        if (!ts.reprEnter(this)) return "[...]";
        try {
            StringBuilder b = new StringBuilder("deque([");
            PyObject[] a = items();
            for (int i = 0; i < a.length; i++) {
                if (i > 0) b.append(", ");
                b.append(Ops.repr(ts, a[i]));
            }
            b.append(']');
            if (maxlen >= 0) b.append(", maxlen=").append(maxlen);
            return b.append(')').toString();
        } finally {
            ts.reprLeave(this);
        }
    }

    private PyObject compare(ThreadState ts, PyObject o, Ops.Cmp op) {
        if (!(o instanceof DequeObject other)) return PySingleton.NOT_IMPLEMENTED;
        PyObject[] a = items();
        PyObject[] b = other.items();
        if (a.length != b.length && (op == Ops.Cmp.EQ || op == Ops.Cmp.NE)) return PyBool.of(op == Ops.Cmp.NE);
        int i = 0;
        for (; i < a.length && i < b.length; i++) {
            if (a[i] != b[i] && !Ops.eqBool(ts, a[i], b[i])) break;
        }
        if (i >= a.length || i >= b.length) return PyBool.of(op.test(Integer.compare(a.length, b.length)));
        if (op == Ops.Cmp.EQ) return PyBool.FALSE;
        if (op == Ops.Cmp.NE) return PyBool.TRUE;
        return Ops.compare(ts, a[i], b[i], op);
    }

    /** Forward or reverse iterator; fails if the deque changes under it. */
    private static final class It extends PyIter {
        private final DequeObject d;
        private final boolean reverse;
        private final long state;
        private int i;

        It(DequeObject d, boolean reverse) {
            this.d = d;
            this.reverse = reverse;
            this.state = d.state;
        }

        @Override
        public PyType type() {
            return reverse ? REV_ITER : ITER;
        }

        @Override
        public PyObject next(ThreadState ts) {
            if (d.state != state) throw Errors.runtimeError("deque mutated during iteration");
            if (i >= d.size) return null;
            PyObject v = reverse ? d.get(d.size - 1 - i) : d.get(i);
            i++;
            return v;
        }
    }
}
