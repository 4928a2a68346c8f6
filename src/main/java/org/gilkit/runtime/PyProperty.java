package org.gilkit.runtime;

/**
 * {@code property(fget, fset, fdel, doc)}: a data descriptor calling Python accessors, with
 * CPython 3.11's errors ("property 'x' of 'A' object has no setter").
 */
public final class PyProperty extends PyObject implements DataDescriptor {
    public static final PyType TYPE = PyType.builtin("property", PyType.OBJECT, true);

    static {
        PropertyMethods.install(TYPE);
    }

    final PyObject fget;
    final PyObject fset;
    final PyObject fdel;
    final PyObject doc;
    /** The attribute name, learned from __set_name__ (for error messages), or null. */
    String name;

    public PyProperty(PyObject fget, PyObject fset, PyObject fdel, PyObject doc) {
        this.fget = none(fget);
        this.fset = none(fset);
        this.fdel = none(fdel);
        PyObject d = none(doc);
        if (d == null && this.fget != null) {
            ThreadState ts = ThreadState.currentOrNull();
            if (ts != null) d = Ops.getattrOrNull(ts, this.fget, "__doc__");
        }
        this.doc = d;
    }

    private static PyObject none(PyObject o) {
        return o == null || o == PyNone.NONE ? null : o;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyObject get(ThreadState ts, PyObject obj, PyType owner) {
        if (obj == null) return this;
        if (fget == null) throw Errors.attributeError(prefix(ts, obj) + " has no getter");
        return Ops.call(ts, fget, obj);
    }

    @Override
    public void set(ThreadState ts, PyObject obj, PyObject value) {
        if (fset == null) throw Errors.attributeError(prefix(ts, obj) + " has no setter");
        Ops.call(ts, fset, obj, value);
    }

    @Override
    public void delete(ThreadState ts, PyObject obj) {
        if (fdel == null) throw Errors.attributeError(prefix(ts, obj) + " has no deleter");
        Ops.call(ts, fdel, obj);
    }

    private String prefix(ThreadState ts, PyObject obj) {
        String n = name;
        if (n == null && fget != null) {
            PyObject o = Ops.getattrOrNull(ts, fget, "__name__");
            if (o instanceof PyStr) n = ((PyStr) o).value();
        }
        return n == null ? "property of '" + obj.type().name() + "' object"
                : "property '" + n + "' of '" + obj.type().name() + "' object";
    }

    /** A copy with one accessor replaced (property.getter/setter/deleter). */
    PyProperty with(PyObject g, PyObject s, PyObject d) {
        PyProperty p = new PyProperty(g, s, d, doc);
        p.name = name;
        return p;
    }
}
