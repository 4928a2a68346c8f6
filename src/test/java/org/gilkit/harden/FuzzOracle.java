package org.gilkit.harden;

import java.lang.reflect.Method;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import org.gilkit.kernels.BinaryOp;
import org.gilkit.kernels.HashAlgorithm;
import org.gilkit.kernels.NativeBuffer;

/**
 * "Or succeed correctly": when a fuzzed call returns normally, its result is checked against an
 * independent Java computation where one exists (the JDK's MessageDigest, CRC32 and CRC32C for
 * the hashes; plain loops for the array kernels and buffer accessors), using the arguments'
 * contents as they were before the call. Methods without an oracle are still covered by the
 * guard bytes and the cleanup checks of {@link FuzzContext}.
 */
final class FuzzOracle {
    private FuzzOracle() {}

    /** Inputs of one call as they were before it ran (byte snapshots of open buffers, else null). */
    record Before(byte[] receiver, byte[][] args) {}

    /** Returns a description of a wrong result, or null if the result is right or unchecked. */
    static String check(Method m, Object recv, Object[] a, Before before, Object result) {
        String cls = m.getDeclaringClass().getSimpleName();
        String name = m.getName();
        try {
            return switch (cls) {
                case "HashKernels" -> hashKernels(name, m.getParameterTypes(), a, before, result);
                case "ArrayKernels" -> arrayKernels(name, a, before, result);
                case "NativeBuffer" -> nativeBuffer(name, (NativeBuffer) recv, a, before, result);
                default -> null;
            };
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    // ---- hashes ----

    private static String hashKernels(String name, Class<?>[] types, Object[] a, Before b, Object result)
            throws NoSuchAlgorithmException {
        switch (name) {
            case "digest" -> {
                HashAlgorithm alg = (HashAlgorithm) a[0];
                byte[] data;
                long seed = 0;
                if (types[1] == byte[].class) {
                    data = Arrays.copyOfRange((byte[]) a[1], (int) a[2], (int) a[2] + (int) a[3]);
                } else {
                    data = b.args()[1];
                    if (types.length == 4) seed = (long) a[2];
                }
                byte[] want = reference(alg, data, seed);
                return want == null || Arrays.equals(want, (byte[]) result) ? null
                        : "digest " + hex((byte[]) result) + " != JDK's " + hex(want);
            }
            case "crc32", "crc32c" -> {
                if (((long) a[1] & 0xFFFFFFFFL) != 0) return null; // the JDK cannot resume a CRC
                long want = toLong(reference(name.equals("crc32") ? HashAlgorithm.CRC32 : HashAlgorithm.CRC32C, b.args()[0], 0));
                return want == (long) result ? null : name + " " + result + " != JDK's " + want;
            }
            default -> {
                return null;
            }
        }
    }

    /** The JDK's digest of {@code data}, or null where the JDK has no equivalent. */
    private static byte[] reference(HashAlgorithm alg, byte[] data, long seed) throws NoSuchAlgorithmException {
        return switch (alg) {
            case SHA256 -> MessageDigest.getInstance("SHA-256").digest(data);
            case SHA1 -> MessageDigest.getInstance("SHA-1").digest(data);
            case MD5 -> MessageDigest.getInstance("MD5").digest(data);
            case CRC32 -> {
                if ((seed & 0xFFFFFFFFL) != 0) yield null;
                CRC32 c = new CRC32();
                c.update(data);
                yield be32(c.getValue());
            }
            case CRC32C -> {
                if ((seed & 0xFFFFFFFFL) != 0) yield null;
                CRC32C c = new CRC32C();
                c.update(data);
                yield be32(c.getValue());
            }
            default -> null;
        };
    }

    // ---- array kernels ----

    private static String arrayKernels(String name, Object[] a, Before b, Object result) {
        switch (name) {
            case "sumI64" -> {
                long s = 0;
                for (long v : longs(b.args()[0])) s += v;
                return eq(s, (long) result, name);
            }
            case "minI64" -> {
                return eq(Arrays.stream(longs(b.args()[0])).min().orElseThrow(), (long) result, name);
            }
            case "maxI64" -> {
                return eq(Arrays.stream(longs(b.args()[0])).max().orElseThrow(), (long) result, name);
            }
            case "argmaxI64" -> {
                long[] v = longs(b.args()[0]);
                int best = 0;
                for (int i = 1; i < v.length; i++) if (v[i] > v[best]) best = i;
                return eq(best, (long) result, name);
            }
            case "sumF64" -> {
                double[] v = doubles(b.args()[0]);
                double s = 0, abs = 0;
                for (double x : v) {
                    s += x;
                    abs += Math.abs(x);
                }
                double got = (double) result;
                if (Double.isNaN(s)) return Double.isNaN(got) ? null : name + " " + got + " should be NaN";
                return Math.abs(got - s) <= 1e-12 * Math.max(abs, 1) ? null : name + " " + got + " != " + s;
            }
            case "fillI64" -> {
                long[] now = longs(((NativeBuffer) a[0]).toByteArray());
                for (long v : now) if (v != (long) a[1]) return name + " left " + v + " instead of " + a[1];
                return null;
            }
            case "fillF64" -> {
                double[] now = doubles(((NativeBuffer) a[0]).toByteArray());
                for (double v : now) {
                    if (Double.doubleToLongBits(v) != Double.doubleToLongBits((double) a[1])) return name + " left " + v;
                }
                return null;
            }
            case "binaryI64" -> {
                long[] x = longs(b.args()[1]), y = longs(b.args()[2]);
                long[] out = longs(((NativeBuffer) a[3]).toByteArray());
                for (int i = 0; i < x.length; i++) {
                    long want = switch ((BinaryOp) a[0]) {
                        case ADD -> x[i] + y[i];
                        case SUB -> x[i] - y[i];
                        case MUL -> x[i] * y[i];
                        case DIV -> throw new AssertionError("DIV of int64 must have been refused");
                    };
                    if (out[i] != want) return name + "[" + i + "] = " + out[i] + " != " + want;
                }
                return null;
            }
            default -> {
                return null;
            }
        }
    }

    // ---- buffer accessors ----

    private static String nativeBuffer(String name, NativeBuffer recv, Object[] a, Before b, Object result) {
        byte[] r = b.receiver();
        if (r == null) return null;
        ByteBuffer bb = ByteBuffer.wrap(r).order(ByteOrder.nativeOrder());
        switch (name) {
            case "get" -> {
                if (a.length == 1) return eq(r[(int) (long) a[0]], (byte) result, name);
                byte[] dst = (byte[]) a[1];
                int len = (int) a[3];
                return Arrays.equals(dst, (int) a[2], (int) a[2] + len, r, (int) (long) a[0], (int) (long) a[0] + len) ? null
                        : "get copied the wrong bytes";
            }
            case "getLong" -> {
                return eq(bb.getLong((int) (long) a[0] * 8), (long) result, name);
            }
            case "getDouble" -> {
                return eq(bb.getLong((int) (long) a[0] * 8), Double.doubleToRawLongBits((double) result), name);
            }
            case "toByteArray" -> {
                return Arrays.equals(r, (byte[]) result) ? null : "toByteArray returned other bytes";
            }
            case "slice" -> {
                NativeBuffer s = (NativeBuffer) result;
                return s.byteSize() == (long) a[1] && !s.isClosed() ? null : "slice has " + s.byteSize() + " bytes";
            }
            case "byteSize" -> {
                return eq(r.length, (long) result, name);
            }
            default -> {
                return null;
            }
        }
    }

    private static String eq(long want, long got, String what) {
        return want == got ? null : what + " returned " + got + ", expected " + want;
    }

    static long[] longs(byte[] b) {
        long[] out = new long[b.length / 8];
        ByteBuffer.wrap(b).order(ByteOrder.nativeOrder()).asLongBuffer().get(out);
        return out;
    }

    static double[] doubles(byte[] b) {
        double[] out = new double[b.length / 8];
        ByteBuffer.wrap(b).order(ByteOrder.nativeOrder()).asDoubleBuffer().get(out);
        return out;
    }

    private static byte[] be32(long v) {
        return new byte[] {(byte) (v >>> 24), (byte) (v >>> 16), (byte) (v >>> 8), (byte) v};
    }

    private static long toLong(byte[] bigEndian) {
        long v = 0;
        for (byte x : bigEndian) v = (v << 8) | (x & 0xFF);
        return v;
    }

    private static String hex(byte[] b) {
        StringBuilder sb = new StringBuilder();
        for (byte x : b) sb.append(String.format("%02x", x));
        return sb.toString();
    }
}
