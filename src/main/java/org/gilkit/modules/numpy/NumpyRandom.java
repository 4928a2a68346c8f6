package org.gilkit.modules.numpy;

import org.gilkit.runtime.ArgParser;
import org.gilkit.runtime.PyModule;
import org.gilkit.runtime.PyNone;
import org.gilkit.runtime.PyObject;
import org.gilkit.runtime.PyStr;
import org.gilkit.runtime.PyTuple;
import org.gilkit.runtime.ThreadState;

/**
 * {@code numpy.random}: {@code default_rng(seed=None)} returning a {@link Generator}, and the
 * legacy module-level functions over one generator per interpreter (held by this module
 * object, not a Java static): {@code seed(n)}, {@code rand(d0, d1)}, {@code randn(d0, d1)},
 * {@code random(size=None)}, {@code randint(low, high=None, size=None)}. Values differ from
 * NumPy's; a seed makes them reproducible.
 */
final class NumpyRandom {
    private static final ArgParser RNG = ArgParser.of("default_rng", 0, "seed");
    private static final ArgParser SEED = ArgParser.of("seed", 0, "seed");
    private static final ArgParser SIZE = ArgParser.of("random", 0, "size");
    private static final ArgParser RANDINT = ArgParser.of("randint", 1, "low", "high", "size");

    private NumpyRandom() {}

    static PyModule create(ThreadState ts) {
        PyModule m = new PyModule("numpy.random");
        m.put("__doc__", new PyStr("Seeded random arrays (values differ from NumPy's)."));
        m.put("Generator", Generator.TYPE);
        Generator global = new Generator(Generator.seed(ts, null, 0, ""));
        NumpyModule.def(m, "default_rng", (t, s, a, k) -> new Generator(Generator.seed(t, RNG.parse(a, k)[0], Long.MAX_VALUE, "expected non-negative integer")));
        NumpyModule.def(m, "seed", (t, s, a, k) -> {
            global.reseed(Generator.seed(t, SEED.parse(a, k)[0], 0xffffffffL, "Seed must be between 0 and 2**32 - 1"));
            return PyNone.NONE;
        });
        NumpyModule.def(m, "random", (t, s, a, k) -> global.random(t, SIZE.parse(a, k)[0]));
        NumpyModule.def(m, "random_sample", (t, s, a, k) -> global.random(t, SIZE.parse(a, k)[0]));
        NumpyModule.def(m, "rand", (t, s, a, k) -> {
            ArgParser.noKeywords("rand", k);
            return global.random(t, dims(a));
        });
        NumpyModule.def(m, "randn", (t, s, a, k) -> {
            ArgParser.noKeywords("randn", k);
            return global.normal(t, 0, 1, dims(a));
        });
        NumpyModule.def(m, "randint", (t, s, a, k) -> global.integers(t, RANDINT.parse(a, k)));
        return m;
    }

    private static PyObject dims(PyObject[] a) {
        return a.length == 0 ? null : new PyTuple(a);
    }
}
