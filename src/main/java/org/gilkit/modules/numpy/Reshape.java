package org.gilkit.modules.numpy;

import org.gilkit.runtime.Errors;
import org.gilkit.runtime.Ops;
import org.gilkit.runtime.PyList;
import org.gilkit.runtime.PyObject;
import org.gilkit.runtime.PyTuple;
import org.gilkit.runtime.ThreadState;

/**
 * {@code a.reshape(shape)} (one {@code -1} dimension inferred), {@code flatten} and
 * {@code ravel}: a view of a contiguous array, else of a contiguous copy, as NumPy does.
 * Errors are NumPy's ("cannot reshape array of size 6 into shape (4,)").
 */
final class Reshape {
    private Reshape() {}

    static NdArray reshape(ThreadState ts, NdArray a, PyObject shapeArg) {
        PyObject[] dims = shapeArg instanceof PyTuple t ? t.items() : shapeArg instanceof PyList l ? l.toArray() : new PyObject[] {shapeArg};
        if (dims.length == 0 || dims.length > Shapes.MAX_NDIM)
            throw Errors.notImplementedError("gilkit numpy supports 1-D and 2-D arrays only, not reshape to " + dims.length + " dimensions");
        long[] want = new long[dims.length];
        int unknown = -1;
        long known = 1;
        for (int i = 0; i < dims.length; i++) {
            if (!Shapes.isInteger(dims[i])) throw Errors.typeError("'" + dims[i].type().name() + "' object cannot be interpreted as an integer");
            want[i] = Ops.index(ts, dims[i]).asLong();
            if (want[i] == -1) {
                if (unknown >= 0) throw Errors.valueError("can only specify one unknown dimension");
                unknown = i;
            } else if (want[i] < 0) {
                throw Errors.valueError("negative dimensions not allowed");
            } else {
                known = known * want[i];
                if (known > a.size && a.size > 0) known = a.size + 1; // stays wrong without overflowing
            }
        }
        if (unknown >= 0) {
            if (known == 0 || a.size % known != 0) throw cannot(a, want);
            want[unknown] = a.size / known;
        } else if (known != a.size) {
            throw cannot(a, want);
        }
        int[] shape = new int[want.length];
        for (int i = 0; i < want.length; i++) shape[i] = (int) want[i];
        return view(Creation.contiguous(ts, a), shape);
    }

    private static org.gilkit.runtime.PyException cannot(NdArray a, long[] want) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < want.length; i++) sb.append(i == 0 ? "" : ", ").append(want[i] == -1 ? "newaxis" : Long.toString(want[i]));
        sb.append(want.length == 1 ? ",)" : ")");
        return Errors.valueError("cannot reshape array of size " + a.size + " into shape " + sb.toString().replace(", ", ","));
    }

    private static NdArray view(NdArray c, int[] shape) {
        return new NdArray(c.buffer, c.dtype, c.offset, shape, Shapes.contiguousStrides(shape));
    }

    /** flatten (always a copy) or ravel (a view when contiguous). */
    static NdArray flat(ThreadState ts, NdArray a, boolean copy) {
        NdArray c = copy ? Creation.astype(ts, a, a.dtype) : Creation.contiguous(ts, a);
        return view(c, new int[] {(int) a.size});
    }
}
