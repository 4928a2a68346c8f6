package org.gilkit.runtime;

import java.util.HashMap;
import java.util.Map;

/**
 * An instance of a user class whose layout is plain object: its type, its {@code __dict__}
 * (created on first use; absent for classes whose {@code __slots__} exclude it) and the values of
 * its {@code __slots__}. Created by {@code object.__new__(cls)}. Subclasses of built-in types use
 * the built-in's own Java layout instead (see {@link PyType#solidBase()}).
 */
public final class PyInstance extends PyObject {
    private PyType type;
    private PyDict dict;
    private Map<String, PyObject> slots;

    public PyInstance(PyType type) {
        this.type = type;
    }

    @Override
    public PyType type() {
        return type;
    }

    /** {@code obj.__class__ = C} (layouts are checked by the caller). */
    void setType(PyType t) {
        type = t;
    }

    @Override
    public PyDict dict() {
        PyDict d = dict;
        if (d == null) {
            if (!type.instancesHaveDict()) return null;
            d = new PyDict();
            dict = d;
        }
        return d;
    }

    /** {@code obj.__dict__ = d}: the instance now uses {@code d} itself. */
    void setDict(PyDict d) {
        dict = d;
    }

    /** A {@code __slots__} value, or null if unset. */
    PyObject slot(String name) {
        return slots == null ? null : slots.get(name);
    }

    /** Sets (value non-null) or clears a {@code __slots__} value. */
    void setSlot(String name, PyObject value) {
        if (value == null) {
            if (slots != null) slots.remove(name);
            return;
        }
        if (slots == null) slots = new HashMap<>();
        slots.put(name, value);
    }
}
