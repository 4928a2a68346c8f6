package org.gilkit.runtime;

import java.util.Arrays;

/** Python bytearray: a mutable, growable byte array (unhashable). */
public class PyByteArray extends PyObject implements PyBytesLike {
    public static final PyType TYPE = PyType.builtin("bytearray", PyType.OBJECT, true);

    static {
        BytesMethods.install(TYPE, true);
    }

    byte[] data;
    int size;
    private final PyType type;

    public PyByteArray(byte[] initial) {
        this(TYPE, initial);
    }

    PyByteArray(PyType type, byte[] initial) {
        this.type = type;
        this.data = initial;
        this.size = initial.length;
    }

    @Override
    public PyType type() {
        return type;
    }

    /** A copy of the current contents. */
    @Override
    public final byte[] bytes() {
        return Arrays.copyOf(data, size);
    }

    public final int size() {
        return size;
    }

    final void append(int b) {
        if (size == data.length) data = Arrays.copyOf(data, Math.max(8, size * 2));
        data[size++] = (byte) b;
    }

    final void setAll(byte[] b) {
        data = b;
        size = b.length;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        return o instanceof PyBytesLike && Arrays.equals(bytes(), ((PyBytesLike) o).bytes());
    }

    @Override
    public int hashCode() {
        throw Errors.typeError("unhashable type: 'bytearray'");
    }
}
