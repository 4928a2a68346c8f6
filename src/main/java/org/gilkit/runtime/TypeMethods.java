package org.gilkit.runtime;

/**
 * The methods and attributes of {@code type}, the metaclass of every class: calling a class
 * ({@link #callType}), {@code type(x)}, {@code type(name, bases, dict)}, {@code __name__},
 * {@code __qualname__}, {@code __module__}, {@code __bases__}, {@code __mro__}, {@code __dict__},
 * {@code mro()}, {@code __subclasses__()}, {@code __instancecheck__}/{@code __subclasscheck__}.
 */
final class TypeMethods {
    private TypeMethods() {}

    static PyObject CALL;
    static PyObject SETATTR;
    static PyObject DELATTR;
    static PyObject INSTANCECHECK;
    static PyObject SUBCLASSCHECK;
    private static final ArgParser NEW_ARGS = new ArgParser("type.__new__", new String[] {"name", "bases", "dict"}, 3, 3, 3);

    static void install(PyType t) {
        PyGenericAlias.installClassGetItem(t);
        t.defineNew(TypeMethods::newType);
        t.define("__init__", PyMethodDescr.withKeywords(t, "__init__", (ts, s, a, kw) -> {
            int n = ArgParser.npos(a, kw);
            if (n != 1 && n != 3) throw Errors.typeError("type.__init__() takes 1 or 3 arguments");
            return PyNone.NONE;
        }));
        CALL = PyMethodDescr.withKeywords(t, "__call__", (ts, s, a, kw) -> callType(ts, (PyType) s, a, kw));
        t.define("__call__", CALL);
        t.define("__repr__", PyMethodDescr.noArgs(t, "__repr__", (ts, s) -> new PyStr(((PyType) s).repr())));
        t.define("__or__", PyMethodDescr.oneArg(t, "__or__", (ts, s, o) -> PyUnionType.or(s, o)));
        t.define("__ror__", PyMethodDescr.oneArg(t, "__ror__", (ts, s, o) -> PyUnionType.or(o, s)));
        t.define("__getattribute__", PyMethodDescr.oneArg(t, "__getattribute__", (ts, s, n) -> {
            String name = ObjectMethods.attrName(n);
            PyObject r = Attributes.typeGetattr(ts, (PyType) s, name);
            if (r == null) throw Errors.noAttribute(s, name);
            return r;
        }));
        SETATTR = PyMethodDescr.twoArgs(t, "__setattr__", (ts, s, n, v) -> {
            Attributes.typeSetattr(ts, (PyType) s, ObjectMethods.attrName(n), v);
            return PyNone.NONE;
        });
        t.define("__setattr__", SETATTR);
        DELATTR = PyMethodDescr.oneArg(t, "__delattr__", (ts, s, n) -> {
            Attributes.typeSetattr(ts, (PyType) s, ObjectMethods.attrName(n), null);
            return PyNone.NONE;
        });
        t.define("__delattr__", DELATTR);
        INSTANCECHECK = PyMethodDescr.oneArg(t, "__instancecheck__", (ts, s, o) -> PyBool.of(o.type().isSubtypeOf((PyType) s)));
        t.define("__instancecheck__", INSTANCECHECK);
        SUBCLASSCHECK = PyMethodDescr.oneArg(t, "__subclasscheck__", (ts, s, o) -> PyBool.of(Ops.isSubclass(ts, o, s)));
        t.define("__subclasscheck__", SUBCLASSCHECK);
        t.define("mro", PyMethodDescr.noArgs(t, "mro", (ts, s) -> new PyList(((PyType) s).mro().clone())));
        t.define("__subclasses__", PyMethodDescr.noArgs(t, "__subclasses__",
                (ts, s) -> new PyList(((PyType) s).subclasses().toArray(new PyObject[0]))));
        t.define("__dir__", PyMethodDescr.noArgs(t, "__dir__", ObjectMethods::dir));
        t.define("__prepare__", new PyClassMethod(new PyBuiltinFunction("__prepare__", null, (ts, self, a, kw) -> new PyDict(), t)));
        getsets(t);
    }

    private static PyType ty(PyObject o) {
        return (PyType) o;
    }

    private static void getsets(PyType t) {
        t.define("__name__", new PyGetSet(t, "__name__", (ts, s) -> new PyStr(ty(s).name()), (ts, s, v) -> {
            checkMutable(ty(s), "__name__");
            if (!(v instanceof PyStr)) {
                throw Errors.typeError("can only assign string to " + ty(s).name() + ".__name__, not '" + typeName(v) + "'");
            }
            ty(s).setName(((PyStr) v).value);
        }));
        t.define("__qualname__", new PyGetSet(t, "__qualname__", (ts, s) -> new PyStr(ty(s).qualname()), (ts, s, v) -> {
            checkMutable(ty(s), "__qualname__");
            if (!(v instanceof PyStr)) {
                throw Errors.typeError("can only assign string to " + ty(s).name() + ".__qualname__, not '" + typeName(v) + "'");
            }
            ty(s).setQualname(((PyStr) v).value);
        }));
        t.define("__module__", new PyGetSet(t, "__module__", (ts, s) -> {
            PyObject m = ty(s).isBuiltin() ? null : ty(s).typeDict().get("__module__");
            return m != null ? m : new PyStr(ty(s).module());
        }, (ts, s, v) -> ty(s).setAttr("__module__", v)));
        t.define("__bases__", new PyGetSet(t, "__bases__", (ts, s) -> PyTuple.of((PyObject[]) ty(s).bases().clone()), null));
        t.define("__base__", new PyGetSet(t, "__base__", (ts, s) -> {
            PyType b = ty(s).base();
            return b == null ? PyNone.NONE : b;
        }, null));
        t.define("__mro__", new PyGetSet(t, "__mro__", (ts, s) -> PyTuple.of((PyObject[]) ty(s).mro().clone()), null));
        t.define("__dict__", new PyGetSet(t, "__dict__", (ts, s) -> {
            PyDict d = new PyDict();
            ty(s).typeDict().forEach((k, v) -> d.put(ts, new PyStr(k), v));
            return new PyMappingProxy(d);
        }, null));
        t.define("__doc__", new PyGetSet(t, "__doc__", (ts, s) -> {
            PyObject d = ty(s).typeDict().get("__doc__");
            if (d == null) return PyNone.NONE;
            return d instanceof Descriptor ? ((Descriptor) d).get(ts, null, ty(s)) : d;
        }, (ts, s, v) -> ty(s).setAttr("__doc__", v)));
    }

    private static String typeName(PyObject v) {
        return v == null ? "NoneType" : v.type().name();
    }

    private static void checkMutable(PyType t, String attr) {
        if (t.isBuiltin()) throw Errors.typeError("cannot set '" + attr + "' attribute of immutable type '" + t.name() + "'");
    }

    /**
     * {@code type.__call__(cls, *args, **kw)}: {@code type(x)}, or {@code cls.__new__(cls, ...)}
     * followed by {@code __init__} when the result is an instance of cls.
     */
    static PyObject callType(ThreadState ts, PyType cls, PyObject[] args, String[] kw) {
        if (cls == PyType.TYPE) {
            int npos = ArgParser.npos(args, kw);
            if (npos == 1 && !ArgParser.hasKw(kw)) return args[0].type();
            if (npos != 3) throw Errors.typeError("type() takes 1 or 3 arguments");
        }
        PyObject nf = cls.lookup("__new__");
        PyObject obj;
        if (nf instanceof PyBuiltinFunction && ((PyBuiltinFunction) nf).newImpl != null) {
            if (nf == ObjectMethods.NEW && args.length == 0) obj = new PyInstance(cls);
            else obj = ((PyBuiltinFunction) nf).newImpl.create(ts, cls, args, kw);
        } else {
            PyObject f = nf instanceof PyStaticMethod ? ((PyStaticMethod) nf).func() : nf;
            PyObject[] all = new PyObject[args.length + 1];
            all[0] = cls;
            System.arraycopy(args, 0, all, 1, args.length);
            obj = f.call(ts, all, kw);
        }
        if (!obj.type().isSubtypeOf(cls)) return obj;
        PyObject init = obj.type().lookup("__init__");
        if (init == ObjectMethods.INIT) {
            if (args.length > 0 && nf == ObjectMethods.NEW) throw Errors.typeError(cls.name() + "() takes no arguments");
            return obj;
        }
        PyObject r = Ops.callBound(ts, init, obj, args, kw);
        if (r != PyNone.NONE) throw Errors.typeError("__init__() should return None, not '" + r.type().name() + "'");
        return obj;
    }

    /** type.__new__(metatype, name, bases, dict, **kw). */
    private static PyObject newType(ThreadState ts, PyType meta, PyObject[] args, String[] kw) {
        int npos = ArgParser.npos(args, kw);
        if (npos == 1 && meta == PyType.TYPE) return args[0].type();
        if (npos != 3) throw Errors.typeError("type.__new__() takes exactly 3 arguments (" + npos + " given)");
        PyObject[] kwv = new PyObject[args.length - 3];
        System.arraycopy(args, 3, kwv, 0, kwv.length);
        if (!(args[0] instanceof PyStr)) throw Errors.mustBe("type.__new__() argument 1", "str", args[0]);
        if (!(args[1] instanceof PyTuple)) throw Errors.mustBe("type.__new__() argument 2", "tuple", args[1]);
        if (!(args[2] instanceof PyDict)) throw Errors.mustBe("type.__new__() argument 3", "dict", args[2]);
        return ClassCreation.create(ts, meta, ((PyStr) args[0]).value, (PyTuple) args[1], (PyDict) args[2], kwv,
                kw == null ? new String[0] : kw);
    }
}
