package org.gilkit.modules.numpy;

import org.gilkit.runtime.PyModule;
import org.gilkit.runtime.PyStr;
import org.gilkit.runtime.ThreadState;

/** {@code numpy.random} (filled in by the next step). */
final class NumpyRandom {
    private NumpyRandom() {}

    static PyModule create(ThreadState ts) {
        PyModule m = new PyModule("numpy.random");
        m.put("__doc__", new PyStr("Seeded random arrays (values differ from NumPy's)."));
        return m;
    }
}
