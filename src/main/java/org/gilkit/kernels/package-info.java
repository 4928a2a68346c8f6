/**
 * Facades over the native kernels ({@code native/src/array_math.c}, {@code sha256.c}, ...): the
 * layer the Python-level {@code numpy}, {@code hashlib}, {@code zlib} and {@code gilkit.kernels}
 * modules sit on. Every argument is validated here before C is called, so bad input is a Java
 * exception ({@link java.lang.IllegalArgumentException}, {@link java.lang.IllegalStateException},
 * {@link java.lang.IndexOutOfBoundsException}), never a JVM crash.
 *
 * <ul>
 *   <li>{@link org.gilkit.kernels.NativeBuffer}: off-heap memory with bounds-checked views; large
 *       bytes/arrays live here so kernels read them without a copy per call.</li>
 *   <li>{@link org.gilkit.kernels.ArrayKernels}: float64/int64 array math (sum, dot, elementwise,
 *       min/max/argmax, fill, matmul).</li>
 *   <li>{@link org.gilkit.kernels.HashKernels}, {@link org.gilkit.kernels.Hasher},
 *       {@link org.gilkit.kernels.HashAlgorithm}: one-shot and streaming hashes.</li>
 *   <li>{@link org.gilkit.kernels.ReleasePolicy}: per call AUTO / ALWAYS / NEVER (hold mode).</li>
 *   <li>{@link org.gilkit.kernels.Kernel} and {@link org.gilkit.kernels.KernelThresholds}: the
 *       process-wide release thresholds ({@code gilkit calibrate} sets them) and the choice of
 *       accelerated or portable code; {@link org.gilkit.kernels.ThresholdFile} reads the saved
 *       calibration at startup.</li>
 *   <li>{@link org.gilkit.kernels.KernelCancelledException}: a kernel saw its thread's cancel flag
 *       ({@code GilThread.setCancel}).</li>
 *   <li>{@link org.gilkit.kernels.ExtKernels}, {@link org.gilkit.kernels.ExtKernel},
 *       {@link org.gilkit.kernels.ExtParam}: user kernels ({@code native/src/ext/NAME.c},
 *       {@code gilkit/ext.h}), found in the native registry at run time and called through one
 *       generic binding after checking every argument against the kernel's schema
 *       (docs/extending.md).</li>
 * </ul>
 *
 * <p>Tiny calls: below a kernel's threshold, AUTO is decided here in Java and the call goes to a
 * {@code *_small} native (primitives in, result out, lock kept, no trace events), so a call on
 * 16 elements costs little more than the JNI transition. Small Java byte arrays are hashed from a
 * per-thread staging area instead of a NativeBuffer per call.
 *
 * <p>A kernel releases the lock of the calling thread's current {@code GilThread} (if it holds
 * one) around its loop; called from a thread with no lock it simply runs. This package calls only
 * {@code org.gilkit.binding}.
 */
package org.gilkit.kernels;
