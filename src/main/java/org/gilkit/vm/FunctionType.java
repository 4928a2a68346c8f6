package org.gilkit.vm;

import org.gilkit.runtime.Errors;
import org.gilkit.runtime.PyDict;
import org.gilkit.runtime.PyGetSet;
import org.gilkit.runtime.PyMethodDescr;
import org.gilkit.runtime.PyNone;
import org.gilkit.runtime.PyObject;
import org.gilkit.runtime.PyStr;
import org.gilkit.runtime.PyTuple;
import org.gilkit.runtime.PyType;

/**
 * The {@code function} type: the attributes of {@link PyFunction} that Python code reads and
 * writes ({@code __name__}, {@code __qualname__}, {@code __doc__}, {@code __module__},
 * {@code __defaults__}, {@code __kwdefaults__}, {@code __globals__}, {@code __code__},
 * {@code __closure__}, {@code __annotations__}, {@code __dict__} through the instance dict) and
 * its {@code __repr__}.
 */
final class FunctionType {
    private FunctionType() {}

    static PyType create() {
        PyType t = PyType.builtin("function", PyType.OBJECT, false);
        t.define("__name__", new PyGetSet(t, "__name__", (ts, self) -> new PyStr(fn(self).name),
                (ts, self, v) -> fn(self).name = requireStr(v, "__name__")));
        t.define("__qualname__", new PyGetSet(t, "__qualname__", (ts, self) -> new PyStr(fn(self).qualname),
                (ts, self, v) -> fn(self).qualname = requireStr(v, "__qualname__")));
        t.define("__doc__", new PyGetSet(t, "__doc__", (ts, self) -> fn(self).doc,
                (ts, self, v) -> fn(self).doc = v == null ? PyNone.NONE : v));
        t.define("__module__", new PyGetSet(t, "__module__", (ts, self) -> fn(self).module,
                (ts, self, v) -> fn(self).module = v == null ? PyNone.NONE : v));
        t.define("__defaults__", new PyGetSet(t, "__defaults__", (ts, self) -> {
            PyObject[] d = fn(self).defaults;
            return d == null ? PyNone.NONE : PyTuple.of(d);
        }, (ts, self, v) -> fn(self).defaults = v == null || v == PyNone.NONE ? null : ((PyTuple) v).toArray()));
        t.define("__kwdefaults__", new PyGetSet(t, "__kwdefaults__", (ts, self) -> {
            PyDict d = fn(self).kwdefaults;
            return d == null ? PyNone.NONE : d;
        }, (ts, self, v) -> fn(self).kwdefaults = v == null || v == PyNone.NONE ? null : (PyDict) v));
        t.define("__annotations__", new PyGetSet(t, "__annotations__", (ts, self) -> annotations(fn(self)),
                (ts, self, v) -> fn(self).annotations = requireAnnotations(v)));
        t.define("__dict__", new PyGetSet(t, "__dict__", (ts, self) -> self.dict(), null));
        t.define("__globals__", new PyGetSet(t, "__globals__", (ts, self) -> fn(self).globals, null));
        t.define("__code__", new PyGetSet(t, "__code__", (ts, self) -> new PyCode(fn(self).code), null));
        t.define("__closure__", new PyGetSet(t, "__closure__", (ts, self) -> {
            Cell[] c = fn(self).closure;
            return c == null ? PyNone.NONE : PyTuple.of((PyObject[]) c);
        }, null));
        t.define("__call__", PyMethodDescr.withKeywords(t, "__call__", (ts, self, args, kw) -> fn(self).call(ts, args, kw)));
        t.define("__repr__", PyMethodDescr.noArgs(t, "__repr__", (ts, self) -> new PyStr("<function "
                + fn(self).qualname + " at 0x" + Long.toHexString(ts.interp().id(self)) + ">")));
        return t;
    }

    private static PyFunction fn(PyObject o) {
        return (PyFunction) o;
    }

    /** CPython creates the empty dict on first read and keeps it (so it can be filled in place). */
    private static PyDict annotations(PyFunction f) {
        if (f.annotations == null) f.annotations = new PyDict();
        return f.annotations;
    }

    /** A new {@code __annotations__}: a dict, or null for del / None (the next read makes a new empty one). */
    private static PyDict requireAnnotations(PyObject v) {
        if (v == null || v == PyNone.NONE) return null;
        if (!(v instanceof PyDict d)) throw Errors.typeError("__annotations__ must be set to a dict object");
        return d;
    }

    private static String requireStr(PyObject v, String what) {
        if (!(v instanceof PyStr s)) throw Errors.typeError(what + " must be set to a string object");
        return s.value();
    }
}
