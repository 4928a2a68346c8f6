package org.gilkit.runtime;

/**
 * A built-in function (CPython's builtin_function_or_method): a module-level builtin such as
 * {@code len} ({@code self} null), or a built-in method bound to its object ({@code [].append},
 * {@code self} the list).
 */
public final class PyBuiltinFunction extends PyObject {
    public static final PyType TYPE = PyType.builtin("builtin_function_or_method", PyType.OBJECT, false);

    static {
        TYPE.define("__repr__", PyMethodDescr.noArgs(TYPE, "__repr__", (ts, s) -> new PyStr(((PyBuiltinFunction) s).repr(ts))));
        TYPE.define("__name__", new PyGetSet(TYPE, "__name__", (ts, s) -> new PyStr(((PyBuiltinFunction) s).name), null));
        TYPE.define("__qualname__", new PyGetSet(TYPE, "__qualname__", (ts, s) -> new PyStr(((PyBuiltinFunction) s).qualname()), null));
        TYPE.define("__self__", new PyGetSet(TYPE, "__self__", (ts, s) -> {
            PyObject self = ((PyBuiltinFunction) s).self;
            return self == null ? PyNone.NONE : self;
        }, null));
        TYPE.define("__doc__", PyNone.NONE);
        TYPE.define("__module__", PyNone.NONE);
    }

    private final String name;
    private final PyObject self;
    private final Impl impl;
    private final PyType owner;
    /** For a built-in type's __new__: its Java constructor, which {@code type.__call__} calls directly. */
    final PyType.NewImpl newImpl;

    public PyBuiltinFunction(String name, PyObject self, Impl impl, PyType owner) {
        this(name, self, impl, owner, null);
    }

    private PyBuiltinFunction(String name, PyObject self, Impl impl, PyType owner, PyType.NewImpl newImpl) {
        this.name = name;
        this.self = self;
        this.impl = impl;
        this.owner = owner;
        this.newImpl = newImpl;
    }

    /** A module-level builtin. */
    public PyBuiltinFunction(String name, Impl impl) {
        this(name, null, impl, null);
    }

    /**
     * The {@code __new__} attribute of a built-in type: bound to the type, called as
     * {@code T.__new__(cls, *args)} with cls a subtype of T.
     */
    static PyBuiltinFunction newFunction(PyType type, PyType.NewImpl f) {
        return new PyBuiltinFunction("__new__", type, (ts, self, args, kw) -> {
            String q = type.name() + ".__new__";
            if (ArgParser.npos(args, kw) < 1) throw Errors.typeError(q + "(): not enough arguments");
            if (!(args[0] instanceof PyType)) {
                throw Errors.typeError(q + "(X): X is not a type object (" + args[0].type().name() + ")");
            }
            PyType cls = (PyType) args[0];
            if (!cls.isSubtypeOf(type)) {
                throw Errors.typeError(q + "(" + cls.name() + "): " + cls.name() + " is not a subtype of " + type.name());
            }
            PyObject[] rest = new PyObject[args.length - 1];
            System.arraycopy(args, 1, rest, 0, rest.length);
            return f.create(ts, cls, rest, kw);
        }, type, f);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public String name() {
        return name;
    }

    /** The bound object ({@code __self__}), or null for a module-level function. */
    public PyObject self() {
        return self;
    }

    public PyType owner() {
        return owner;
    }

    @Override
    public PyObject call(ThreadState ts, PyObject[] args, String[] kwnames) {
        return impl.call(ts, self, args, kwnames);
    }

    /** "T.name" for methods, "name" for functions (__qualname__). */
    public String qualname() {
        return owner == null ? name : owner.name() + "." + name;
    }

    String repr(ThreadState ts) {
        if (self == null || self instanceof PyModule) return "<built-in function " + name + ">";
        if (self instanceof PyType) return "<built-in method " + name + " of type object at " + Ops.hexId(ts, self) + ">";
        return "<built-in method " + name + " of " + self.type().name() + " object at " + Ops.hexId(ts, self) + ">";
    }
}
