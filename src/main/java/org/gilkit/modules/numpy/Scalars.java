package org.gilkit.modules.numpy;

import org.gilkit.runtime.Errors;
import org.gilkit.runtime.Ops;
import org.gilkit.runtime.PyFloat;
import org.gilkit.runtime.PyInt;
import org.gilkit.runtime.PyMethodDescr;
import org.gilkit.runtime.PyObject;
import org.gilkit.runtime.PyStr;
import org.gilkit.runtime.PyType;
import org.gilkit.runtime.format.FloatRepr;

/**
 * The numpy scalar types {@code float64}, {@code int64} and {@code bool}: what indexing and
 * reductions return. They print as NumPy 2 does: {@code repr} {@code np.float64(1.5)},
 * {@code np.int64(6)}, {@code np.True_}; {@code str} like the Python value. float64 subclasses
 * float (as in NumPy); here int64 and bool subclass int too (NumPy's do not). Arithmetic on
 * float64 and int64 keeps numpy types ({@link ScalarMath}); other operations (//, %, **, bool
 * arithmetic) are the Python base type's.
 */
final class Scalars {
    static final PyType FLOAT64 = PyType.builtin("numpy", "float64", new PyType[] {PyFloat.TYPE}, false);
    static final PyType INT64 = PyType.builtin("numpy", "int64", new PyType[] {PyInt.TYPE}, false);
    static final PyType BOOL = PyType.builtin("numpy", "bool", new PyType[] {PyInt.TYPE}, false);

    static {
        FLOAT64.define("__repr__", PyMethodDescr.noArgs(FLOAT64, "__repr__", (ts, s) -> new PyStr("np.float64(" + FloatRepr.repr(((PyFloat) s).value()) + ")")));
        FLOAT64.define("__str__", PyMethodDescr.noArgs(FLOAT64, "__str__", (ts, s) -> new PyStr(FloatRepr.repr(((PyFloat) s).value()))));
        FLOAT64.defineNew((ts, cls, a, k) -> {
            noKeywords("float64", k);
            return float64(a.length == 0 ? 0.0 : Ops.toDouble(ts, a[0]));
        });
        INT64.define("__repr__", PyMethodDescr.noArgs(INT64, "__repr__", (ts, s) -> new PyStr("np.int64(" + ((PyInt) s).longValue() + ")")));
        INT64.define("__str__", PyMethodDescr.noArgs(INT64, "__str__", (ts, s) -> new PyStr(Long.toString(((PyInt) s).longValue()))));
        INT64.defineNew((ts, cls, a, k) -> {
            noKeywords("int64", k);
            return int64(a.length == 0 ? 0 : Elements.toLong(ts, Ops.toInt(ts, a[0])));
        });
        ScalarMath.install(FLOAT64);
        ScalarMath.install(INT64);
        BOOL.define("__repr__", PyMethodDescr.noArgs(BOOL, "__repr__", (ts, s) -> new PyStr(((PyInt) s).longValue() != 0 ? "np.True_" : "np.False_")));
        BOOL.define("__str__", PyMethodDescr.noArgs(BOOL, "__str__", (ts, s) -> new PyStr(((PyInt) s).longValue() != 0 ? "True" : "False")));
        BOOL.defineNew((ts, cls, a, k) -> {
            noKeywords("bool", k);
            return bool(a.length != 0 && Ops.isTrue(ts, a[0]));
        });
    }

    private static final Int64 TRUE = new Int64(BOOL, 1), FALSE = new Int64(BOOL, 0);

    private Scalars() {}

    private static void noKeywords(String name, String[] k) {
        if (k != null && k.length != 0) throw Errors.typeError(name + "() takes no keyword arguments");
    }

    static PyObject float64(double v) {
        return new Float64(v);
    }

    static PyObject int64(long v) {
        return new Int64(INT64, v);
    }

    static PyObject bool(boolean v) {
        return v ? TRUE : FALSE;
    }

    /** Element {@code i} (row-major) of {@code a} as a numpy scalar. */
    static PyObject of(NdArray a, long i) {
        switch (a.dtype) {
            case FLOAT64: return float64(a.getDouble(i));
            case INT64: return int64(a.getLong(i));
            default: return bool(a.getLong(i) != 0);
        }
    }

    /** A numpy.float64 value: a float whose type is numpy.float64. */
    static final class Float64 extends PyFloat {
        Float64(double v) {
            super(v);
        }

        @Override
        public PyType type() {
            return FLOAT64;
        }
    }

    /** A numpy.int64 or numpy.bool value: an int whose type is one of those. */
    static final class Int64 extends PyInt {
        private final PyType type;

        Int64(PyType type, long v) {
            super(v);
            this.type = type;
        }

        @Override
        public PyType type() {
            return type;
        }
    }
}
