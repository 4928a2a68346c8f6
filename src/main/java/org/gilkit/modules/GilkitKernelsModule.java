package org.gilkit.modules;

import java.math.BigInteger;
import org.gilkit.kernels.HashAlgorithm;
import org.gilkit.kernels.HashKernels;
import org.gilkit.kernels.Kernel;
import org.gilkit.kernels.KernelThresholds;
import org.gilkit.kernels.ReleasePolicy;
import org.gilkit.runtime.ArgParser;
import org.gilkit.runtime.Errors;
import org.gilkit.runtime.Ops;
import org.gilkit.runtime.PyBytes;
import org.gilkit.runtime.PyDict;
import org.gilkit.runtime.PyInt;
import org.gilkit.runtime.PyModule;
import org.gilkit.runtime.PyObject;
import org.gilkit.runtime.PyStr;
import org.gilkit.runtime.ThreadState;

/**
 * {@code gilkit.kernels}: the C kernels called directly, each with a keyword-only
 * {@code policy='auto' | 'always' | 'never'} (release the GIL above the kernel's threshold,
 * always, or never: "hold" mode, to compare). Data is bytes, bytearray or an ndarray (off-heap:
 * no copy).
 * <ul>
 * <li>{@code crc32(data, value=0)}, {@code crc32c(data, value=0)}: the CRC continuing from
 *     {@code value} (taken modulo 2^32), as an int.</li>
 * <li>{@code xxh64(data, seed=0)}: XXH64 as an unsigned int (seed modulo 2^64).</li>
 * <li>{@code sha256(data)}, {@code sha1(data)}, {@code md5(data)}: the digest bytes.</li>
 * <li>{@code thresholds()}: kernel name to release threshold in bytes (policy auto).</li>
 * <li>{@code sum(a)}, {@code dot(a, b)}: the array kernels on numpy arrays (or lists), through
 *     {@link org.gilkit.modules.numpy.KernelFunctions}.</li>
 * <li>{@code RefcountObject(start=1)}: a CPython-shaped object header and Py_INCREF/Py_DECREF
 *     run on it with the GIL held, released or atomically ({@link RefcountObject}; the lesson
 *     of the tour's {@code refcount} scenario).</li>
 * </ul>
 * Created by {@link GilkitModule}, which registers it as {@code sys.modules['gilkit.kernels']}.
 */
final class GilkitKernelsModule implements ModuleDef {
    private static final BigInteger MASK64 = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    @Override
    public String name() {
        return "gilkit.kernels";
    }

    @Override
    public PyModule create(ThreadState ts) {
        PyModule m = Fn.module("gilkit.kernels", "Native kernels with an explicit GIL release policy.");
        m.put("__package__", new PyStr("gilkit"));
        valued(m, "crc32", HashAlgorithm.CRC32, "value");
        valued(m, "crc32c", HashAlgorithm.CRC32C, "value");
        valued(m, "xxh64", HashAlgorithm.XXH64, "seed");
        for (HashAlgorithm alg : new HashAlgorithm[] {HashAlgorithm.SHA256, HashAlgorithm.SHA1, HashAlgorithm.MD5}) digest(m, alg);
        ArgParser sum = new ArgParser("sum", new String[] {"a", "policy"}, 1, 1, 0);
        Fn.def(m, "sum", (t, s, a, k) -> {
            if (a.length == 1 && (k == null || k.length == 0)) return org.gilkit.modules.numpy.KernelFunctions.sum(t, a[0], ReleasePolicy.AUTO);
            PyObject[] v = sum.parse(a, k);
            return org.gilkit.modules.numpy.KernelFunctions.sum(t, v[0], KernelCalls.policy(v[1]));
        });
        ArgParser dot = new ArgParser("dot", new String[] {"a", "b", "policy"}, 2, 2, 0);
        Fn.def(m, "dot", (t, s, a, k) -> {
            PyObject[] v = dot.parse(a, k);
            return org.gilkit.modules.numpy.KernelFunctions.dot(t, v[0], v[1], KernelCalls.policy(v[2]));
        });
        m.put("RefcountObject", RefcountObject.TYPE);
        Fn.def(m, "thresholds", (t, s, a, k) -> {
            ArgParser.noArgs("thresholds", a, k);
            PyDict d = new PyDict();
            for (Kernel kn : Kernel.values()) d.putStr(kn.kernelName(), PyInt.of(KernelThresholds.get(kn)));
            return d;
        });
        return m;
    }

    /** {@code name(data, seed=0, *, policy='auto')} returning the checksum as an int. */
    private static void valued(PyModule m, String name, HashAlgorithm alg, String seedName) {
        ArgParser p = new ArgParser(name, new String[] {"data", seedName, "policy"}, 1, 2, 0);
        Fn.def(m, name, (t, s, a, k) -> {
            PyObject[] v = p.parse(a, k);
            BufferArg data = BufferArg.bytesLike(v[0]);
            ReleasePolicy policy = KernelCalls.policy(v[2]);
            if (alg == HashAlgorithm.CRC32) return PyInt.of(ZlibModule.crc32(t, data, v[1] == null ? 0 : ZlibModule.unsigned32(t, v[1]), policy));
            long seed = v[1] == null ? 0 : alg == HashAlgorithm.XXH64 ? unsigned64(t, v[1]) : ZlibModule.unsigned32(t, v[1]);
            long r = KernelCalls.run(t, () -> data.buffer() != null
                    ? (alg == HashAlgorithm.XXH64 ? HashKernels.xxh64(data.buffer(), seed, policy) : HashKernels.crc32c(data.buffer(), seed, policy))
                    : HashKernels.valueOf(alg, data.array(), 0, data.array().length, seed, policy));
            return r >= 0 ? PyInt.of(r) : PyInt.of(BigInteger.valueOf(r).and(MASK64));
        });
    }

    /** {@code name(data, *, policy='auto')} returning the digest bytes. */
    private static void digest(PyModule m, HashAlgorithm alg) {
        String name = alg.hashName();
        ArgParser p = new ArgParser(name, new String[] {"data", "policy"}, 1, 1, 0);
        Fn.def(m, name, (t, s, a, k) -> {
            PyObject[] v = p.parse(a, k);
            BufferArg data = BufferArg.bytesLike(v[0]);
            ReleasePolicy policy = KernelCalls.policy(v[1]);
            return new PyBytes(KernelCalls.run(t, () -> data.buffer() != null
                    ? HashKernels.digest(alg, data.buffer(), policy)
                    : HashKernels.digest(alg, data.array(), 0, data.array().length, policy)));
        });
    }

    private static long unsigned64(ThreadState ts, PyObject o) {
        if (!(o instanceof PyInt) && Ops.lookupSpecial(o, "__index__") == null)
            throw Errors.typeError("'" + o.type().name() + "' object cannot be interpreted as an integer");
        return Ops.index(ts, o).bigValue().longValue();
    }
}
