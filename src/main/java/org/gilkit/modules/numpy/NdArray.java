package org.gilkit.modules.numpy;

import org.gilkit.kernels.NativeBuffer;
import org.gilkit.modules.NativeData;
import org.gilkit.runtime.PyObject;
import org.gilkit.runtime.PyType;

/**
 * {@code numpy.ndarray}: a view of 8-byte elements in a {@link NativeBuffer}. The buffer is the
 * whole allocation; {@code offset} (elements) and {@code strides} (elements, may be negative)
 * place the array in it, so slices and reshapes of contiguous arrays are new NdArrays sharing
 * the buffer (NumPy's views). One or two dimensions ({@link Shapes#MAX_NDIM}).
 *
 * <p>Contract: shape and strides are validated by whoever builds a view (Indexing, reshape), so
 * every element an NdArray addresses lies inside its buffer. {@code flat} is the contiguous
 * element range of a C-contiguous array (null otherwise): the kernels get it without a copy,
 * and {@link NativeData} hands it to hashlib, zlib and gilkit.kernels. Methods are installed on
 * {@link #TYPE} by {@link ArrayMethods}; created by {@link Creation} and the operations.
 */
public final class NdArray extends PyObject implements NativeData {
    static final PyType TYPE = PyType.builtin("numpy", "ndarray", new PyType[] {PyType.OBJECT}, false);

    static {
        ArrayMethods.install(TYPE);
    }

    final NativeBuffer buffer;
    final DType dtype;
    final long offset;
    final int[] shape;
    final long[] strides;
    final long size;
    /** The elements as one contiguous view when C-contiguous, else null. */
    final NativeBuffer flat;

    NdArray(NativeBuffer buffer, DType dtype, long offset, int[] shape, long[] strides) {
        this.buffer = buffer;
        this.dtype = dtype;
        this.offset = offset;
        this.shape = shape;
        this.strides = strides;
        this.size = Shapes.size(shape);
        this.flat = isContiguous(shape, strides) ? buffer.sliceElements(offset, size) : null;
    }

    /** A new zero-filled C-contiguous array. */
    static NdArray allocate(DType dtype, int[] shape) {
        long n = Shapes.size(shape);
        NativeBuffer b;
        try {
            b = NativeBuffer.allocateElements(n);
        } catch (OutOfMemoryError e) { // malloc said no: NumPy's _ArrayMemoryError is a MemoryError
            throw org.gilkit.runtime.Errors.of(org.gilkit.runtime.PyExc.MemoryError, "Unable to allocate " + 8 * n
                    + " bytes for an array with shape " + Shapes.text(shape) + " and data type " + dtype.label());
        }
        return new NdArray(b, dtype, 0, shape.clone(), Shapes.contiguousStrides(shape));
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public NativeBuffer contiguousBytes() {
        return flat;
    }

    int ndim() {
        return shape.length;
    }

    /** The buffer element index of the element at row-major position {@code i} (0 <= i < size). */
    long at(long i) {
        if (flat != null) return offset + i;
        if (shape.length == 1) return offset + i * strides[0];
        long r = i / shape[1], c = i % shape[1];
        return offset + r * strides[0] + c * strides[1];
    }

    double getDouble(long i) {
        long k = at(i);
        return dtype == DType.FLOAT64 ? buffer.getDouble(k) : buffer.getLong(k);
    }

    long getLong(long i) {
        long k = at(i);
        return dtype == DType.FLOAT64 ? (long) buffer.getDouble(k) : buffer.getLong(k);
    }

    /** Stores a value already converted to this array's dtype (doubles for float64). */
    void setDouble(long i, double v) {
        buffer.putDouble(at(i), v);
    }

    void setLong(long i, long v) {
        buffer.putLong(at(i), v);
    }

    /** The elements in row-major order as doubles (int64 converted). */
    double[] toDoubles() {
        double[] out = new double[Math.toIntExact(size)];
        if (flat != null && dtype == DType.FLOAT64) flat.getDoubles(0, out, 0, out.length);
        else for (int i = 0; i < out.length; i++) out[i] = getDouble(i);
        return out;
    }

    /** The elements in row-major order as longs (only for int64 and bool). */
    long[] toLongs() {
        long[] out = new long[Math.toIntExact(size)];
        if (flat != null) flat.getLongs(0, out, 0, out.length);
        else for (int i = 0; i < out.length; i++) out[i] = buffer.getLong(at(i));
        return out;
    }

    private static boolean isContiguous(int[] shape, long[] strides) {
        long expect = 1;
        for (int d = shape.length - 1; d >= 0; d--) {
            if (shape[d] != 1 && strides[d] != expect) return Shapes.size(shape) == 0;
            expect *= shape[d];
        }
        return true;
    }
}
