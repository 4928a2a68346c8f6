package org.gilkit.runtime;

/**
 * The Java body of a built-in function or method: {@code self} is the bound object (null for a
 * module-level function), {@code args} holds positional then keyword values, {@code kwnames}
 * names the last {@code kwnames.length} of them (null or empty when there are none).
 */
@FunctionalInterface
public interface Impl {
    PyObject call(ThreadState ts, PyObject self, PyObject[] args, String[] kwnames);
}
