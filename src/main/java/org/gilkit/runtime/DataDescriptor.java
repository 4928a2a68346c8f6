package org.gilkit.runtime;

/**
 * A data descriptor ({@code __set__}/{@code __delete__}): it takes precedence over the instance
 * dict on reads and intercepts writes (property, getset attributes such as {@code __class__}).
 */
public interface DataDescriptor extends Descriptor {
    /** {@code __set__(obj, value)}. */
    void set(ThreadState ts, PyObject obj, PyObject value);

    /** {@code __delete__(obj)}. */
    void delete(ThreadState ts, PyObject obj);
}
