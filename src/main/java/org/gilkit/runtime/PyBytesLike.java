package org.gilkit.runtime;

import java.nio.charset.StandardCharsets;

/** bytes and bytearray: objects exposing a byte buffer (CPython's buffer protocol, simplified). */
public interface PyBytesLike {
    /** The bytes (the live array for bytearray up to its length: callers must not keep it). */
    byte[] bytes();

    /** The bytes as a Latin-1 string (for int()/float() of bytes). */
    default String latin1() {
        return new String(bytes(), StandardCharsets.ISO_8859_1);
    }

    /** The bytes of a bytes-like object, or TypeError "a bytes-like object is required, not 'str'". */
    static byte[] bytesOf(ThreadState ts, PyObject o) {
        if (o instanceof PyBytesLike) return ((PyBytesLike) o).bytes();
        throw Errors.typeError("a bytes-like object is required, not '" + o.type().name() + "'");
    }
}
