package org.gilkit.runtime;

/**
 * A built-in method in a type's dict (CPython's method_descriptor / slot wrapper): {@code
 * list.append}. Reading it from an instance binds it ({@code [].append} is a {@link
 * PyBuiltinFunction} with {@code __self__}); {@link Ops#callMethod} calls it without binding.
 * The static factories check argument counts with CPython's messages for each calling
 * convention (no arguments, exactly one, a positional range, or full keyword parsing).
 */
public final class PyMethodDescr extends PyObject implements MethodDescriptor {
    public static final PyType TYPE = PyType.builtin("method_descriptor", PyType.OBJECT, false);

    static {
        TYPE.define("__repr__", PyMethodDescr.noArgs(TYPE, "__repr__", (ts, s) -> new PyStr(((PyMethodDescr) s).repr())));
        TYPE.define("__name__", new PyGetSet(TYPE, "__name__", (ts, s) -> new PyStr(((PyMethodDescr) s).name), null));
        TYPE.define("__qualname__", new PyGetSet(TYPE, "__qualname__",
                (ts, s) -> new PyStr(((PyMethodDescr) s).owner.name() + "." + ((PyMethodDescr) s).name), null));
        TYPE.define("__objclass__", new PyGetSet(TYPE, "__objclass__", (ts, s) -> ((PyMethodDescr) s).owner, null));
        TYPE.define("__get__", PyMethodDescr.positional(TYPE, "__get__", 1, 2,
                (ts, s, a) -> ((PyMethodDescr) s).get(ts, a[0] == PyNone.NONE ? null : a[0], null)));
    }

    /** A method without arguments. */
    @FunctionalInterface
    public interface M0 {
        PyObject call(ThreadState ts, PyObject self);
    }

    /** A method with one argument. */
    @FunctionalInterface
    public interface M1 {
        PyObject call(ThreadState ts, PyObject self, PyObject a);
    }

    /** A method with two arguments. */
    @FunctionalInterface
    public interface M2 {
        PyObject call(ThreadState ts, PyObject self, PyObject a, PyObject b);
    }

    /** A method with a checked range of positional arguments. */
    @FunctionalInterface
    public interface MV {
        PyObject call(ThreadState ts, PyObject self, PyObject[] args);
    }

    private final PyType owner;
    private final String name;
    private final Impl impl;

    public PyMethodDescr(PyType owner, String name, Impl impl) {
        this.owner = owner;
        this.name = name;
        this.impl = impl;
    }

    /**
     * The special methods CPython implements as slot wrappers (their argument errors differ). A
     * holder class, because this class's own static initialiser already creates descriptors.
     */
    private static final class Slots {
        static final java.util.Set<String> NAMES = java.util.Set.of("__add__", "__radd__", "__iadd__", "__sub__",
            "__rsub__", "__isub__", "__mul__", "__rmul__", "__imul__", "__truediv__", "__rtruediv__", "__itruediv__",
            "__floordiv__", "__rfloordiv__", "__ifloordiv__", "__mod__", "__rmod__", "__imod__", "__divmod__",
            "__rdivmod__", "__lshift__", "__rlshift__", "__ilshift__", "__rshift__", "__rrshift__", "__irshift__",
            "__and__", "__rand__", "__iand__", "__or__", "__ror__", "__ior__", "__xor__", "__rxor__", "__ixor__",
            "__matmul__", "__rmatmul__", "__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__", "__len__",
            "__hash__", "__repr__", "__str__", "__bool__", "__neg__", "__pos__", "__abs__", "__invert__", "__int__",
            "__float__", "__index__", "__contains__", "__iter__", "__next__", "__setitem__", "__delitem__",
            "__getattribute__", "__setattr__", "__delattr__", "__set__", "__delete__");
    }

    private static PyException slotArity(String name, int expected, PyObject[] args, String[] kw) {
        if (kw != null && kw.length != 0) return Errors.typeError("wrapper " + name + "() takes no keyword arguments");
        String prefix = expected == 2 ? " " : "";
        return Errors.typeError(prefix + "expected " + expected + " argument" + (expected == 1 ? "" : "s") + ", got "
                + ArgParser.npos(args, kw));
    }

    /** {@code def name(self)}: "T.name() takes no arguments (1 given)". */
    public static PyMethodDescr noArgs(PyType owner, String name, M0 f) {
        String q = owner.name() + "." + name;
        boolean slot = Slots.NAMES.contains(name);
        return new PyMethodDescr(owner, name, (ts, self, args, kw) -> {
            if (args.length != 0) {
                if (slot) throw slotArity(name, 0, args, kw);
                ArgParser.noArgs(q, args, kw);
            }
            return f.call(ts, self);
        });
    }

    /** {@code def name(self, a)}: "T.name() takes exactly one argument (0 given)". */
    public static PyMethodDescr oneArg(PyType owner, String name, M1 f) {
        String q = owner.name() + "." + name;
        boolean slot = Slots.NAMES.contains(name);
        return new PyMethodDescr(owner, name, (ts, self, args, kw) -> {
            if (args.length != 1 || kw != null && kw.length != 0) {
                if (slot) throw slotArity(name, 1, args, kw);
                ArgParser.exactlyOne(q, args, kw);
            }
            return f.call(ts, self, args[0]);
        });
    }

    /** {@code def name(self, a, b)}, positional only: "name expected 2 arguments, got 1". */
    public static PyMethodDescr twoArgs(PyType owner, String name, M2 f) {
        String q = owner.name() + "." + name;
        boolean slot = Slots.NAMES.contains(name);
        return new PyMethodDescr(owner, name, (ts, self, args, kw) -> {
            if (args.length != 2 || kw != null && kw.length != 0) {
                if (slot) throw slotArity(name, 2, args, kw);
                ArgParser.positional(name, q, args, kw, 2, 2);
            }
            return f.call(ts, self, args[0], args[1]);
        });
    }

    /** Positional-only arguments, between min and max of them: "name expected at most 1 argument, got 2". */
    public static PyMethodDescr positional(PyType owner, String name, int min, int max, MV f) {
        String q = owner.name() + "." + name;
        return new PyMethodDescr(owner, name, (ts, self, args, kw) -> {
            ArgParser.positional(name, q, args, kw, min, max);
            return f.call(ts, self, args);
        });
    }

    /**
     * Positional-only arguments parsed as CPython's PyArg_ParseTuple methods do (str.find, bytes.count,
     * ...), whose texts differ from {@link #positional}: "find() takes at least 1 argument (0 given)".
     */
    public static PyMethodDescr parseTuple(PyType owner, String name, int min, int max, MV f) {
        return new PyMethodDescr(owner, name, (ts, self, args, kw) -> {
            if (kw != null && kw.length != 0) throw Errors.typeError(owner.name() + "." + name + "() takes no keyword arguments");
            int n = args.length;
            if (n < min || n > max) {
                int bound = n < min ? min : max;
                String how = min == max ? "exactly" : n < min ? "at least" : "at most";
                throw Errors.typeError(name + "() takes " + how + " " + bound + " argument" + (bound == 1 ? "" : "s")
                        + " (" + n + " given)");
            }
            return f.call(ts, self, args);
        });
    }

    /** Full control: the implementation parses its own arguments (usually with an {@link ArgParser}). */
    public static PyMethodDescr withKeywords(PyType owner, String name, Impl f) {
        return new PyMethodDescr(owner, name, f);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public String name() {
        return name;
    }

    public PyType owner() {
        return owner;
    }

    public Impl impl() {
        return impl;
    }

    @Override
    public PyObject callBound(ThreadState ts, PyObject self, PyObject[] args, String[] kwnames) {
        return impl.call(ts, self, args, kwnames);
    }

    @Override
    public PyObject get(ThreadState ts, PyObject obj, PyType cls) {
        if (obj == null) return this;
        checkSelf(obj);
        return new PyBuiltinFunction(name, obj, impl, owner);
    }

    /** Called from the class: {@code list.append(xs, 1)}. */
    @Override
    public PyObject call(ThreadState ts, PyObject[] args, String[] kwnames) {
        if (ArgParser.npos(args, kwnames) < 1) {
            throw Errors.typeError("unbound method " + owner.name() + "." + name + "() needs an argument");
        }
        checkSelf(args[0]);
        PyObject[] rest = new PyObject[args.length - 1];
        System.arraycopy(args, 1, rest, 0, rest.length);
        return impl.call(ts, args[0], rest, kwnames);
    }

    private void checkSelf(PyObject obj) {
        if (!obj.type().isSubtypeOf(owner)) {
            throw Errors.typeError("descriptor '" + name + "' for '" + owner.name() + "' objects doesn't apply to a '"
                    + obj.type().name() + "' object");
        }
    }

    String repr() {
        return "<method '" + name + "' of '" + owner.name() + "' objects>";
    }
}
