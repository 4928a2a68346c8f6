package org.gilkit.modules;

import org.gilkit.kernels.NativeBuffer;

/**
 * A Python object whose data lives off-heap in a {@link NativeBuffer} (CPython's buffer protocol
 * for one contiguous block): hashlib, zlib and gilkit.kernels hand that buffer to the C kernels
 * without copying it. Implemented by {@code numpy.ndarray}.
 */
public interface NativeData {
    /**
     * The object's bytes as one contiguous buffer (a view sharing its memory), or null when the
     * object is not contiguous (the caller then raises BufferError).
     */
    NativeBuffer contiguousBytes();
}
