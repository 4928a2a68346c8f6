package org.gilkit.vm;

import org.gilkit.compiler.Code;
import org.gilkit.runtime.PyObject;
import org.gilkit.runtime.PyType;

/**
 * A {@link Code} as a Python value: what LOAD_CONST pushes for MAKE_FUNCTION, and
 * {@code f.__code__}. Its attributes are defined in {@link CodeType}.
 */
public final class PyCode extends PyObject {
    public static final PyType TYPE = CodeType.create();

    final Code code;

    PyCode(Code code) {
        this.code = code;
    }

    public Code code() {
        return code;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String toString() {
        return code.toString();
    }
}
