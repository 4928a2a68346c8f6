package org.gilkit.runtime;

/** A read-only view of a mapping ({@code A.__dict__}): reads delegate, writes are refused. */
public final class PyMappingProxy extends PyObject {
    public static final PyType TYPE = PyType.builtin("mappingproxy", PyType.OBJECT, false);

    static {
        TYPE.define("__getitem__", PyMethodDescr.oneArg(TYPE, "__getitem__", (ts, s, k) -> Ops.getItem(ts, m(s), k)));
        TYPE.define("__len__", PyMethodDescr.noArgs(TYPE, "__len__", (ts, s) -> PyInt.of(Ops.len(ts, m(s)))));
        TYPE.define("__iter__", PyMethodDescr.noArgs(TYPE, "__iter__", (ts, s) -> Ops.iter(ts, m(s))));
        TYPE.define("__contains__", PyMethodDescr.oneArg(TYPE, "__contains__", (ts, s, k) -> PyBool.of(Ops.contains(ts, m(s), k))));
        TYPE.define("__repr__", PyMethodDescr.noArgs(TYPE, "__repr__", (ts, s) -> new PyStr("mappingproxy(" + Ops.repr(ts, m(s)) + ")")));
        for (String name : new String[] {"keys", "values", "items", "copy"}) {
            TYPE.define(name, PyMethodDescr.noArgs(TYPE, name, (ts, s) -> Ops.callMethod(ts, m(s), name)));
        }
        TYPE.define("get", PyMethodDescr.positional(TYPE, "get", 1, 2, (ts, s, a) -> Ops.callMethod(ts, m(s), "get", a)));
    }

    private final PyObject mapping;

    public PyMappingProxy(PyObject mapping) {
        this.mapping = mapping;
    }

    private static PyObject m(PyObject s) {
        return ((PyMappingProxy) s).mapping;
    }

    @Override
    public PyType type() {
        return TYPE;
    }
}
