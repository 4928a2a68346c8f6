package org.gilkit.modules;

import org.gilkit.kernels.HashAlgorithm;
import org.gilkit.kernels.HashKernels;
import org.gilkit.kernels.ReleasePolicy;
import org.gilkit.runtime.ArgParser;
import org.gilkit.runtime.Errors;
import org.gilkit.runtime.Ops;
import org.gilkit.runtime.PyInt;
import org.gilkit.runtime.PyModule;
import org.gilkit.runtime.PyObject;
import org.gilkit.runtime.PyStr;
import org.gilkit.runtime.ThreadState;

/**
 * The checksum part of {@code zlib}: {@code crc32(data, value=0, /)} on the C CRC-32 kernel
 * (zlib-compatible; large inputs release the GIL) and {@code adler32(data, value=1, /)} in
 * Java (no kernel: it is cheap and rarely hot). {@code value} is taken modulo 2^32 as zlib's
 * "unsigned int (bitwise)" converter does, so -1 is 0xFFFFFFFF. Compression is not provided.
 */
final class ZlibModule implements ModuleDef {
    private static final int ADLER_MOD = 65521;

    @Override
    public String name() {
        return "zlib";
    }

    @Override
    public PyModule create(ThreadState ts) {
        PyModule m = Fn.module("zlib", "The functions in this module allow checksum computation (crc32, adler32).");
        Fn.def(m, "crc32", (t, s, a, k) -> {
            ArgParser.positional("crc32", "zlib.crc32", a, k, 1, 2);
            BufferArg data = BufferArg.bytesLike(a[0]);
            long value = a.length > 1 ? unsigned32(t, a[1]) : 0;
            return PyInt.of(crc32(t, data, value, ReleasePolicy.AUTO));
        });
        Fn.def(m, "adler32", (t, s, a, k) -> {
            ArgParser.positional("adler32", "zlib.adler32", a, k, 1, 2);
            BufferArg data = BufferArg.bytesLike(a[0]);
            long value = a.length > 1 ? unsigned32(t, a[1]) : 1;
            return PyInt.of(adler32(data, value));
        });
        m.put("ZLIB_VERSION", new PyStr("1.2.13"));
        m.put("ZLIB_RUNTIME_VERSION", new PyStr("1.2.13"));
        return m;
    }

    /** The CRC-32 of {@code data} continuing from {@code value}; shared with gilkit.kernels. */
    static long crc32(ThreadState ts, BufferArg data, long value, ReleasePolicy policy) {
        return KernelCalls.run(ts, () -> data.buffer() != null
                ? HashKernels.crc32(data.buffer(), value, policy)
                : HashKernels.valueOf(HashAlgorithm.CRC32, data.array(), 0, data.array().length, value, policy));
    }

    /** An int argument reduced modulo 2^32 (CPython's bitwise unsigned int converter). */
    static long unsigned32(ThreadState ts, PyObject o) {
        if (!(o instanceof PyInt) && Ops.lookupSpecial(o, "__index__") == null)
            throw Errors.typeError("'" + o.type().name() + "' object cannot be interpreted as an integer");
        PyInt i = Ops.index(ts, o);
        return i.isBig() ? i.bigValue().longValue() & 0xFFFFFFFFL : i.longValue() & 0xFFFFFFFFL;
    }

    private static long adler32(BufferArg data, long value) {
        byte[] bytes = data.array() != null ? data.array() : KernelCalls.run(null, data.buffer()::toByteArray);
        long a = value & 0xFFFF, b = (value >>> 16) & 0xFFFF;
        if (bytes.length < 16) return adler32Short(bytes, a, b);
        for (int i = 0; i < bytes.length; ) {
            int end = Math.min(bytes.length, i + 5552); // zlib's NMAX: no overflow of b before the modulo
            for (; i < end; i++) {
                a += bytes[i] & 0xFF;
                b += a;
            }
            a %= ADLER_MOD;
            b %= ADLER_MOD;
        }
        return (b << 16) | a;
    }

    /**
     * zlib's adler32_z for fewer than 16 bytes (also the empty input): one conditional subtraction
     * instead of a modulo, as zlib does; an un-reduced starting value is reduced only this far,
     * and the results differ from a plain modulo, e.g. adler32(b'', -5).
     */
    private static long adler32Short(byte[] bytes, long a, long b) {
        if (bytes.length == 1) {
            a += bytes[0] & 0xFF;
            if (a >= ADLER_MOD) a -= ADLER_MOD;
            b += a;
            if (b >= ADLER_MOD) b -= ADLER_MOD;
            return (b << 16) | a;
        }
        for (byte x : bytes) {
            a += x & 0xFF;
            b += a;
        }
        if (a >= ADLER_MOD) a -= ADLER_MOD;
        return ((b % ADLER_MOD) << 16) | a;
    }
}
