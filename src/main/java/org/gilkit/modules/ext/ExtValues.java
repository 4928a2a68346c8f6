package org.gilkit.modules.ext;

import org.gilkit.kernels.ExtParam;
import org.gilkit.kernels.NativeBuffer;
import org.gilkit.modules.NativeData;
import org.gilkit.runtime.Errors;
import org.gilkit.runtime.PyBytes;
import org.gilkit.runtime.PyBytesLike;
import org.gilkit.runtime.PyFloat;
import org.gilkit.runtime.PyInt;
import org.gilkit.runtime.PyList;
import org.gilkit.runtime.PyObject;
import org.gilkit.runtime.PyTuple;
import org.gilkit.runtime.Ops;
import org.gilkit.runtime.PyExc;
import org.gilkit.runtime.ThreadState;

/**
 * Python values to and from the native buffers of a user-kernel call.
 * <ul>
 * <li>An object with off-heap data ({@link NativeData}, e.g. a numpy ndarray) whose
 *     {@code dtype} names the parameter's dtype ("float64", "int64", "uint8") is passed without a
 *     copy, for every kind of buffer: the kernel reads it, or writes it in place.</li>
 * <li>Otherwise an IN float64/int64 buffer accepts a list or tuple of numbers (copied in), an OUT
 *     or INOUT one a list (copied in, and the results written back into it); uint8 inputs accept
 *     bytes or bytearray (copied).</li>
 * <li>An output the caller left out comes back as a new list (bytes for uint8).</li>
 * </ul>
 * Every mismatch is a TypeError naming the function and the argument, before C runs.
 */
final class ExtValues {
    private ExtValues() {}

    /**
     * The off-heap data of {@code v} when it has some ({@link NativeData}), after checking its
     * dtype and contiguity; null when {@code v} is not such an object. Not a copy: never close it.
     */
    static NativeBuffer shared(ThreadState ts, String fname, ExtParam p, PyObject v) {
        if (!(v instanceof NativeData nd)) return null;
        PyObject dtype = Ops.getattrOrNull(ts, v, "dtype");
        String name = dtype == null ? "?" : Ops.str(ts, dtype);
        if (!name.equals(p.dtype().numpyName()))
            throw Errors.typeError(fname + "() argument '" + p.name() + "' must be a " + p.dtype().numpyName() + " array, not " + name);
        NativeBuffer b = nd.contiguousBytes();
        if (b == null) throw Errors.of(PyExc.BufferError, fname + "() argument '" + p.name() + "': the array is not C-contiguous");
        return b;
    }

    /** Copies {@code v} into a new NativeBuffer for parameter {@code p}; the caller closes it. */
    static NativeBuffer stage(String fname, ExtParam p, PyObject v) {
        boolean writes = p.kind() != ExtParam.Kind.IN;
        if (p.dtype() == ExtParam.Dtype.U8) {
            if (writes) throw Errors.typeError(fname + "() argument '" + p.name() + "': writable byte buffers are not supported yet; leave it out to get bytes back");
            if (!(v instanceof PyBytesLike b)) throw wrongType(fname, p, v, "a bytes-like object");
            return NativeBuffer.of(b.bytes());
        }
        PyObject[] items;
        if (v instanceof PyList l) items = l.toArray();
        else if (v instanceof PyTuple t && !writes) items = t.toArray();
        else throw wrongType(fname, p, v, writes ? "a list" : "a list or tuple");
        NativeBuffer b = NativeBuffer.allocateElements(items.length);
        try {
            for (int i = 0; i < items.length; i++) put(fname, p, b, i, items[i]);
        } catch (RuntimeException e) {
            b.close();
            throw e;
        }
        return b;
    }

    private static void put(String fname, ExtParam p, NativeBuffer b, int i, PyObject item) {
        if (p.dtype() == ExtParam.Dtype.F64) {
            if (item instanceof PyFloat f) b.putDouble(i, f.value());
            else if (item instanceof PyInt n) b.putDouble(i, n.asDouble());
            else throw badItem(fname, p, i, item, "float");
        } else {
            if (!(item instanceof PyInt n)) throw badItem(fname, p, i, item, "int");
            b.putLong(i, n.asLong());
        }
    }

    /** Copies the kernel's results back into the list the caller passed. */
    static void writeBack(ExtParam p, NativeBuffer b, PyList target) {
        for (int i = 0; i < target.size(); i++) target.set(i, element(p, b, i));
    }

    /** A new Python value holding the buffer's contents: a list, or bytes for uint8. */
    static PyObject toPython(ExtParam p, NativeBuffer b) {
        if (p.dtype() == ExtParam.Dtype.U8) return new PyBytes(b.toByteArray());
        long n = b.elementCount();
        if (n > Integer.MAX_VALUE - 8) throw Errors.of(PyExc.MemoryError, "result too large for a list");
        PyObject[] items = new PyObject[(int) n];
        for (int i = 0; i < items.length; i++) items[i] = element(p, b, i);
        return new PyList(items);
    }

    private static PyObject element(ExtParam p, NativeBuffer b, int i) {
        return p.dtype() == ExtParam.Dtype.F64 ? new PyFloat(b.getDouble(i)) : PyInt.of(b.getLong(i));
    }

    static RuntimeException wrongType(String fname, ExtParam p, PyObject v, String what) {
        return Errors.typeError(fname + "() argument '" + p.name() + "' must be " + what + ", not " + v.type().name());
    }

    private static RuntimeException badItem(String fname, ExtParam p, int i, PyObject item, String what) {
        return Errors.typeError(fname + "() argument '" + p.name() + "': item " + i + " must be " + what + ", not "
                + item.type().name());
    }
}
