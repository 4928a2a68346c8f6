package org.gilkit.kernels;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.gilkit.binding.GilkitNative.Ext;

/**
 * One registered user kernel ({@code native/src/ext/NAME.c}, {@code gilkit/ext.h}): its name,
 * its parameter schema, its release threshold, and {@link #call}, which validates every
 * argument against the schema and then runs the kernel through the one generic binding
 * {@code gilkit_ext_invoke}. No per-kernel Java exists: everything here is driven by the schema
 * the C file declares, so the Python module {@code gilkit.ext} can expose every kernel the same
 * way.
 *
 * <p>Contract of {@link #call}: arguments in schema order, one per parameter; a buffer is a
 * {@link NativeBuffer} (whole buffer = the array; its byte size must be a multiple of the dtype's
 * size, and 8-byte dtypes must be 8-byte aligned), an INT a {@link Long}/{@link Integer}/
 * {@link Short}/{@link Byte} inside [min, max], a FLOAT any finite {@link Number}. An OUT
 * parameter with a size rule may be null: it is then allocated (zeroed) and returned, owned by
 * the caller. Every violation is an {@link IllegalArgumentException} naming the kernel and the
 * parameter, thrown before C runs; nothing is allocated then. A cancelled call throws
 * {@link KernelCancelledException}; a data error the kernel reports (gilkit_ext_fail) an
 * {@link IllegalArgumentException} with its message. Thread-safe: each call runs on the calling
 * thread and releases its GIL as the {@link ReleasePolicy} says.
 *
 * <p>Wired in: obtained from {@link ExtKernels}; the {@code gilkit.ext} Python module maps its
 * functions onto {@link #call}; the JMH benches in {@code org.gilkit.bench.ext} call it.
 */
public final class ExtKernel {
    private static final int OK = 0;
    private static final int EINVAL = -1;
    private static final int ENOMEM = -2;
    private static final int ECANCELLED = -7;
    private static final int EVALUE = -100;

    private final int id;
    private final String name;
    private final String doc;
    private final String workRule;
    private final List<ExtParam> params;
    private final Map<String, ExtParam> byName;
    private final SizeRule[] sizeRules; // by param index; null when the param has none

    ExtKernel(int id, String name, String doc, String workRule, List<ExtParam> params) {
        this.id = id;
        this.name = name;
        this.doc = doc;
        this.workRule = workRule;
        this.params = List.copyOf(params);
        Map<String, ExtParam> m = new LinkedHashMap<>();
        for (ExtParam p : params) m.put(p.name(), p);
        this.byName = Collections.unmodifiableMap(m);
        this.sizeRules = new SizeRule[params.size()];
        ExtSchemaCheck.check(this);
        for (ExtParam p : params) if (!p.sizeRule().isEmpty()) sizeRules[p.index()] = SizeRule.parse(p.sizeRule());
    }

    /** The kernel's name: its C file name and its Python function name. */
    public String name() {
        return name;
    }

    /** One line: what the kernel computes. */
    public String doc() {
        return doc;
    }

    /** The size rule of the call's work that AUTO compares with the threshold; "" = bytes of all buffers. */
    public String workRule() {
        return workRule;
    }

    /** The parameters in schema order. */
    public List<ExtParam> params() {
        return params;
    }

    /** The parameter called {@code paramName}. @throws IllegalArgumentException if there is none */
    public ExtParam param(String paramName) {
        ExtParam p = byName.get(paramName);
        if (p == null) throw error("has no parameter '" + paramName + "' (parameters: " + String.join(", ", byName.keySet()) + ")");
        return p;
    }

    /** The OUT parameters, in schema order: what {@link #call} returns. */
    public List<ExtParam> outputs() {
        return params.stream().filter(p -> p.kind() == ExtParam.Kind.OUT).toList();
    }

    /** The AUTO threshold, in units of the work rule. */
    public long threshold() {
        return Ext.gilkit_ext_threshold(id);
    }

    /** The threshold the C descriptor declares. */
    public long defaultThreshold() {
        return Ext.gilkit_ext_default_threshold(id);
    }

    /** Sets the AUTO threshold (process-wide; 0 makes AUTO always release). @throws IllegalArgumentException if negative */
    public void setThreshold(long work) {
        if (work < 0 || work == Long.MAX_VALUE) throw error("threshold must be in [0, " + (Long.MAX_VALUE - 1) + "], got " + work);
        KernelStatus.check(Ext.gilkit_ext_set_threshold(id, work), "ExtKernel.setThreshold");
    }

    /** A Python-style signature: OUT buffers are keyword-only, e.g. {@code scale(x, factor, *, y=None, policy='auto')}. */
    public String signature() {
        List<String> pos = new ArrayList<>(), kw = new ArrayList<>();
        for (ExtParam p : params) {
            if (p.kind() == ExtParam.Kind.OUT) kw.add(p.name() + (p.isOptional() ? "=None" : ""));
            else pos.add(p.name());
        }
        kw.add("policy='auto'");
        return name + "(" + String.join(", ", pos) + (pos.isEmpty() ? "" : ", ") + "*, " + String.join(", ", kw) + ")";
    }

    /**
     * The help text of the kernel (the Python function's {@code __doc__}): the signature, the
     * one-line doc, then one line per parameter ({@link ExtParam#describe()}) and the outputs.
     */
    public String help() {
        StringBuilder sb = new StringBuilder(signature()).append("\n\n").append(doc).append("\n");
        for (ExtParam p : params) sb.append("\n  ").append(p.describe());
        sb.append("\n  policy: 'auto' releases the GIL when the work (").append(workRule.isEmpty() ? "bytes of all buffers" : workRule)
                .append(") reaches ").append(threshold()).append(", 'always', or 'never' (hold mode)");
        List<String> outs = outputs().stream().map(ExtParam::name).toList();
        sb.append("\n\nReturns ").append(outs.isEmpty() ? "None" : outs.size() == 1 ? outs.get(0) : "(" + String.join(", ", outs) + ")").append(".");
        return sb.toString();
    }

    /**
     * Validates {@code args} against the schema and runs the kernel.
     * @param policy whether the call releases the GIL
     * @param args one per parameter, in schema order (see the class comment); null for an
     *        optional OUT buffer to have it allocated
     * @return the OUT buffers in schema order (given or allocated)
     */
    public List<NativeBuffer> call(ReleasePolicy policy, Object... args) {
        if (policy == null) throw error("policy must not be null");
        if (args == null || args.length != params.size())
            throw error("takes " + params.size() + " arguments (" + String.join(", ", byName.keySet()) + "), got "
                    + (args == null ? "null" : args.length));
        long[] ints = new long[params.size()];
        double[] floats = new double[params.size()];
        NativeBuffer[] bufs = new NativeBuffer[params.size()];
        for (ExtParam p : params) {
            Object a = args[p.index()];
            switch (p.kind()) {
                case INT -> ints[p.index()] = intArg(p, a);
                case FLOAT -> floats[p.index()] = floatArg(p, a);
                default -> bufs[p.index()] = bufferArg(p, a);
            }
        }
        ToLongFunction<String> lookup = n -> {
            ExtParam q = byName.get(n);
            return q.kind() == ExtParam.Kind.INT ? ints[q.index()] : length(bufs[q.index()], q);
        };
        for (ExtParam p : params) if (bufs[p.index()] != null) checkSize(p, bufs[p.index()], lookup);
        List<NativeBuffer> allocated = allocateOutputs(bufs, lookup);
        try {
            checkOverlaps(bufs);
            invoke(policy, ints, floats, bufs);
        } catch (RuntimeException | Error e) {
            for (NativeBuffer b : allocated) b.close();
            throw e;
        }
        List<NativeBuffer> out = new ArrayList<>();
        for (ExtParam p : params) if (p.kind() == ExtParam.Kind.OUT) out.add(bufs[p.index()]);
        return out;
    }

    @Override
    public String toString() {
        return "ExtKernel[" + signature() + "]";
    }

    // ---- argument checks --------------------------------------------------------------------

    private long intArg(ExtParam p, Object a) {
        if (!(a instanceof Long || a instanceof Integer || a instanceof Short || a instanceof Byte))
            throw error("parameter '" + p.name() + "' must be an int, got " + describe(a));
        long v = ((Number) a).longValue();
        if (v < p.min() || v > p.max()) throw error("parameter '" + p.name() + "' must be in [" + p.min() + ", " + p.max() + "], got " + v);
        return v;
    }

    private double floatArg(ExtParam p, Object a) {
        if (!(a instanceof Number)) throw error("parameter '" + p.name() + "' must be a float, got " + describe(a));
        double v = ((Number) a).doubleValue();
        if (!Double.isFinite(v)) throw error("parameter '" + p.name() + "' must be finite, got " + v);
        return v;
    }

    private NativeBuffer bufferArg(ExtParam p, Object a) {
        if (a == null) {
            if (p.isOptional()) return null;
            throw error("buffer '" + p.name() + "' is required, got null");
        }
        if (!(a instanceof NativeBuffer b)) throw error("parameter '" + p.name() + "' must be a NativeBuffer, got " + describe(a));
        if (b.isClosed()) throw error("buffer '" + p.name() + "' is closed");
        int size = p.dtype().size();
        if (b.byteSize() % size != 0)
            throw error("buffer '" + p.name() + "' holds " + b.byteSize() + " bytes, not a whole number of "
                    + p.dtype().numpyName() + " elements");
        if (size > 1 && b.address() % size != 0) throw error("buffer '" + p.name() + "' is not " + size + "-byte aligned");
        return b;
    }

    private static long length(NativeBuffer b, ExtParam p) {
        return b.byteSize() / p.dtype().size();
    }

    private void checkSize(ExtParam p, NativeBuffer b, ToLongFunction<String> lookup) {
        SizeRule rule = sizeRules[p.index()];
        if (rule == null) return;
        long want = evaluate(rule, p, lookup);
        if (length(b, p) != want)
            throw error("buffer '" + p.name() + "' must have " + rule + " = " + want + " elements, got " + length(b, p));
    }

    private long evaluate(SizeRule rule, ExtParam p, ToLongFunction<String> lookup) {
        try {
            long v = rule.evaluate(lookup);
            if (v > NativeBuffer.MAX_BYTES / p.dtype().size()) throw new ArithmeticException();
            return v;
        } catch (ArithmeticException e) {
            throw error("the size of '" + p.name() + "' (" + rule + ") is too large");
        }
    }

    private List<NativeBuffer> allocateOutputs(NativeBuffer[] bufs, ToLongFunction<String> lookup) {
        long[] lengths = new long[params.size()];
        for (ExtParam p : params)
            if (p.kind().isBuffer() && bufs[p.index()] == null) lengths[p.index()] = evaluate(sizeRules[p.index()], p, lookup);
        List<NativeBuffer> allocated = new ArrayList<>();
        try {
            for (ExtParam p : params) {
                if (!p.kind().isBuffer() || bufs[p.index()] != null) continue;
                bufs[p.index()] = NativeBuffer.allocate(lengths[p.index()] * p.dtype().size());
                allocated.add(bufs[p.index()]);
            }
        } catch (RuntimeException | Error e) {
            for (NativeBuffer b : allocated) b.close();
            throw e;
        }
        return allocated;
    }

    private void checkOverlaps(NativeBuffer[] bufs) {
        for (ExtParam p : params) {
            if (p.kind() != ExtParam.Kind.OUT && p.kind() != ExtParam.Kind.INOUT) continue;
            for (ExtParam q : params) {
                if (q == p || !q.kind().isBuffer()) continue;
                NativeBuffer a = bufs[p.index()], b = bufs[q.index()];
                if (a.byteSize() > 0 && b.byteSize() > 0 && a.address() < b.address() + b.byteSize()
                        && b.address() < a.address() + a.byteSize())
                    throw error("output buffer '" + p.name() + "' overlaps buffer '" + q.name() + "'");
            }
        }
    }

    // ---- the native call --------------------------------------------------------------------

    private void invoke(ReleasePolicy policy, long[] ints, double[] floats, NativeBuffer[] bufs) {
        List<NativeBuffer> pinned = new ArrayList<>();
        try {
            for (NativeBuffer b : bufs) {
                if (b == null) continue;
                b.pin("ext kernel '" + name + "'");
                pinned.add(b);
            }
            ExtCallArea area = ExtCallArea.get();
            for (ExtParam p : params) {
                int i = p.index();
                switch (p.kind()) {
                    case INT -> slot(area, i, ints[i], 0);
                    case FLOAT -> slot(area, i, Double.doubleToRawLongBits(floats[i]), 0);
                    default -> slot(area, i, bufs[i].address(), length(bufs[i], p));
                }
            }
            int st = Ext.gilkit_ext_invoke(id, area.slots, 2 * params.size(), policy.code(), area.error, ExtCallArea.ERROR_CAP);
            check(st, area);
        } finally {
            for (NativeBuffer b : pinned) b.unpin();
        }
    }

    private static void slot(ExtCallArea area, int param, long first, long second) {
        area.put(2 * param, first);
        area.put(2 * param + 1, second);
    }

    private void check(int st, ExtCallArea area) {
        if (st == OK) return;
        if (st == ECANCELLED) throw new KernelCancelledException("ext kernel '" + name + "'");
        String msg = area.errorMessage();
        if (msg.startsWith(name + ": ")) msg = msg.substring(name.length() + 2);
        if (st == EVALUE) throw error(msg);
        if (st == ENOMEM) throw new OutOfMemoryError("ext kernel '" + name + "': native allocation failed");
        if (st == EINVAL) throw new IllegalStateException("ext kernel '" + name + "': the C dispatcher refused arguments the facade accepted: " + msg);
        throw new IllegalStateException("ext kernel '" + name + "' failed: " + msg + " (" + st + ")");
    }

    private IllegalArgumentException error(String what) {
        return new IllegalArgumentException("ext kernel '" + name + "': " + what);
    }

    private static String describe(Object a) {
        return a == null ? "null" : a.getClass().getSimpleName() + " " + a;
    }
}
