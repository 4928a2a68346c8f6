package org.gilkit.runtime;

/**
 * A bound method ({@code a.f} where f is a Python function in a's class): calling it prepends
 * {@code self}. Created by the VM's PyFunction.__get__ and by classmethod.
 */
public final class PyMethod extends PyObject {
    public static final PyType TYPE = PyType.builtin("method", PyType.OBJECT, false);

    static {
        TYPE.define("__repr__", PyMethodDescr.noArgs(TYPE, "__repr__", (ts, s) -> new PyStr(((PyMethod) s).repr(ts))));
        TYPE.define("__func__", new PyGetSet(TYPE, "__func__", (ts, s) -> ((PyMethod) s).func, null));
        TYPE.define("__self__", new PyGetSet(TYPE, "__self__", (ts, s) -> ((PyMethod) s).self, null));
        TYPE.define("__eq__", PyMethodDescr.oneArg(TYPE, "__eq__", (ts, s, o) -> o instanceof PyMethod ? PyBool.of(s.equals(o)) : Ops.NI));
        TYPE.define("__hash__", PyMethodDescr.noArgs(TYPE, "__hash__", (ts, s) -> PyInt.of(s.hashCode())));
        TYPE.define("__getattribute__", PyMethodDescr.oneArg(TYPE, "__getattribute__", (ts, s, n) -> {
            String name = ObjectMethods.attrName(n);
            PyObject r = Attributes.genericGetattr(ts, s, name);
            if (r == null) r = Ops.getattrOrNull(ts, ((PyMethod) s).func, name);
            if (r == null) throw Errors.noAttribute(s, name);
            return r;
        }));
    }

    private final PyObject func;
    private final PyObject self;

    public PyMethod(PyObject func, PyObject self) {
        this.func = func;
        this.self = self;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** {@code __func__}. */
    public PyObject func() {
        return func;
    }

    /** {@code __self__}. */
    public PyObject self() {
        return self;
    }

    @Override
    public PyObject call(ThreadState ts, PyObject[] args, String[] kwnames) {
        if (func instanceof MethodDescriptor) return ((MethodDescriptor) func).callBound(ts, self, args, kwnames);
        PyObject[] all = new PyObject[args.length + 1];
        all[0] = self;
        System.arraycopy(args, 0, all, 1, args.length);
        return func.call(ts, all, kwnames);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof PyMethod)) return false;
        PyMethod m = (PyMethod) o;
        return self == m.self && func.equals(m.func);
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(self) * 31 + func.hashCode();
    }

    String repr(ThreadState ts) {
        PyObject qn = Ops.getattrOrNull(ts, func, "__qualname__");
        String name = qn instanceof PyStr ? ((PyStr) qn).value() : "?";
        return "<bound method " + name + " of " + Ops.repr(ts, self) + ">";
    }
}
