package org.gilkit.vm;

import org.gilkit.runtime.ClassBuilder;
import org.gilkit.runtime.PyObject;
import org.gilkit.runtime.PyType;

/**
 * A variable shared between a function and the closures that capture it (CPython's cell): the
 * frame of the defining function and every inner function's closure hold the same Cell, and
 * LOAD_DEREF/STORE_DEREF go through it. A class body's {@code __class__} cell is filled by the
 * runtime once the class exists ({@link ClassBuilder.ClassCell}), which is what zero-argument
 * {@code super()} reads.
 */
public final class Cell extends PyObject implements ClassBuilder.ClassCell {
    public static final PyType TYPE = PyType.builtin("cell", PyType.OBJECT, false);

    /** The variable's value, or null while unbound. Plain field: races under --gil=off may lose updates. */
    public PyObject value;

    public Cell() {}

    public Cell(PyObject value) {
        this.value = value;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public void set(PyObject cls) {
        value = cls;
    }
}
