package org.gilkit.modules;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import org.gilkit.runtime.ArgParser;
import org.gilkit.runtime.Errors;
import org.gilkit.runtime.Ops;
import org.gilkit.runtime.PyBytes;
import org.gilkit.runtime.PyFloat;
import org.gilkit.runtime.PyInt;
import org.gilkit.runtime.PyMethodDescr;
import org.gilkit.runtime.PyModule;
import org.gilkit.runtime.PyNone;
import org.gilkit.runtime.PyObject;
import org.gilkit.runtime.PyTuple;
import org.gilkit.runtime.PyType;
import org.gilkit.runtime.ThreadState;

/**
 * The {@code _random} module: {@code _random.Random}, a Mersenne Twister ({@link MersenneTwister})
 * with seed, random, getrandbits, getstate and setstate, bit-identical to CPython's, which the
 * Python module random.py (in the jar) builds its distributions on. Also {@code _sha512(bytes)}
 * for seeding from str/bytes as CPython's version-2 seeding does.
 */
final class RandomModule implements ModuleDef {
    static final PyType TYPE = PyType.builtin("Random", PyType.OBJECT, false);
    private static final SecureRandom ENTROPY = new SecureRandom();

    /** One generator object. */
    static final class Gen extends PyObject {
        final MersenneTwister mt = new MersenneTwister();

        @Override
        public PyType type() {
            return TYPE;
        }
    }

    static {
        TYPE.defineNew((ts, cls, args, kw) -> {
            Gen g = new Gen();
            seed(ts, g, args.length > 0 ? args[0] : PyNone.NONE);
            return g;
        });
        TYPE.define("random", PyMethodDescr.noArgs(TYPE, "random", (ts, s) -> new PyFloat(((Gen) s).mt.random())));
        TYPE.define("seed", PyMethodDescr.positional(TYPE, "seed", 0, 1, (ts, s, a) ->
                seed(ts, (Gen) s, a.length == 0 ? PyNone.NONE : a[0])));
        TYPE.define("getrandbits", PyMethodDescr.oneArg(TYPE, "getrandbits", (ts, s, k) -> {
            long n = Ops.index(ts, k).asLong();
            if (n < 0) throw Errors.valueError("number of bits must be non-negative");
            if (n > Integer.MAX_VALUE) throw Errors.overflowError("Python int too large to convert to C int");
            return PyInt.of(((Gen) s).mt.getrandbits((int) n));
        }));
        TYPE.define("getstate", PyMethodDescr.noArgs(TYPE, "getstate", (ts, s) -> {
            Gen g = (Gen) s;
            PyObject[] items = new PyObject[MersenneTwister.N + 1];
            for (int i = 0; i < MersenneTwister.N; i++) items[i] = PyInt.of(g.mt.mt[i] & 0xffffffffL);
            items[MersenneTwister.N] = PyInt.of(g.mt.index);
            return PyTuple.of(items);
        }));
        TYPE.define("setstate", PyMethodDescr.oneArg(TYPE, "setstate", (ts, s, st) -> {
            Gen g = (Gen) s;
            if (!(st instanceof PyTuple t)) throw Errors.typeError("state vector must be a tuple");
            if (t.size() != MersenneTwister.N + 1) throw Errors.valueError("state vector is the wrong size");
            for (int i = 0; i < MersenneTwister.N; i++) g.mt.mt[i] = (int) Ops.index(ts, t.get(i)).asLong();
            long idx = Ops.index(ts, t.get(MersenneTwister.N)).asLong();
            if (idx < 0 || idx > MersenneTwister.N) throw Errors.valueError("invalid state");
            g.mt.index = (int) idx;
            return PyNone.NONE;
        }));
    }

    @Override
    public String name() {
        return "_random";
    }

    @Override
    public PyModule create(ThreadState ts) {
        PyModule m = Fn.module("_random", "Module implements the Mersenne Twister random number generator.");
        m.put("Random", TYPE);
        Fn.def(m, "_sha512", (t, s, a, k) -> {
            ArgParser.exactlyOne("_sha512", a, k);
            if (!(a[0] instanceof PyBytes b)) throw Errors.typeError("_sha512() needs bytes");
            try {
                return new PyBytes(MessageDigest.getInstance("SHA-512").digest(b.bytes()));
            } catch (NoSuchAlgorithmException e) {
                throw Errors.systemError("SHA-512 unavailable");
            }
        });
        return m;
    }

    /** seed(None) from OS entropy; seed(int) as CPython (abs value's 32-bit words); others by hash. */
    static PyObject seed(ThreadState ts, Gen g, PyObject a) {
        BigInteger n;
        if (a == PyNone.NONE) {
            byte[] b = new byte[32];
            ENTROPY.nextBytes(b);
            n = new BigInteger(1, b);
        } else if (a instanceof PyInt i) {
            n = (i.isBig() ? i.bigValue() : BigInteger.valueOf(i.asLong())).abs();
        } else {
            n = BigInteger.valueOf(Ops.hash(ts, a)).abs();
        }
        g.mt.seed(n);
        return PyNone.NONE;
    }
}
