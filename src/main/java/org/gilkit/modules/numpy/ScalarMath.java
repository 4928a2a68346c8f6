package org.gilkit.modules.numpy;

import org.gilkit.runtime.PyFloat;
import org.gilkit.runtime.PyInt;
import org.gilkit.runtime.PyMethodDescr;
import org.gilkit.runtime.PyObject;
import org.gilkit.runtime.PySingleton;
import org.gilkit.runtime.PyType;
import org.gilkit.runtime.ThreadState;

/**
 * Arithmetic on numpy scalars keeps numpy types, as NumPy 2 does (NEP 50): {@code float64} with
 * any number is float64; {@code int64} with an int is int64 (wrapping; a Python int beyond
 * int64 is OverflowError), with a float float64; {@code /} is float64, and dividing by zero
 * gives inf or nan (NumPy warns, gilkit does not) instead of ZeroDivisionError. With an
 * ndarray the operators return NotImplemented, so the array's reflected operator runs.
 * Installed on {@link Scalars#FLOAT64} and {@link Scalars#INT64}.
 */
final class ScalarMath {
    private enum Op { ADD, SUB, MUL, DIV }

    private ScalarMath() {}

    static void install(PyType t) {
        for (Op op : Op.values()) {
            String n = op == Op.DIV ? "truediv" : op.name().toLowerCase(java.util.Locale.ROOT);
            t.define("__" + n + "__", PyMethodDescr.oneArg(t, "__" + n + "__", (ts, s, o) -> apply(ts, op, s, o)));
            t.define("__r" + n + "__", PyMethodDescr.oneArg(t, "__r" + n + "__", (ts, s, o) -> isNumber(o) ? apply(ts, op, o, s) : PySingleton.NOT_IMPLEMENTED));
        }
        t.define("__neg__", PyMethodDescr.noArgs(t, "__neg__", (ts, s) -> s instanceof PyFloat f ? Scalars.float64(-f.value())
                : Scalars.int64(-((PyInt) s).longValue())));
        t.define("__pos__", PyMethodDescr.noArgs(t, "__pos__", (ts, s) -> s));
        t.define("__abs__", PyMethodDescr.noArgs(t, "__abs__", (ts, s) -> s instanceof PyFloat f ? Scalars.float64(Math.abs(f.value()))
                : Scalars.int64(Math.abs(((PyInt) s).longValue()))));
    }

    private static boolean isNumber(PyObject o) {
        return o instanceof PyFloat || o instanceof PyInt;
    }

    private static PyObject apply(ThreadState ts, Op op, PyObject a, PyObject b) {
        if (!isNumber(a) || !isNumber(b)) return PySingleton.NOT_IMPLEMENTED;
        if (op == Op.DIV || a instanceof PyFloat || b instanceof PyFloat) {
            double x = Elements.toDouble(ts, a), y = Elements.toDouble(ts, b);
            switch (op) {
                case ADD: return Scalars.float64(x + y);
                case SUB: return Scalars.float64(x - y);
                case MUL: return Scalars.float64(x * y);
                default: return Scalars.float64(x / y);
            }
        }
        long x = Elements.toLong(ts, (PyInt) a), y = Elements.toLong(ts, (PyInt) b);
        switch (op) {
            case ADD: return Scalars.int64(x + y);
            case SUB: return Scalars.int64(x - y);
            default: return Scalars.int64(x * y);
        }
    }
}
