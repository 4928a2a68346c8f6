package org.gilkit.modules;

import org.gilkit.runtime.Ops;
import org.gilkit.runtime.PyDict;
import org.gilkit.runtime.PyMethodDescr;
import org.gilkit.runtime.PyNone;
import org.gilkit.runtime.PyObject;
import org.gilkit.runtime.PyStr;
import org.gilkit.runtime.PyType;

/**
 * {@code types.SimpleNamespace}: an object whose attributes live in its {@code __dict__}, repr
 * {@code namespace(a=1, b=2)}. Used for {@code sys.implementation}; attribute access goes through
 * the generic lookup over {@link #dict()}.
 */
final class SimpleNamespace extends PyObject {
    static final PyType TYPE = PyType.builtin("SimpleNamespace", PyType.OBJECT, false);

    static {
        TYPE.define("__repr__", PyMethodDescr.noArgs(TYPE, "__repr__", (ts, s) -> {
            StringBuilder b = new StringBuilder("namespace(");
            String sep = "";
            for (var e : s.dict().entries()) {
                b.append(sep).append(((PyStr) e.getKey()).value()).append('=').append(Ops.repr(ts, e.getValue()));
                sep = ", ";
            }
            return new PyStr(b.append(')').toString());
        }));
    }

    private final PyDict dict = new PyDict();

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyDict dict() {
        return dict;
    }

    SimpleNamespace set(String name, PyObject value) {
        dict.putStr(name, value == null ? PyNone.NONE : value);
        return this;
    }
}
