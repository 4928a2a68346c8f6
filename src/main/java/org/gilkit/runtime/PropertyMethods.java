package org.gilkit.runtime;

/** property's constructor and its getter/setter/deleter decorators and attributes. */
final class PropertyMethods {
    private PropertyMethods() {}

    private static final ArgParser NEW = ArgParser.of("property", 0, "fget", "fset", "fdel", "doc");

    static void install(PyType t) {
        t.defineNew((ts, cls, a, kw) -> {
            PyObject[] p = NEW.parse(a, kw);
            return new PyProperty(p[0], p[1], p[2], p[3]);
        });
        t.define("getter", PyMethodDescr.oneArg(t, "getter", (ts, s, f) -> p(s).with(f, p(s).fset, p(s).fdel)));
        t.define("setter", PyMethodDescr.oneArg(t, "setter", (ts, s, f) -> p(s).with(p(s).fget, f, p(s).fdel)));
        t.define("deleter", PyMethodDescr.oneArg(t, "deleter", (ts, s, f) -> p(s).with(p(s).fget, p(s).fset, f)));
        t.define("fget", new PyGetSet(t, "fget", (ts, s) -> orNone(p(s).fget), null));
        t.define("fset", new PyGetSet(t, "fset", (ts, s) -> orNone(p(s).fset), null));
        t.define("fdel", new PyGetSet(t, "fdel", (ts, s) -> orNone(p(s).fdel), null));
        t.define("__doc__", new PyGetSet(t, "__doc__", (ts, s) -> orNone(p(s).doc), null));
        t.define("__get__", PyMethodDescr.positional(t, "__get__", 1, 2, (ts, s, a) -> p(s).get(ts,
                a[0] == PyNone.NONE ? null : a[0], a.length > 1 && a[1] instanceof PyType ? (PyType) a[1] : null)));
        t.define("__set__", PyMethodDescr.twoArgs(t, "__set__", (ts, s, o, v) -> {
            p(s).set(ts, o, v);
            return PyNone.NONE;
        }));
        t.define("__delete__", PyMethodDescr.oneArg(t, "__delete__", (ts, s, o) -> {
            p(s).delete(ts, o);
            return PyNone.NONE;
        }));
        t.define("__set_name__", PyMethodDescr.twoArgs(t, "__set_name__", (ts, s, owner, name) -> {
            if (name instanceof PyStr) p(s).name = ((PyStr) name).value();
            return PyNone.NONE;
        }));
    }

    private static PyProperty p(PyObject o) {
        return (PyProperty) o;
    }

    private static PyObject orNone(PyObject o) {
        return o == null ? PyNone.NONE : o;
    }
}
