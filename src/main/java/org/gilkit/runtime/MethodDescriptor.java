package org.gilkit.runtime;

/**
 * A descriptor that binds to a plain method (CPython's {@code Py_TPFLAGS_METHOD_DESCRIPTOR}):
 * {@code obj.name(args)} may call {@link #callBound} directly instead of allocating a bound
 * method first. {@link Ops#callMethod} uses it; implemented by {@link PyMethodDescr} and the VM's
 * PyFunction.
 */
public interface MethodDescriptor extends Descriptor {
    /** Calls with {@code self} prepended to the positional arguments. */
    PyObject callBound(ThreadState ts, PyObject self, PyObject[] args, String[] kwnames);
}
