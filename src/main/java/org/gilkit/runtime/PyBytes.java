package org.gilkit.runtime;

import java.util.Arrays;

/** Python bytes: an immutable byte array. Methods in {@link BytesMethods}. */
public class PyBytes extends PyObject implements PyBytesLike {
    public static final PyType TYPE = PyType.builtin("bytes", PyType.OBJECT, true);
    public static final PyBytes EMPTY = new PyBytes(new byte[0]);

    static {
        BytesMethods.install(TYPE, false);
    }

    final byte[] value;

    /** Wraps {@code value} without copying (the caller must not modify it afterwards). */
    public PyBytes(byte[] value) {
        this.value = value;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public final byte[] bytes() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        return o instanceof PyBytesLike && Arrays.equals(value, ((PyBytesLike) o).bytes());
    }

    @Override
    public int hashCode() {
        return javaHash(pyHash());
    }

    /** A deterministic hash (CPython randomises bytes hashes, so any value is faithful). */
    final long pyHash() {
        long h = 1469598103934665603L;
        for (byte b : value) h = (h ^ (b & 0xff)) * 1099511628211L;
        return h == -1 ? -2 : h;
    }
}
