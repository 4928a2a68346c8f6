package org.gilkit.modules;

import org.gilkit.kernels.NativeBuffer;
import org.gilkit.runtime.Errors;
import org.gilkit.runtime.PyBytesLike;
import org.gilkit.runtime.PyExc;
import org.gilkit.runtime.PyObject;
import org.gilkit.runtime.PyStr;

/**
 * The data argument of a hashing or checksum function: on-heap bytes ({@code bytes},
 * {@code bytearray}) or an off-heap {@link NativeBuffer} ({@link NativeData}, e.g. an ndarray),
 * which reaches C without a copy. Exactly one of {@code array}/{@code buffer} is set. The two
 * factories raise the TypeError texts of hashlib and of zlib respectively.
 */
record BufferArg(byte[] array, NativeBuffer buffer) {
    /** hashlib's conversion: "Strings must be encoded before hashing" for str. */
    static BufferArg forHash(PyObject o) {
        if (o instanceof PyStr) throw Errors.typeError("Strings must be encoded before hashing");
        BufferArg b = of(o);
        if (b == null) throw Errors.typeError("object supporting the buffer API required");
        return b;
    }

    /** zlib's and gilkit.kernels' conversion: "a bytes-like object is required, not 'str'". */
    static BufferArg bytesLike(PyObject o) {
        BufferArg b = of(o);
        if (b == null) throw Errors.typeError("a bytes-like object is required, not '" + o.type().name() + "'");
        return b;
    }

    private static BufferArg of(PyObject o) {
        if (o instanceof PyBytesLike bl) return new BufferArg(bl.bytes(), null);
        if (o instanceof NativeData nd) {
            NativeBuffer b = nd.contiguousBytes();
            if (b == null) throw Errors.of(PyExc.BufferError, "ndarray is not C-contiguous");
            return new BufferArg(null, b);
        }
        return null;
    }

    /** Number of bytes. */
    long length() {
        return array != null ? array.length : buffer.byteSize();
    }
}
