package org.gilkit.runtime;

/**
 * A non-data descriptor: an object found in a type's dict whose {@code __get__} decides what an
 * attribute access returns (functions bind to methods, classmethod binds to the class...).
 *
 * <p>Contract: {@code obj} is null when the attribute is read from the class itself
 * ({@code A.f}; CPython passes None there). Implemented by {@link PyMethodDescr},
 * {@link PyClassMethod}, {@link PyStaticMethod}, the VM's PyFunction, and by {@link PyInstance}
 * of a user class defining {@code __get__} (through {@link Ops#getattr}).
 */
public interface Descriptor {
    /** {@code __get__(obj, owner)}; obj null for class access. */
    PyObject get(ThreadState ts, PyObject obj, PyType owner);
}
