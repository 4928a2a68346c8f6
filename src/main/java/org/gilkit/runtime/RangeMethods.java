package org.gilkit.runtime;

import java.math.BigInteger;

/** The Python-visible methods of range. */
final class RangeMethods {
    private RangeMethods() {}

    static void install(PyType t) {
        t.defineNew((ts, cls, a, kw) -> {
            ArgParser.noKeywords("range", kw);
            ArgParser.checkPositional("range", a.length, 1, 3);
            if (a.length == 1) return new PyRange(PyInt.ZERO, Ops.index(ts, a[0]), PyInt.ONE);
            return new PyRange(Ops.index(ts, a[0]), Ops.index(ts, a[1]), a.length == 3 ? Ops.index(ts, a[2]) : PyInt.ONE);
        });
        t.define("__len__", PyMethodDescr.noArgs(t, "__len__", (ts, s) -> PyInt.of(r(s).length())));
        t.define("__bool__", PyMethodDescr.noArgs(t, "__bool__", (ts, s) -> PyBool.of(r(s).length.signum() != 0)));
        t.define("__iter__", PyMethodDescr.noArgs(t, "__iter__", (ts, s) -> r(s).iterator()));
        t.define("__reversed__", PyMethodDescr.noArgs(t, "__reversed__", (ts, s) -> r(s).reversedIterator()));
        t.define("__getitem__", PyMethodDescr.oneArg(t, "__getitem__", RangeMethods::getItem));
        t.define("__contains__", PyMethodDescr.oneArg(t, "__contains__", (ts, s, x) -> PyBool.of(contains(ts, r(s), x))));
        t.define("__repr__", PyMethodDescr.noArgs(t, "__repr__", (ts, s) -> new PyStr(repr(r(s)))));
        t.define("__hash__", PyMethodDescr.noArgs(t, "__hash__", (ts, s) -> PyInt.of(r(s).pyHash(ts))));
        t.define("__eq__", PyMethodDescr.oneArg(t, "__eq__", (ts, s, o) -> o instanceof PyRange ? PyBool.of(s.equals(o)) : Ops.NI));
        t.define("__ne__", PyMethodDescr.oneArg(t, "__ne__", (ts, s, o) -> o instanceof PyRange ? PyBool.of(!s.equals(o)) : Ops.NI));
        t.define("count", PyMethodDescr.oneArg(t, "count", (ts, s, x) -> {
            if (x.getClass() == PyInt.class || x instanceof PyBool) return PyInt.of(r(s).containsInt((PyInt) x) ? 1 : 0);
            int n = 0;
            PyIter it = r(s).iterator();
            for (PyObject v; (v = it.next(ts)) != null; ) if (Ops.eqBool(ts, v, x)) n++;
            return PyInt.of(n);
        }));
        t.define("index", PyMethodDescr.oneArg(t, "index", (ts, s, x) -> {
            PyRange rg = r(s);
            if (x instanceof PyInt && rg.containsInt((PyInt) x)) {
                return PyInt.of(((PyInt) x).bigValue().subtract(rg.start.bigValue()).divide(rg.step.bigValue()));
            }
            throw Errors.valueError(Ops.repr(ts, x) + " is not in range");
        }));
        t.define("start", new PyGetSet(t, "start", (ts, s) -> r(s).start, null));
        t.define("stop", new PyGetSet(t, "stop", (ts, s) -> r(s).stop, null));
        t.define("step", new PyGetSet(t, "step", (ts, s) -> r(s).step, null));
    }

    static PyRange r(PyObject o) {
        return (PyRange) o;
    }

    static String repr(PyRange r) {
        String s = "range(" + r.start.toDecimal() + ", " + r.stop.toDecimal();
        return r.step.signum() > 0 && !r.step.isBig() && r.step.longValue() == 1 ? s + ")" : s + ", " + r.step.toDecimal() + ")";
    }

    private static boolean contains(ThreadState ts, PyRange r, PyObject x) {
        if (x.getClass() == PyInt.class || x instanceof PyBool) return r.containsInt((PyInt) x);
        PyIter it = r.iterator();
        for (PyObject v; (v = it.next(ts)) != null; ) if (Ops.eqBool(ts, v, x)) return true;
        return false;
    }

    private static PyObject getItem(ThreadState ts, PyObject s, PyObject idx) {
        PyRange rg = r(s);
        if (idx instanceof PySlice) return slice(ts, rg, (PySlice) idx);
        if (!(idx instanceof PyInt) && Ops.lookupSpecial(idx, "__index__") == null) {
            throw Errors.typeError("range indices must be integers or slices, not " + idx.type().name());
        }
        BigInteger i = Ops.index(ts, idx).bigValue();
        if (i.signum() < 0) i = i.add(rg.length);
        if (i.signum() < 0 || i.compareTo(rg.length) >= 0) throw Errors.indexError("range object index out of range");
        return rg.item(i);
    }

    private static PyObject slice(ThreadState ts, PyRange rg, PySlice sl) {
        PySlice.Bounds b = sl.indices(ts, rg.length());
        BigInteger st = rg.step.bigValue();
        BigInteger start = rg.start.bigValue().add(st.multiply(BigInteger.valueOf(b.start())));
        BigInteger stop = rg.start.bigValue().add(st.multiply(BigInteger.valueOf(b.stop())));
        BigInteger step = st.multiply(BigInteger.valueOf(b.step()));
        return new PyRange(PyInt.of(start), PyInt.of(stop), PyInt.of(step));
    }
}
