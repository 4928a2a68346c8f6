package org.gilkit.harden;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.gilkit.gil.Gil;
import org.gilkit.gil.GilPolicy;
import org.gilkit.gil.GilThread;
import org.gilkit.harden.FuzzContext.Filler;
import org.gilkit.kernels.HashAlgorithm;
import org.gilkit.kernels.HashKernels;
import org.gilkit.kernels.NativeBuffer;

/**
 * The argument generators of {@link FacadeFuzzTest}: for each parameter type, a fixed list of
 * candidates, some good (inside the contract) and most bad (null, closed, out of range, huge,
 * misaligned, overlapping, owned by another thread). A candidate is made fresh for every call
 * inside that call's {@link FuzzContext}. Types without a generator make the fuzzer fail, so a
 * new facade method with a new parameter type cannot silently escape it: add a generator here.
 */
final class FuzzValues {
    /**
     * One argument candidate: a label for reports, whether it is bad, how to make it in a call's
     * context, and for plain values the value itself ({@code constant}, else null).
     */
    record Candidate(String label, boolean bad, Function<FuzzContext, Object> make, Object constant) {
        static Candidate good(String label, Function<FuzzContext, Object> make) {
            return new Candidate(label, false, make, null);
        }

        static Candidate bad(String label, Function<FuzzContext, Object> make) {
            return new Candidate(label, true, make, null);
        }

        static Candidate constant(String label, boolean bad, Object value) {
            return new Candidate(label, bad, c -> value, value);
        }
    }

    private static final Map<Class<?>, List<Candidate>> BY_TYPE = new LinkedHashMap<>();

    static {
        BY_TYPE.put(int.class, ints());
        BY_TYPE.put(long.class, longs());
        BY_TYPE.put(double.class, doubles());
        BY_TYPE.put(byte.class, List.of(Candidate.constant("(byte)7", false, (byte) 7), Candidate.constant("(byte)-1", true, (byte) -1),
                Candidate.constant("(byte)0xA5", true, FuzzContext.GUARD)));
        BY_TYPE.put(boolean.class, List.of(Candidate.constant("true", false, true), Candidate.constant("false", false, false)));
        BY_TYPE.put(String.class, strings());
        BY_TYPE.put(byte[].class, byteArrays());
        BY_TYPE.put(long[].class, longArrays());
        BY_TYPE.put(java.nio.LongBuffer.class, longBuffers());
        BY_TYPE.put(double[].class, doubleArrays());
        BY_TYPE.put(Object.class, List.of(Candidate.constant("null", true, null), Candidate.constant("\"x\"", true, "x"),
                Candidate.constant("Integer(1)", true, 1)));
        BY_TYPE.put(List.class, List.of(Candidate.constant("List.of()", false, List.of()), Candidate.constant("null", true, null)));
        BY_TYPE.put(NativeBuffer.class, buffers());
        BY_TYPE.put(Gil.class, gils());
        BY_TYPE.put(GilThread.class, gilThreads());
        BY_TYPE.put(Object[].class, extArguments());
        BY_TYPE.put(org.gilkit.kernels.ExtKernel.class, extKernels());
    }

    private FuzzValues() {}

    /**
     * The candidates for a parameter of type {@code t}, or null if there is no generator.
     * Enums get null plus every constant; records get null plus one instance built from the
     * first good candidate of each component.
     */
    static List<Candidate> forType(Class<?> t) {
        List<Candidate> known = BY_TYPE.get(t);
        if (known != null) return known;
        if (t.isEnum()) return enumCandidates(t, true);
        if (t.isRecord()) return recordCandidates(t);
        return null;
    }

    /** Receivers for instance methods of {@code t} (never null), or null if there is no generator. */
    static List<Candidate> receivers(Class<?> t) {
        if (t == org.gilkit.kernels.Hasher.class) return hashers();
        if (t == org.gilkit.kernels.RefcountLesson.class) return refcountLessons();
        if (t.isEnum()) return enumCandidates(t, false);
        List<Candidate> all = forType(t);
        if (all == null) return null;
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : all) if (!c.label().equals("null")) out.add(c);
        return out;
    }

    private static List<Candidate> ints() {
        List<Candidate> l = new ArrayList<>();
        for (int v : new int[] {16, 1, 0}) l.add(Candidate.constant(Integer.toString(v), false, v));
        for (int v : new int[] {-1, Integer.MIN_VALUE, Integer.MAX_VALUE, 65, 63, 100_000, 1 << 27}) {
            l.add(Candidate.constant(Integer.toString(v), true, v));
        }
        return l;
    }

    private static List<Candidate> longs() {
        List<Candidate> l = new ArrayList<>();
        for (long v : new long[] {16, 0, 1000, 5_000_000}) l.add(Candidate.constant(Long.toString(v), false, v));
        for (long v : new long[] {-1, -8, Long.MIN_VALUE, Long.MAX_VALUE, 1, 8, 64, 63, 511, 513, 999, 4096,
                1L << 40, NativeBuffer.MAX_BYTES, NativeBuffer.MAX_BYTES + 1, Long.MAX_VALUE / 8 + 1}) {
            l.add(Candidate.constant(Long.toString(v), true, v));
        }
        return l;
    }

    private static List<Candidate> doubles() {
        List<Candidate> l = new ArrayList<>();
        l.add(Candidate.constant("1.5", false, 1.5));
        l.add(Candidate.constant("0.5", false, 0.5));
        for (double v : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0, -1.0, 2.0,
                Double.MAX_VALUE, Double.MIN_VALUE, 1e308}) {
            l.add(Candidate.constant(Double.toString(v), true, v));
        }
        return l;
    }

    private static List<Candidate> strings() {
        List<Candidate> l = new ArrayList<>();
        l.add(Candidate.constant("\"t1\"", false, "t1"));
        l.add(Candidate.constant("\"new\"", false, "new"));
        for (String s : new String[] {"", "   ", "FIFO", " legacy ", "off", "bogus", "\u0000", "a\u0000b", "\u00e9\u2713\u4e2d",
                "SHA256", "ADD", "AUTO", "x".repeat(10_000)}) {
            String label = s.length() > 20 ? "\"x\"*" + s.length() : "\"" + s.replace("\u0000", "\\0") + "\"";
            l.add(Candidate.constant(label, true, s));
        }
        l.add(Candidate.constant("null", true, null));
        return l;
    }

    private static List<Candidate> byteArrays() {
        return List.of(
                Candidate.good("bytes[64]", c -> randomBytes(c, 64)),
                Candidate.good("bytes[1000]", c -> randomBytes(c, 1000)),
                Candidate.bad("bytes[0]", c -> new byte[0]),
                Candidate.bad("bytes[1]", c -> randomBytes(c, 1)),
                Candidate.bad("bytes[5MiB]", c -> randomBytes(c, 5 << 20)),
                Candidate.constant("null", true, null));
    }

    private static byte[] randomBytes(FuzzContext c, int n) {
        byte[] b = new byte[n];
        c.random().nextBytes(b);
        return b;
    }

    /** Trace destinations (GilTrace.drainInto): direct native-order is the contract. */
    private static List<Candidate> longBuffers() {
        java.nio.ByteOrder other = java.nio.ByteOrder.nativeOrder() == java.nio.ByteOrder.LITTLE_ENDIAN
                ? java.nio.ByteOrder.BIG_ENDIAN : java.nio.ByteOrder.LITTLE_ENDIAN;
        return List.of(
                Candidate.good("direct[48]", c -> direct(48, java.nio.ByteOrder.nativeOrder())),
                Candidate.bad("null", c -> null),
                Candidate.bad("heap[48]", c -> java.nio.LongBuffer.allocate(48)),
                Candidate.bad("direct[48, foreign order]", c -> direct(48, other)),
                Candidate.bad("direct[2] (no room for an event)", c -> direct(2, java.nio.ByteOrder.nativeOrder())),
                Candidate.bad("direct[0]", c -> direct(0, java.nio.ByteOrder.nativeOrder())));
    }

    private static java.nio.LongBuffer direct(int longs, java.nio.ByteOrder order) {
        return java.nio.ByteBuffer.allocateDirect(longs * Long.BYTES).order(order).asLongBuffer();
    }

    private static List<Candidate> longArrays() {
        return List.of(
                Candidate.good("longs[64 sorted]", c -> c.random().longs(64, -1000, 1000).sorted().toArray()),
                Candidate.bad("longs[0]", c -> new long[0]),
                Candidate.bad("longs[3 unsorted]", c -> new long[] {3, 1, 2}),
                Candidate.bad("longs[extremes]", c -> new long[] {Long.MIN_VALUE, Long.MAX_VALUE, -1}),
                Candidate.constant("null", true, null));
    }

    private static List<Candidate> doubleArrays() {
        return List.of(
                Candidate.good("doubles[64]", c -> c.random().doubles(64, -1e3, 1e3).toArray()),
                Candidate.bad("doubles[0]", c -> new double[0]),
                Candidate.bad("doubles[NaN,Inf]", c -> new double[] {Double.NaN, Double.POSITIVE_INFINITY, -0.0}),
                Candidate.constant("null", true, null));
    }

    private static List<Candidate> buffers() {
        return List.of(
                Candidate.good("f64[64]", c -> c.region(512, 0, Filler.DOUBLES)),
                Candidate.good("i64[64]", c -> c.region(512, 0, Filler.LONGS)),
                Candidate.bad("f64[63]", c -> c.region(504, 0, Filler.DOUBLES)),
                Candidate.bad("f64[1]", c -> c.region(8, 0, Filler.DOUBLES)),
                Candidate.bad("empty", c -> c.region(0, 0, Filler.ZEROS)),
                Candidate.bad("12 bytes", c -> c.region(12, 0, Filler.BYTES)),
                Candidate.bad("misaligned+4", c -> c.region(512, 4, Filler.LONGS)),
                Candidate.bad("same as 1st buffer", FuzzContext::aliasOfFirst),
                Candidate.bad("overlaps 1st buffer", FuzzContext::overlapWithFirst),
                Candidate.bad("closed view", FuzzContext::closedView),
                Candidate.bad("view of freed root", FuzzContext::viewOfFreedRoot),
                Candidate.bad("freed root", FuzzContext::freedRoot),
                Candidate.bad("5MiB bytes", c -> c.bigRoot(5 << 20, Filler.BYTES)),
                Candidate.constant("null", true, null));
    }

    private static List<Candidate> gils() {
        return List.of(
                Candidate.good("gil(new)", c -> c.newGil(GilPolicy.NEW)),
                Candidate.bad("gil(legacy)", c -> c.newGil(GilPolicy.LEGACY)),
                Candidate.bad("gil(fifo)", c -> c.newGil(GilPolicy.FIFO)),
                Candidate.bad("gil(off)", c -> c.newGil(GilPolicy.OFF)),
                Candidate.bad("closed gil", FuzzContext::closedGil),
                Candidate.bad("gil I am attached to", FuzzContext::gilAttachedByMe),
                Candidate.bad("gil with a foreign thread", FuzzContext::sharedGil),
                Candidate.constant("null", true, null));
    }

    private static List<Candidate> gilThreads() {
        return List.of(
                Candidate.good("my thread, holding", c -> c.myThread(true)),
                Candidate.bad("my thread, not holding", c -> c.myThread(false)),
                Candidate.bad("my closed thread", FuzzContext::closedThread),
                Candidate.bad("another thread's", FuzzContext::foreignThread),
                Candidate.constant("null", true, null));
    }

    /** Every registered user kernel (the receivers of ExtKernel's methods). */
    private static List<Candidate> extKernels() {
        List<Candidate> l = new ArrayList<>();
        for (var k : org.gilkit.kernels.ExtKernels.all()) l.add(Candidate.constant("ext(" + k.name() + ")", false, k));
        l.add(Candidate.constant("null", true, null));
        return l;
    }

    /** Argument lists for ExtKernel.call: right for one example kernel, or broken in one way. */
    private static List<Candidate> extArguments() {
        return List.of(
                Candidate.good("mandelbrot 16x16", c -> new Object[] {16, 16, 0, 16, 20, -2.0, 1.0, -1.0, 1.0, null}),
                Candidate.good("histogram f64[64]", c -> new Object[] {c.region(512, 0, Filler.DOUBLES), 8, -1e3, 1e3, null}),
                Candidate.bad("mandelbrot rows past height", c -> new Object[] {16, 16, 8, 16, 20, -2.0, 1.0, -1.0, 1.0, null}),
                Candidate.bad("mandelbrot huge ints", c -> new Object[] {Integer.MAX_VALUE, -1, Long.MIN_VALUE, 0, 0, 0, 0, 0, 0, null}),
                Candidate.bad("mandelbrot NaN", c -> new Object[] {16, 16, 0, 16, 20, Double.NaN, 1.0, -1.0, 1.0, null}),
                Candidate.bad("histogram misaligned", c -> new Object[] {c.region(512, 4, Filler.DOUBLES), 8, 0.0, 1.0, null}),
                Candidate.bad("histogram counts overlap x", c -> new Object[] {c.region(512, 0, Filler.DOUBLES), 8, 0.0, 1.0,
                    c.overlapWithFirst().slice(0, 64)}),
                Candidate.bad("histogram closed x", c -> new Object[] {c.closedView(), 8, 0.0, 1.0, null}),
                Candidate.good("histogram given counts", c -> new Object[] {c.region(512, 0, Filler.ZEROS), 8, 0.0, 1.0,
                    c.region(64, 0, Filler.LONGS)}),
                Candidate.bad("histogram NaN data", c -> {
                    NativeBuffer x = c.region(512, 0, Filler.DOUBLES);
                    x.putDouble(3, Double.NaN);
                    return new Object[] {x, 8, -1e3, 1e3, null};
                }),
                Candidate.bad("wrong types", c -> new Object[] {"x", 1.5, null, new Object(), 1, 1, 1, 1, 1, 1}),
                Candidate.bad("empty", c -> new Object[0]),
                Candidate.constant("null", true, null));
    }

    private static List<Candidate> hashers() {
        List<Candidate> l = new ArrayList<>();
        for (HashAlgorithm a : HashAlgorithm.values()) {
            l.add(Candidate.good("hasher(" + a.hashName() + ")", c -> c.hasher(HashKernels.newHasher(a, 0))));
        }
        l.add(Candidate.bad("closed hasher", c -> {
            var h = c.hasher(HashKernels.newHasher(HashAlgorithm.SHA256, 0));
            h.close();
            return h;
        }));
        return l;
    }

    /** Object headers of the reference-count lesson: fresh ones and a closed one. */
    private static List<Candidate> refcountLessons() {
        return List.of(
                Candidate.good("RefcountLesson.create(1)", c -> org.gilkit.kernels.RefcountLesson.create(1)),
                Candidate.good("RefcountLesson.create(1 << 40)", c -> org.gilkit.kernels.RefcountLesson.create(1L << 40)),
                Candidate.bad("closed RefcountLesson", c -> {
                    var r = org.gilkit.kernels.RefcountLesson.create(1);
                    r.close();
                    return r;
                }));
    }

    private static List<Candidate> enumCandidates(Class<?> t, boolean withNull) {
        List<Candidate> l = new ArrayList<>();
        for (Object e : t.getEnumConstants()) l.add(Candidate.constant(t.getSimpleName() + "." + e, false, e));
        if (withNull) l.add(Candidate.constant("null", true, null));
        return l;
    }

    /** null, plus one instance from the first good candidate of each component. */
    private static List<Candidate> recordCandidates(Class<?> t) {
        RecordComponent[] rc = t.getRecordComponents();
        Class<?>[] types = Arrays.stream(rc).map(RecordComponent::getType).toArray(Class<?>[]::new);
        List<Candidate> first = new ArrayList<>();
        for (Class<?> ct : types) {
            List<Candidate> cs = forType(ct);
            if (cs == null) return null;
            first.add(cs.stream().filter(c -> !c.bad()).findFirst().orElse(cs.get(0)));
        }
        Function<FuzzContext, Object> make = c -> {
            try {
                Constructor<?> k = t.getDeclaredConstructor(types);
                Object[] args = new Object[types.length];
                for (int i = 0; i < args.length; i++) args[i] = first.get(i).make().apply(c);
                return k.newInstance(args);
            } catch (ReflectiveOperationException e) {
                throw new AssertionError("cannot build a " + t.getSimpleName(), e);
            }
        };
        return List.of(Candidate.good(t.getSimpleName() + "(sample)", make), Candidate.constant("null", true, null));
    }
}
