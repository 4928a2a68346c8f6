package org.gilkit.vm;

import org.gilkit.runtime.PyObject;
import org.gilkit.runtime.PyTuple;
import org.gilkit.runtime.PyType;

/**
 * The keyword names of one CALL_KW site, pushed by LOAD_CONST just before the call: an internal
 * stack value (never visible to Python code) that carries the {@code String[]} the call protocol
 * takes, so a keyword call allocates no name array.
 */
final class KwNames extends PyObject {
    static final PyType TYPE = PyType.builtin("kwnames", PyType.OBJECT, false);

    final String[] names;

    KwNames(String[] names) {
        this.names = names;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** Unused by the VM; keeps the value printable when debugging. */
    PyTuple asTuple() {
        return PyTuple.of(Constants.strs(names));
    }
}
