package org.gilkit.binding;

import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.javacpp.Loader;
import org.bytedeco.javacpp.LongPointer;
import org.bytedeco.javacpp.Pointer;
import org.bytedeco.javacpp.annotation.Cast;
import org.bytedeco.javacpp.annotation.NoException;
import org.bytedeco.javacpp.annotation.Opaque;
import org.bytedeco.javacpp.annotation.Platform;
import org.bytedeco.javacpp.annotation.Properties;

/**
 * The JavaCPP binding of libgilkit: natives only, with the exact C names; validation lives in the
 * facades ({@code org.gilkit.gil.Gil}, {@code org.gilkit.kernels.*}). Every C header has one nested
 * class here. They are nested in this one top-level class because each top-level {@code @Platform}
 * class becomes its own JNI library, and each costs ~1.75 s of g++ at build time (BUILD-NOTES P6).
 *
 * <p>{@code link = "gilkit"} links {@code -lgilkit} at build time and makes {@link Loader} preload the
 * copied {@code libgilkit.so} from the same resource folder at run time, so no LD_LIBRARY_PATH is
 * needed, from target/classes or from inside a jar.
 */
@Platform(include = {"gilkit/gil.h", "gilkit/trace.h", "gilkit/testkernels.h",
        "gilkit/kernel.h", "gilkit/array_math.h", "gilkit/hash.h", "gilkit/bench.h",
        "gilkit/ext.h", "gilkit/memory.h", "gilkit/lesson_refcount.h"}, link = "gilkit")
@NoException
public final class GilkitNative {
    static {
        NativeLoader.load();
    }

    private GilkitNative() {}

    /** Loads the native libraries; call before creating any Pointer (BUILD-NOTES P3). See {@link NativeLoader}. */
    public static void load() {
        NativeLoader.load();
    }

    /** C: {@code const char *gilkit_version(void)}. */
    public static native String gilkit_version();

    /** C: {@code const char *gilkit_strerror(int code)}. */
    public static native String gilkit_strerror(int code);

    /** C: {@code struct gilkit_gil}, one lock per interpreter; opaque. */
    @Opaque
    public static class gilkit_gil extends Pointer {
        public gilkit_gil() {
            super((Pointer) null);
        }

        public gilkit_gil(Pointer p) {
            super(p);
        }
    }

    /** C: {@code struct gilkit_tstate}, one per interpreter thread; opaque. */
    @Opaque
    public static class gilkit_tstate extends Pointer {
        public gilkit_tstate() {
            super((Pointer) null);
        }

        public gilkit_tstate(Pointer p) {
            super(p);
        }
    }

    /**
     * {@code gilkit/gil.h}: the lock. Facade: {@code org.gilkit.gil.Gil} and {@code GilThread}.
     * Never mark any of these {@code @CriticalRegion}: they may block on the lock (BUILD-NOTES P12).
     */
    @Properties(inherit = GilkitNative.class)
    @NoException
    public static class Gil {
        static {
            GilkitNative.load();
        }

        protected Gil() {}

        public static native gilkit_gil gilkit_gil_create(int policy, @Cast("int64_t") long interval_ns);

        public static native int gilkit_gil_destroy(gilkit_gil gil);

        public static native int gilkit_gil_policy(gilkit_gil gil);

        public static native int gilkit_gil_set_interval_ns(gilkit_gil gil, @Cast("int64_t") long interval_ns);

        public static native @Cast("int64_t") long gilkit_gil_interval_ns(gilkit_gil gil);

        public static native int gilkit_gil_set_legacy_ticks(gilkit_gil gil, int ticks);

        public static native int gilkit_gil_legacy_ticks(gilkit_gil gil);

        public static native @Cast("int32_t*") IntPointer gilkit_gil_eval_breaker(gilkit_gil gil);

        public static native @Cast("int64_t") long gilkit_gil_switch_number(gilkit_gil gil);

        public static native int gilkit_gil_waiters(gilkit_gil gil);

        public static native gilkit_tstate gilkit_tstate_create(gilkit_gil gil, String name);

        public static native int gilkit_tstate_destroy(gilkit_tstate ts);

        public static native int gilkit_gil_acquire(gilkit_tstate ts);

        public static native int gilkit_gil_release(gilkit_tstate ts, int reason);

        public static native int gilkit_gil_checkpoint(gilkit_tstate ts);

        public static native int gilkit_tstate_holds(gilkit_tstate ts);

        public static native int gilkit_tstate_stats(gilkit_tstate ts, @Cast("int64_t*") long[] out, int n);

        public static native int gilkit_tstate_set_cancel(gilkit_tstate ts, int cancel);

        public static native gilkit_tstate gilkit_tstate_current();

        public static native int gilkit_cancel_requested();

        public static native int gilkit_assert_held();

        public static native gilkit_tstate gilkit_save_thread();

        public static native void gilkit_restore_thread(gilkit_tstate ts);

        public static native int gilkit_gilstate_ensure(gilkit_gil gil);

        public static native int gilkit_gilstate_release(gilkit_gil gil, int token);

        public static native int gilkit_gil_snapshot(gilkit_gil gil, @Cast("int64_t*") long[] out, int max_threads,
                @Cast("char*") byte[] names, @Cast("int64_t") long names_bytes);
    }

    /** {@code gilkit/trace.h}: per-thread event rings. Facade: {@code org.gilkit.gil.GilTrace}. */
    @Properties(inherit = GilkitNative.class)
    @NoException
    public static class Trace {
        static {
            GilkitNative.load();
        }

        protected Trace() {}

        public static native int gilkit_trace_enable(gilkit_gil gil, @Cast("int64_t") long events_per_thread);

        public static native int gilkit_trace_disable(gilkit_gil gil);

        public static native int gilkit_trace_enabled(gilkit_gil gil);

        public static native @Cast("int64_t") long gilkit_trace_drain(
                gilkit_tstate ts, @Cast("int64_t*") LongPointer out, @Cast("int64_t") long max_events);

        public static native @Cast("int64_t") long gilkit_trace_dropped(gilkit_tstate ts);

        public static native int gilkit_tstate_id(gilkit_tstate ts);

        public static native @Cast("int64_t") long gilkit_trace_now_ns();

        public static native void gilkit_trace_kernel_begin(int kernel_id, @Cast("int64_t") long bytes);

        public static native void gilkit_trace_kernel_end(int kernel_id, @Cast("int64_t") long bytes, int released);

        public static native int gilkit_trace_kernel_id(String name);

        public static native @Cast("const char*") String gilkit_trace_kernel_name(int kernel_id);
    }

    /** {@code gilkit/testkernels.h}: kernels that exist to test and measure the lock. */
    @Properties(inherit = GilkitNative.class)
    @NoException
    public static class TestKernels {
        static {
            GilkitNative.load();
        }

        protected TestKernels() {}

        public static native int gilkit_test_rendezvous(int parties, @Cast("int64_t") long timeout_ns, int release_lock);

        public static native int gilkit_test_noop_released();

        public static native int gilkit_test_noop();

        public static native int gilkit_test_foreign_increments(
                gilkit_gil gil, @Cast("int64_t*") LongPointer counter, @Cast("int64_t") long iterations);
    }

    /**
     * {@code gilkit/kernel.h}: release thresholds and implementation choice of every kernel.
     * Facade: {@code org.gilkit.kernels.KernelThresholds}.
     */
    @Properties(inherit = GilkitNative.class)
    @NoException
    public static class Kernel {
        static {
            GilkitNative.load();
        }

        protected Kernel() {}

        public static native int gilkit_kernel_set_threshold(int kernel_id, @Cast("int64_t") long bytes);
        public static native @Cast("int64_t") long gilkit_kernel_threshold(int kernel_id);
        public static native @Cast("int64_t") long gilkit_kernel_default_threshold(int kernel_id);
        public static native @Cast("const char*") String gilkit_kernel_name(int kernel_id);
        public static native int gilkit_kernel_set_impl(int kernel_id, int impl);
        public static native int gilkit_kernel_impl(int kernel_id);
    }

    /**
     * {@code gilkit/array_math.h}. Pointers are passed as raw addresses ({@code @Cast} longs): no
     * Pointer object is read or allocated per call, which keeps a tiny kernel call near the bare
     * JNI cost. Facade: {@code org.gilkit.kernels.ArrayKernels}, which validates every address.
     * Never {@code @CriticalRegion}: the kernels may block on the lock (BUILD-NOTES P12).
     */
    @Properties(inherit = GilkitNative.class)
    @NoException
    public static class ArrayMath {
        static {
            GilkitNative.load();
        }

        protected ArrayMath() {}

        public static native int gilkit_sum_f64(@Cast("const double*") long a, @Cast("int64_t") long n, @Cast("double*") long out, int policy);
        public static native int gilkit_sum_i64(@Cast("const int64_t*") long a, @Cast("int64_t") long n, @Cast("int64_t*") long out, int policy);
        public static native int gilkit_dot_f64(@Cast("const double*") long a, @Cast("const double*") long b, @Cast("int64_t") long n, @Cast("double*") long out, int policy);
        public static native int gilkit_add_f64(@Cast("const double*") long a, @Cast("const double*") long b, @Cast("double*") long out, @Cast("int64_t") long n, int policy);
        public static native int gilkit_sub_f64(@Cast("const double*") long a, @Cast("const double*") long b, @Cast("double*") long out, @Cast("int64_t") long n, int policy);
        public static native int gilkit_mul_f64(@Cast("const double*") long a, @Cast("const double*") long b, @Cast("double*") long out, @Cast("int64_t") long n, int policy);
        public static native int gilkit_div_f64(@Cast("const double*") long a, @Cast("const double*") long b, @Cast("double*") long out, @Cast("int64_t") long n, int policy);
        public static native int gilkit_add_i64(@Cast("const int64_t*") long a, @Cast("const int64_t*") long b, @Cast("int64_t*") long out, @Cast("int64_t") long n, int policy);
        public static native int gilkit_sub_i64(@Cast("const int64_t*") long a, @Cast("const int64_t*") long b, @Cast("int64_t*") long out, @Cast("int64_t") long n, int policy);
        public static native int gilkit_mul_i64(@Cast("const int64_t*") long a, @Cast("const int64_t*") long b, @Cast("int64_t*") long out, @Cast("int64_t") long n, int policy);
        public static native int gilkit_add_scalar_f64(@Cast("const double*") long a, double s, @Cast("double*") long out, @Cast("int64_t") long n, int policy);
        public static native int gilkit_sub_scalar_f64(@Cast("const double*") long a, double s, @Cast("double*") long out, @Cast("int64_t") long n, int policy);
        public static native int gilkit_rsub_scalar_f64(@Cast("const double*") long a, double s, @Cast("double*") long out, @Cast("int64_t") long n, int policy);
        public static native int gilkit_mul_scalar_f64(@Cast("const double*") long a, double s, @Cast("double*") long out, @Cast("int64_t") long n, int policy);
        public static native int gilkit_div_scalar_f64(@Cast("const double*") long a, double s, @Cast("double*") long out, @Cast("int64_t") long n, int policy);
        public static native int gilkit_rdiv_scalar_f64(@Cast("const double*") long a, double s, @Cast("double*") long out, @Cast("int64_t") long n, int policy);
        public static native int gilkit_add_scalar_i64(@Cast("const int64_t*") long a, @Cast("int64_t") long s, @Cast("int64_t*") long out, @Cast("int64_t") long n, int policy);
        public static native int gilkit_sub_scalar_i64(@Cast("const int64_t*") long a, @Cast("int64_t") long s, @Cast("int64_t*") long out, @Cast("int64_t") long n, int policy);
        public static native int gilkit_rsub_scalar_i64(@Cast("const int64_t*") long a, @Cast("int64_t") long s, @Cast("int64_t*") long out, @Cast("int64_t") long n, int policy);
        public static native int gilkit_mul_scalar_i64(@Cast("const int64_t*") long a, @Cast("int64_t") long s, @Cast("int64_t*") long out, @Cast("int64_t") long n, int policy);
        public static native int gilkit_axpy_f64(double alpha, @Cast("const double*") long x, @Cast("double*") long y, @Cast("int64_t") long n, int policy);
        public static native int gilkit_scale_f64(double alpha, @Cast("double*") long x, @Cast("int64_t") long n, int policy);
        public static native int gilkit_sqrt_f64(@Cast("const double*") long a, @Cast("double*") long out, @Cast("int64_t") long n, int policy);
        public static native int gilkit_exp_f64(@Cast("const double*") long a, @Cast("double*") long out, @Cast("int64_t") long n, int policy);
        public static native int gilkit_min_f64(@Cast("const double*") long a, @Cast("int64_t") long n, @Cast("double*") long out, int policy);
        public static native int gilkit_max_f64(@Cast("const double*") long a, @Cast("int64_t") long n, @Cast("double*") long out, int policy);
        public static native int gilkit_argmax_f64(@Cast("const double*") long a, @Cast("int64_t") long n, @Cast("int64_t*") long out, int policy);
        public static native int gilkit_min_i64(@Cast("const int64_t*") long a, @Cast("int64_t") long n, @Cast("int64_t*") long out, int policy);
        public static native int gilkit_max_i64(@Cast("const int64_t*") long a, @Cast("int64_t") long n, @Cast("int64_t*") long out, int policy);
        public static native int gilkit_argmax_i64(@Cast("const int64_t*") long a, @Cast("int64_t") long n, @Cast("int64_t*") long out, int policy);
        public static native int gilkit_fill_f64(@Cast("double*") long a, @Cast("int64_t") long n, double value, int policy);
        public static native int gilkit_fill_i64(@Cast("int64_t*") long a, @Cast("int64_t") long n, @Cast("int64_t") long value, int policy);
        public static native int gilkit_copy_strided64(@Cast("const void*") long src, @Cast("int64_t") long src_stride, @Cast("void*") long dst,
                @Cast("int64_t") long dst_stride, @Cast("int64_t") long n, int policy);
        public static native int gilkit_i64_to_f64(@Cast("const int64_t*") long a, @Cast("double*") long out, @Cast("int64_t") long n, int policy);
        public static native int gilkit_matmul_f64(@Cast("const double*") long a, @Cast("const double*") long b, @Cast("double*") long c,
                @Cast("int64_t") long m, @Cast("int64_t") long k, @Cast("int64_t") long n, int policy);

        public static native int gilkit_reduce_axis_f64(@Cast("const double*") long a, @Cast("int64_t") long rows, @Cast("int64_t") long cols,
                int axis, int op, @Cast("void*") long out, int policy);
        public static native int gilkit_reduce_axis_i64(@Cast("const int64_t*") long a, @Cast("int64_t") long rows, @Cast("int64_t") long cols,
                int axis, int op, @Cast("void*") long out, int policy);

        // Tiny calls: primitives in, the result out (gilkit/kernel.h "Tiny calls"); no Pointer,
        // no scratch read, policy HOLD_QUIET. The facades use them below the threshold.
        public static native double gilkit_sum_f64_small(@Cast("const double*") long a, @Cast("int64_t") long n);
        public static native @Cast("int64_t") long gilkit_sum_i64_small(@Cast("const int64_t*") long a, @Cast("int64_t") long n);
        public static native double gilkit_dot_f64_small(@Cast("const double*") long a, @Cast("const double*") long b, @Cast("int64_t") long n);
        public static native double gilkit_min_f64_small(@Cast("const double*") long a, @Cast("int64_t") long n);
        public static native double gilkit_max_f64_small(@Cast("const double*") long a, @Cast("int64_t") long n);
        public static native @Cast("int64_t") long gilkit_argmax_f64_small(@Cast("const double*") long a, @Cast("int64_t") long n);
        public static native @Cast("int64_t") long gilkit_min_i64_small(@Cast("const int64_t*") long a, @Cast("int64_t") long n);
        public static native @Cast("int64_t") long gilkit_max_i64_small(@Cast("const int64_t*") long a, @Cast("int64_t") long n);
        public static native @Cast("int64_t") long gilkit_argmax_i64_small(@Cast("const int64_t*") long a, @Cast("int64_t") long n);
    }

    /**
     * {@code gilkit/hash.h}: the generic entry points of all six hash families (SHA-256, SHA-1,
     * MD5, CRC-32, CRC-32C, XXH64), selected by kernel id. Raw addresses as in {@link ArrayMath}.
     * Facade: {@code org.gilkit.kernels.HashKernels} and {@code Hasher}.
     */
    @Properties(inherit = GilkitNative.class)
    @NoException
    public static class Hash {
        static {
            GilkitNative.load();
        }

        protected Hash() {}

        public static native int gilkit_hash_is_hash(int kernel_id);
        public static native int gilkit_hash_state_size(int kernel_id);
        public static native int gilkit_hash_digest_size(int kernel_id);
        public static native int gilkit_hash_block_size(int kernel_id);
        public static native int gilkit_hash_init(int kernel_id, @Cast("void*") long state, @Cast("uint64_t") long seed);
        public static native int gilkit_hash_update(int kernel_id, @Cast("void*") long state, @Cast("const void*") long data, @Cast("int64_t") long len, int policy);
        public static native int gilkit_hash_digest(int kernel_id, @Cast("const void*") long state, @Cast("uint8_t*") long out);
        public static native int gilkit_hash(int kernel_id, @Cast("const void*") long data, @Cast("int64_t") long len, @Cast("uint64_t") long seed,
                @Cast("uint8_t*") long out, int policy);

        // Tiny calls (policy HOLD_QUIET): the facades use them below the threshold.
        public static native int gilkit_hash_small(int kernel_id, @Cast("const void*") long data, @Cast("int64_t") long len,
                @Cast("uint64_t") long seed, @Cast("uint8_t*") long out);
        public static native @Cast("uint64_t") long gilkit_hash_small_value(int kernel_id, @Cast("const void*") long data,
                @Cast("int64_t") long len, @Cast("uint64_t") long seed);
    }

    /**
     * {@code gilkit/memory.h}: zeroed off-heap blocks as raw addresses (one JNI call each, no
     * Pointer object). Facade: {@code org.gilkit.kernels.NativeBuffer}.
     */
    @Properties(inherit = GilkitNative.class)
    @NoException
    public static class Memory {
        static {
            GilkitNative.load();
        }

        protected Memory() {}

        public static native @Cast("void*") long gilkit_mem_calloc(@Cast("int64_t") long bytes);
        public static native void gilkit_mem_free(@Cast("void*") long p);
    }

    /**
     * {@code gilkit/lesson_refcount.h}: Py_INCREF/Py_DECREF on a shared object header, with the
     * lock held, released, or atomic (why the GIL exists). Raw addresses as in {@link ArrayMath}.
     * Facade: {@code org.gilkit.kernels.RefcountLesson}.
     */
    @Properties(inherit = GilkitNative.class)
    @NoException
    public static class LessonRefcount {
        static {
            GilkitNative.load();
        }

        protected LessonRefcount() {}

        public static native @Cast("int64_t") long gilkit_lesson_refcount_pairs(@Cast("gilkit_lesson_object*") long obj,
                @Cast("int64_t") long pairs, @Cast("int64_t") long refs, int mode);
    }

    /** {@code gilkit/bench.h}: the plain C loop that benchmarks compare the kernels with. */
    @Properties(inherit = GilkitNative.class)
    @NoException
    public static class Bench {
        static {
            GilkitNative.load();
        }

        protected Bench() {}

        public static native double gilkit_bench_sum_baseline(@Cast("const double*") long a, @Cast("int64_t") long n);
    }

    /**
     * {@code gilkit/ext.h}: the registry of user kernels (native/src/ext/NAME.c) and the one
     * generic entry point that runs any of them by id. Arguments travel as raw addresses of
     * off-heap int64 slots, so one binding serves every user kernel. Facade:
     * {@code org.gilkit.kernels.ExtKernels} / {@code ExtKernel}, which validates every argument
     * against the kernel's schema first. Never {@code @CriticalRegion}: kernels release the lock.
     */
    @Properties(inherit = GilkitNative.class)
    @NoException
    public static class Ext {
        static {
            GilkitNative.load();
        }

        protected Ext() {}

        public static native int gilkit_ext_count();
        public static native int gilkit_ext_find(String name);
        public static native @Cast("const char*") String gilkit_ext_name(int id);
        public static native @Cast("const char*") String gilkit_ext_doc(int id);
        public static native @Cast("const char*") String gilkit_ext_work_rule(int id);
        public static native int gilkit_ext_param_count(int id);
        public static native @Cast("const char*") String gilkit_ext_param_name(int id, int p);
        public static native int gilkit_ext_param_kind(int id, int p);
        public static native int gilkit_ext_param_dtype(int id, int p);
        public static native @Cast("const char*") String gilkit_ext_param_size(int id, int p);
        public static native @Cast("const char*") String gilkit_ext_param_doc(int id, int p);
        public static native @Cast("int64_t") long gilkit_ext_param_min(int id, int p);
        public static native @Cast("int64_t") long gilkit_ext_param_max(int id, int p);
        public static native @Cast("int64_t") long gilkit_ext_threshold(int id);
        public static native @Cast("int64_t") long gilkit_ext_default_threshold(int id);
        public static native int gilkit_ext_set_threshold(int id, @Cast("int64_t") long work);
        public static native int gilkit_ext_invoke(int id, @Cast("const int64_t*") long slots, int n_slots, int policy,
                @Cast("char*") long error, int error_cap);
    }
}
