package org.gilkit.modules.mp;

import org.gilkit.runtime.PyExc;
import org.gilkit.runtime.PyType;

/**
 * The exception types of object transfer: {@code _pickle.PicklingError} (a function or class that
 * cannot be found by its name), a subclass of {@code pickle.PickleError} as in CPython. Exposed
 * by the {@code _multiprocessing} module.
 */
public final class Pickling {
    private Pickling() {}

    public static final PyType PICKLE_ERROR = PyType.builtin("_pickle", "PickleError",
            new PyType[] {PyExc.Exception}, true);
    public static final PyType ERROR = PyType.builtin("_pickle", "PicklingError",
            new PyType[] {PICKLE_ERROR}, true);
    public static final PyType UNPICKLING_ERROR = PyType.builtin("_pickle", "UnpicklingError",
            new PyType[] {PICKLE_ERROR}, true);
}
