package org.gilkit.modules;

import org.gilkit.runtime.Impl;
import org.gilkit.runtime.PyBuiltinFunction;
import org.gilkit.runtime.PyModule;
import org.gilkit.runtime.PyObject;
import org.gilkit.runtime.PyStr;

/** Small helpers for building module namespaces from Java. */
final class Fn {
    private Fn() {}

    /** Defines the module-level builtin {@code name} in {@code m}. */
    static void def(PyModule m, String name, Impl impl) {
        m.put(name, new PyBuiltinFunction(name, impl));
    }

    /** A new module named {@code name} with a {@code __doc__}. */
    static PyModule module(String name, String doc) {
        PyModule m = new PyModule(name);
        m.put("__doc__", new PyStr(doc));
        return m;
    }

    /** Argument {@code i} or {@code dflt} when absent (null). */
    static PyObject or(PyObject[] a, int i, PyObject dflt) {
        return i < a.length && a[i] != null ? a[i] : dflt;
    }
}
