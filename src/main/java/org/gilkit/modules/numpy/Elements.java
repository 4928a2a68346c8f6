package org.gilkit.modules.numpy;

import org.gilkit.runtime.Errors;
import org.gilkit.runtime.Ops;
import org.gilkit.runtime.PyBool;
import org.gilkit.runtime.PyFloat;
import org.gilkit.runtime.PyInt;
import org.gilkit.runtime.PyObject;
import org.gilkit.runtime.ThreadState;

/**
 * Python values as array elements: which dtype a value implies, and its conversion to an
 * int64 or float64 element with NumPy's errors (OverflowError for ints beyond int64, TypeError
 * for values that are not numbers).
 */
final class Elements {
    private Elements() {}

    /** The dtype a scalar implies (bool, int64, float64), or null if it is not a number. */
    static DType kindOf(PyObject o) {
        if (o instanceof PyBool || o.type() == Scalars.BOOL) return DType.BOOL;
        if (o instanceof PyInt) return DType.INT64;
        if (o instanceof PyFloat) return DType.FLOAT64;
        return null;
    }

    /** An int as int64: "Python int too large to convert to C long" beyond 64 bits. */
    static long toLong(ThreadState ts, PyInt v) {
        if (v.isBig()) throw Errors.overflowError("Python int too large to convert to C long");
        return v.longValue();
    }

    /** A number as a float64 element. */
    static double toDouble(ThreadState ts, PyObject o) {
        if (o instanceof PyFloat f) return f.value();
        if (o instanceof PyInt i) return i.asDouble();
        throw notNumber(o);
    }

    /** A number as an int64 element (floats truncate toward zero, as NumPy's casts). */
    static long toLong(ThreadState ts, PyObject o) {
        if (o instanceof PyInt i) return toLong(ts, i);
        if (o instanceof PyFloat f) {
            double d = f.value();
            // Python's int(float): NaN is a ValueError, infinity an OverflowError (as NumPy's item assignment)
            if (Double.isNaN(d)) throw Errors.valueError("cannot convert float NaN to integer");
            if (Double.isInfinite(d)) throw Errors.overflowError("cannot convert float infinity to integer");
            return (long) d;
        }
        throw notNumber(o);
    }

    static org.gilkit.runtime.PyException notNumber(PyObject o) {
        return Errors.typeError("gilkit numpy supports float64, int64 and bool elements only, not '" + o.type().name() + "'");
    }
}
