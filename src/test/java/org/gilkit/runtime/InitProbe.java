package org.gilkit.runtime;

/** Exercises a cross-section of the built-in types (used by ClassInitOrderTest inside a fresh class loader). */
public final class InitProbe {
    static final String EXPECTED = "[1, 'a', 2.5, (None,), {3: b'x'}, {4}, range(0, 2), True] 7 KeyError('k')";

    private InitProbe() {}

    public static String run(ThreadState ts) {
        PyDict d = new PyDict();
        d.put(ts, PyInt.of(3), new PyBytes(new byte[] {'x'}));
        PySet s = new PySet(false);
        s.add(ts, PyInt.of(4));
        PyList l = PyList.of(PyInt.of(1), new PyStr("a"), new PyFloat(2.5), PyTuple.of(PyNone.NONE), d, s,
                new PyRange(0, 2, 1), PyBool.TRUE);
        PyObject sum = Ops.add(ts, PyInt.of(3), PyInt.of(4));
        String err;
        try {
            Ops.getItem(ts, new PyDict(), new PyStr("k"));
            err = "no error";
        } catch (PyException e) {
            err = Ops.repr(ts, e.value());
        }
        return Ops.repr(ts, l) + " " + Ops.str(ts, sum) + " " + err;
    }
}
