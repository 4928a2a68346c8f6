package org.gilkit.runtime;

import org.gilkit.runtime.format.Format;
import org.gilkit.runtime.format.FormatException;

/**
 * The bridge from the object model to org.gilkit.runtime.format (the format helper's package,
 * which works on plain Java values): {@code __format__} of int, bool, float, str and object, and
 * the conversion of its {@link FormatException} into the named Python exception.
 */
final class Formatting {
    private Formatting() {}

    /** Re-raises a format-package error as the Python exception it names. */
    static PyException convert(FormatException e) {
        PyObject t = exceptionType(e.pythonType());
        if (t == PyExc.MemoryError) return Errors.noMemory();
        return Errors.of(t instanceof PyType ? (PyType) t : PyExc.ValueError, e.getMessage());
    }

    private static PyObject exceptionType(String name) {
        for (PyType t : PyExc.ALL) if (t.name().equals(name)) return t;
        return null;
    }

    static String spec(PyObject spec) {
        if (!(spec instanceof PyStr)) throw Errors.mustBe("format() argument 2", "str", spec);
        return ((PyStr) spec).value();
    }

    static PyObject formatInt(ThreadState ts, PyInt v, PyObject specObj) {
        String spec = spec(specObj);
        try {
            if (v instanceof PyBool && v.getClass() == PyBool.class) return new PyStr(Format.ofBool(v == PyBool.TRUE, spec));
            if (spec.isEmpty()) return new PyStr(Ops.str(ts, v));
            return new PyStr(v.isBig() ? Format.ofInt(v.bigValue(), spec) : Format.ofInt(v.longValue(), spec));
        } catch (FormatException e) {
            throw convert(e);
        }
    }

    static PyObject formatFloat(ThreadState ts, PyFloat v, PyObject specObj) {
        String spec = spec(specObj);
        try {
            if (spec.isEmpty()) return new PyStr(Ops.str(ts, v));
            return new PyStr(Format.ofFloat(v.value, spec));
        } catch (FormatException e) {
            throw convert(e);
        }
    }

    static PyObject formatStr(ThreadState ts, PyStr v, PyObject specObj) {
        String spec = spec(specObj);
        try {
            if (spec.isEmpty()) return new PyStr(Ops.str(ts, v));
            return new PyStr(Format.ofStr(v.value, spec));
        } catch (FormatException e) {
            throw convert(e);
        }
    }

    /** object.__format__: str(self) for an empty spec, else TypeError. */
    static PyObject formatObject(ThreadState ts, PyObject v, PyObject specObj) {
        String spec = spec(specObj);
        if (!spec.isEmpty()) {
            throw Errors.typeError("unsupported format string passed to " + v.type().name() + ".__format__");
        }
        return new PyStr(Ops.str(ts, v));
    }
}
