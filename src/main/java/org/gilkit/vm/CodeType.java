package org.gilkit.vm;

import java.util.function.Function;
import org.gilkit.compiler.Code;
import org.gilkit.runtime.PyGetSet;
import org.gilkit.runtime.PyInt;
import org.gilkit.runtime.PyMethodDescr;
import org.gilkit.runtime.PyObject;
import org.gilkit.runtime.PyStr;
import org.gilkit.runtime.PyTuple;
import org.gilkit.runtime.PyType;

/**
 * The {@code code} type: the read-only {@code co_*} attributes of {@link PyCode} that
 * tutorials and small introspection helpers read ({@code f.__code__.co_name},
 * {@code co_varnames}, {@code co_argcount}...) and its {@code __repr__}. Bytecode-level
 * attributes ({@code co_code}, {@code co_consts}) are not offered: gilkit's bytecode is not
 * CPython's. Wired in as {@link PyCode#TYPE}.
 */
final class CodeType {
    /** CPython's CO_OPTIMIZED | CO_NEWLOCALS, set on every function's code. */
    private static final int FUNCTION_FLAGS = 0x03;
    /** The Code flags whose bits CPython shares: VARARGS, VARKEYWORDS, GENERATOR, COROUTINE, ASYNC_GENERATOR. */
    private static final int CPYTHON_FLAGS = Code.VARARGS | Code.VARKEYWORDS | Code.GENERATOR | Code.COROUTINE
            | Code.ASYNC_GENERATOR;

    private CodeType() {}

    static PyType create() {
        PyType t = PyType.builtin("code", PyType.OBJECT, false);
        str(t, "co_name", c -> c.name);
        str(t, "co_qualname", c -> c.qualname);
        str(t, "co_filename", c -> c.filename);
        integer(t, "co_firstlineno", c -> c.firstLine);
        integer(t, "co_argcount", c -> c.argcount);
        integer(t, "co_posonlyargcount", c -> c.posonlyargcount);
        integer(t, "co_kwonlyargcount", c -> c.kwonlyargcount);
        integer(t, "co_nlocals", c -> c.varnames.length);
        integer(t, "co_flags", CodeType::flags);
        names(t, "co_varnames", c -> c.varnames);
        names(t, "co_cellvars", c -> c.cellvars);
        names(t, "co_freevars", c -> c.freevars);
        names(t, "co_names", c -> c.names);
        t.define("co_consts", new PyGetSet(t, "co_consts",
                (ts, self) -> org.gilkit.runtime.PyTuple.of(Constants.of(code(self)).clone()), null));
        t.define("__repr__", PyMethodDescr.noArgs(t, "__repr__", (ts, self) -> {
            Code c = code(self);
            return new PyStr("<code object " + c.name + " at 0x" + Long.toHexString(ts.interp().id(self))
                    + ", file \"" + c.filename + "\", line " + c.firstLine + ">");
        }));
        return t;
    }

    private static int flags(Code c) {
        boolean function = !c.hasFlag(Code.MODULE) && !c.hasFlag(Code.CLASS_BODY);
        return (c.flags & CPYTHON_FLAGS) | (function ? FUNCTION_FLAGS : 0);
    }

    private static void str(PyType t, String name, Function<Code, String> f) {
        t.define(name, new PyGetSet(t, name, (ts, self) -> new PyStr(f.apply(code(self))), null));
    }

    private static void integer(PyType t, String name, Function<Code, Integer> f) {
        t.define(name, new PyGetSet(t, name, (ts, self) -> PyInt.of(f.apply(code(self))), null));
    }

    private static void names(PyType t, String name, Function<Code, String[]> f) {
        t.define(name, new PyGetSet(t, name, (ts, self) -> {
            String[] names = f.apply(code(self));
            PyObject[] items = new PyObject[names.length];
            for (int i = 0; i < names.length; i++) items[i] = new PyStr(names[i]);
            return PyTuple.of(items);
        }, null));
    }

    private static Code code(PyObject o) {
        return ((PyCode) o).code;
    }
}
