package org.gilkit.modules.numpy;

import org.gilkit.runtime.Errors;
import org.gilkit.runtime.Ops;
import org.gilkit.runtime.PyBool;
import org.gilkit.runtime.PyFloat;
import org.gilkit.runtime.PyGetSet;
import org.gilkit.runtime.PyInt;
import org.gilkit.runtime.PyMethodDescr;
import org.gilkit.runtime.PyNone;
import org.gilkit.runtime.PyObject;
import org.gilkit.runtime.PyStr;
import org.gilkit.runtime.PyType;
import org.gilkit.runtime.ThreadState;

/**
 * {@code numpy.dtype} objects ({@code a.dtype}): repr {@code dtype('float64')}, str
 * {@code float64}, {@code name}, {@code kind}, {@code itemsize}, equality with other dtypes,
 * dtype names and scalar types ({@code a.dtype == np.float64}). {@link #parse} turns a
 * {@code dtype=} argument into a {@link DType}, raising NumPy's TypeError for unknown names and
 * NotImplementedError for real NumPy dtypes outside the subset.
 */
final class DTypeObject extends PyObject {
    static final PyType TYPE = PyType.builtin("numpy", "dtype", new PyType[] {PyType.OBJECT}, false);
    private static final DTypeObject[] ALL = {new DTypeObject(DType.FLOAT64), new DTypeObject(DType.INT64), new DTypeObject(DType.BOOL)};

    static {
        TYPE.define("__repr__", PyMethodDescr.noArgs(TYPE, "__repr__", (ts, s) -> new PyStr("dtype('" + d(s).label() + "')")));
        TYPE.define("__str__", PyMethodDescr.noArgs(TYPE, "__str__", (ts, s) -> new PyStr(d(s).label())));
        TYPE.define("name", new PyGetSet(TYPE, "name", (ts, s) -> new PyStr(d(s).label()), null));
        TYPE.define("kind", new PyGetSet(TYPE, "kind", (ts, s) -> new PyStr(String.valueOf(d(s).kind())), null));
        TYPE.define("itemsize", new PyGetSet(TYPE, "itemsize", (ts, s) -> PyInt.of(d(s) == DType.BOOL ? 1 : 8), null));
        TYPE.define("type", new PyGetSet(TYPE, "type", (ts, s) -> scalarType(d(s)), null));
        TYPE.define("__eq__", PyMethodDescr.oneArg(TYPE, "__eq__", (ts, s, o) -> PyBool.of(d(s) == lenient(ts, o))));
        TYPE.define("__ne__", PyMethodDescr.oneArg(TYPE, "__ne__", (ts, s, o) -> PyBool.of(d(s) != lenient(ts, o))));
        TYPE.define("__hash__", PyMethodDescr.noArgs(TYPE, "__hash__", (ts, s) -> PyInt.of(d(s).label().hashCode())));
        TYPE.defineNew((ts, cls, a, k) -> {
            if (a.length != 1 || k != null && k.length != 0) throw Errors.typeError("dtype() takes exactly 1 argument");
            return of(parse(ts, a[0]));
        });
    }

    private final DType dtype;

    private DTypeObject(DType dtype) {
        this.dtype = dtype;
    }

    static DTypeObject of(DType t) {
        return ALL[t.ordinal()];
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private static DType d(PyObject s) {
        return ((DTypeObject) s).dtype;
    }

    static PyType scalarType(DType t) {
        return t == DType.FLOAT64 ? Scalars.FLOAT64 : t == DType.INT64 ? Scalars.INT64 : Scalars.BOOL;
    }

    /** A {@code dtype=} argument; null (or None) means "infer". */
    static DType parse(ThreadState ts, PyObject o) {
        if (o == null || o == PyNone.NONE) return null;
        if (o instanceof DTypeObject dt) return dt.dtype;
        if (o == PyFloat.TYPE || o == Scalars.FLOAT64) return DType.FLOAT64;
        if (o == PyInt.TYPE || o == Scalars.INT64) return DType.INT64;
        if (o == PyBool.TYPE || o == Scalars.BOOL) return DType.BOOL;
        if (o instanceof PyStr s) return byName(s.value());
        if (o instanceof PyType t) throw Errors.notImplementedError("gilkit numpy supports dtypes float64, int64 and bool only, not " + t.name());
        throw Errors.typeError("Cannot interpret '" + Ops.repr(ts, o) + "' as a data type");
    }

    private static DType byName(String n) {
        switch (n) {
            case "float64": case "f8": case "float": case "d": case "double": return DType.FLOAT64;
            case "int64": case "i8": case "int": case "l": case "q": return DType.INT64;
            case "bool": case "?": case "b1": return DType.BOOL;
            case "float32": case "float16": case "int32": case "int16": case "int8": case "uint8": case "uint16": case "uint32":
            case "uint64": case "complex128": case "complex64": case "object": case "str":
                throw Errors.notImplementedError("gilkit numpy supports dtypes float64, int64 and bool only, not " + n);
            default: throw Errors.typeError("data type '" + n + "' not understood");
        }
    }

    /** Like parse, but anything unrecognised compares unequal instead of raising. */
    private static DType lenient(ThreadState ts, PyObject o) {
        try {
            return parse(ts, o);
        } catch (org.gilkit.runtime.PyException e) {
            return null;
        }
    }
}
