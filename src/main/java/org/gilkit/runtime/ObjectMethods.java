package org.gilkit.runtime;

import java.util.TreeSet;

/**
 * The methods of {@code object}, the root of every class: construction ({@code __new__},
 * {@code __init__} with CPython's excess-argument rules), the default {@code __repr__},
 * {@code __str__}, {@code __eq__}/{@code __ne__}, {@code __hash__}, attribute access,
 * {@code __format__}, {@code __class__}, {@code __dict__}, {@code __dir__}. The static fields let
 * {@link Ops} recognise the defaults by identity and skip them.
 */
final class ObjectMethods {
    private ObjectMethods() {}

    static PyObject INIT;
    static PyObject NEW;
    static PyObject HASH;
    static PyObject SETATTR;
    static PyObject DELATTR;
    static PyObject GETATTRIBUTE;
    static PyObject EQ;

    static void install(PyType t) {
        t.defineNew(ObjectMethods::newObject);
        NEW = t.typeDict().get("__new__");
        INIT = def(t, PyMethodDescr.withKeywords(t, "__init__", ObjectMethods::init));
        def(t, PyMethodDescr.noArgs(t, "__repr__", (ts, s) -> new PyStr(defaultRepr(ts, s))));
        def(t, PyMethodDescr.noArgs(t, "__str__", (ts, s) -> Ops.callDescriptor(ts, s.type().lookup("__repr__"), s)));
        EQ = def(t, PyMethodDescr.oneArg(t, "__eq__", (ts, s, o) -> s == o ? PyBool.TRUE : Ops.NI));
        def(t, PyMethodDescr.oneArg(t, "__ne__", ObjectMethods::ne));
        for (String c : new String[] {"__lt__", "__le__", "__gt__", "__ge__"}) {
            def(t, PyMethodDescr.oneArg(t, c, (ts, s, o) -> Ops.NI));
        }
        HASH = def(t, PyMethodDescr.noArgs(t, "__hash__", (ts, s) -> PyInt.of(Ops.identityHash(s))));
        GETATTRIBUTE = def(t, PyMethodDescr.oneArg(t, "__getattribute__", (ts, s, n) -> {
            String name = attrName(n);
            PyObject r = s instanceof PyType ? Attributes.typeGetattr(ts, (PyType) s, name) : Attributes.genericGetattr(ts, s, name);
            if (r == null) throw Errors.noAttribute(s, name);
            return r;
        }));
        SETATTR = def(t, PyMethodDescr.twoArgs(t, "__setattr__", (ts, s, n, v) -> {
            Attributes.genericSetattr(ts, s, attrName(n), v);
            return PyNone.NONE;
        }));
        DELATTR = def(t, PyMethodDescr.oneArg(t, "__delattr__", (ts, s, n) -> {
            Attributes.genericSetattr(ts, s, attrName(n), null);
            return PyNone.NONE;
        }));
        def(t, PyMethodDescr.oneArg(t, "__format__", Formatting::formatObject));
        def(t, PyMethodDescr.noArgs(t, "__dir__", (ts, s) -> dir(ts, s)));
        def(t, PyMethodDescr.noArgs(t, "__reduce__", (ts, s) -> {
            throw Errors.typeError("cannot pickle '" + s.type().name() + "' object");
        }));
        t.define("__init_subclass__", new PyClassMethod(new PyBuiltinFunction("__init_subclass__", null, (ts, self, a, kw) -> {
            if (ArgParser.hasKw(kw)) throw Errors.typeError(((PyType) a[0]).name() + ".__init_subclass__() takes no keyword arguments");
            return PyNone.NONE;
        }, t)));
        t.define("__subclasshook__", new PyClassMethod(new PyBuiltinFunction("__subclasshook__", null, (ts, self, a, kw) -> Ops.NI, t)));
        t.define("__class__", new PyGetSet(t, "__class__", (ts, s) -> s.type(), ObjectMethods::setClass));
        t.define("__doc__", new PyStr("The base class of the class hierarchy."));
    }

    private static PyObject def(PyType t, PyMethodDescr m) {
        t.define(m.name(), m);
        return m;
    }

    static String attrName(PyObject n) {
        if (!(n instanceof PyStr)) throw Errors.typeError("attribute name must be string, not '" + n.type().name() + "'");
        return ((PyStr) n).value;
    }

    /** "<__main__.A object at 0x7f...>". */
    static String defaultRepr(ThreadState ts, PyObject s) {
        PyType t = s.type();
        String mod = t.module();
        String name = "builtins".equals(mod) ? t.qualname() : mod + "." + t.qualname();
        return "<" + name + " object at " + Ops.hexId(ts, s) + ">";
    }

    private static PyObject ne(ThreadState ts, PyObject s, PyObject o) {
        PyObject eq = s.type().lookup("__eq__");
        PyObject r = Ops.callDescriptor(ts, eq, s, o);
        if (r == Ops.NI) return r;
        return PyBool.of(!Ops.isTrue(ts, r));
    }

    /** object.__new__(cls): a plain instance; refuses classes that need another layout. */
    static PyObject newObject(ThreadState ts, PyType cls, PyObject[] args, String[] kw) {
        if (cls.solidBase() != PyType.OBJECT || cls.isBuiltin() && cls != PyType.OBJECT) {
            PyType base = cls;
            for (PyType m : cls.mro()) {
                if (m.isBuiltin()) {
                    base = m;
                    break;
                }
            }
            throw Errors.typeError("object.__new__(" + cls.name() + ") is not safe, use " + base.name() + ".__new__()");
        }
        if (args.length > 0) {
            if (cls.lookup("__new__") != NEW) {
                throw Errors.typeError("object.__new__() takes exactly one argument (the type to instantiate)");
            }
            if (cls.lookup("__init__") == INIT) throw Errors.typeError(cls.name() + "() takes no arguments");
        }
        return cls == PyType.OBJECT ? new PyInstance(PyType.OBJECT) : new PyInstance(cls);
    }

    private static PyObject init(ThreadState ts, PyObject self, PyObject[] args, String[] kw) {
        if (args.length > 0) {
            PyType t = self.type();
            if (t.lookup("__init__") != INIT) {
                throw Errors.typeError("object.__init__() takes exactly one argument (the instance to initialize)");
            }
            if (t.lookup("__new__") == NEW) {
                throw Errors.typeError(t.name() + ".__init__() takes exactly one argument (the instance to initialize)");
            }
        }
        return PyNone.NONE;
    }

    private static void setClass(ThreadState ts, PyObject self, PyObject value) {
        if (value == null) throw Errors.typeError("can't delete __class__ attribute");
        if (!(value instanceof PyType)) {
            throw Errors.typeError("__class__ must be set to a class, not '" + value.type().name() + "' object");
        }
        PyType nt = (PyType) value;
        if (!(self instanceof PyInstance) || nt.isBuiltin() || nt.solidBase() != self.type().solidBase()) {
            throw Errors.typeError("__class__ assignment only supported for mutable types or ModuleType subclasses");
        }
        ((PyInstance) self).setType(nt);
    }

    /** The default __dir__: instance dict keys plus every attribute along the MRO. */
    static PyObject dir(ThreadState ts, PyObject s) {
        TreeSet<String> names = new TreeSet<>();
        PyDict d = s.dict();
        if (d != null) for (PyObject k : d.keyList()) if (k instanceof PyStr) names.add(((PyStr) k).value);
        PyType t = s instanceof PyType ? (PyType) s : s.type();
        for (PyType m : t.mro()) names.addAll(m.typeDict().keySet());
        if (s instanceof PyType) names.removeIf(n -> false);
        PyList out = new PyList();
        for (String n : names) out.append(new PyStr(n));
        return out;
    }
}
