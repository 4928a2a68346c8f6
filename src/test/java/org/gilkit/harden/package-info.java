/**
 * Tests that try to break gilkit (issue 11):
 * <ul>
 *   <li>{@link org.gilkit.harden.FacadeFuzzTest}: bad-input fuzzing of every public facade method,
 *       with {@link org.gilkit.harden.FuzzValues} (generators), {@link org.gilkit.harden.FuzzContext}
 *       (per-call resources, guard bytes) and {@link org.gilkit.harden.FuzzOracle} (JDK references);</li>
 *   <li>{@link org.gilkit.harden.ProgramFuzzTest}: Python-level fuzzing with programs from
 *       {@link org.gilkit.harden.ProgramGenerator} (seeded; builtins, methods, classes, generators,
 *       hashlib/zlib/numpy/gilkit.kernels/locks with bad arguments): each ends with output or a Python
 *       exception, never a Java one, a crash or a hang. The same generator's deterministic mode wrote
 *       the differential corpus {@code golden/fuzz/} (expectations from CPython);</li>
 *   <li>{@link org.gilkit.harden.MisuseTest}: the debug build's aborting misuses are exceptions
 *       through the facade, and the C lock's state is unchanged by them;</li>
 *   <li>{@link org.gilkit.harden.CancellationTest}: long released kernels stop when another thread
 *       sets the cancel flag, and the lock stays usable;</li>
 *   <li>{@link org.gilkit.harden.GilStressTest}: 2, 8 and 64 threads on one lock at 1 us under
 *       every policy, with kernels, sleeps and a native gilstate thread: no lost update, no
 *       deadlock ({@code -Dgilkit.stress.scale=N} runs N times longer);</li>
 *   <li>{@link org.gilkit.harden.ConcurrentCloseTest}: a monitor thread reading a lock while it
 *       closes never touches the freed C lock (caught under AddressSanitizer);</li>
 *   <li>{@link org.gilkit.harden.SnapshotTest}: the lock-state snapshot and the watchdog report;</li>
 *   <li>{@link org.gilkit.harden.WatchdogTest}: a real deadlock is reported with the lock's state
 *       and every stack;</li>
 *   <li>{@link org.gilkit.harden.RunWatchdogTest}: {@code gilkit run --watchdog} on a real Python
 *       deadlock (status 124, both threads and their lines) and {@code kill -USR1} dumps, in a child
 *       JVM ({@link org.gilkit.harden.GilkitChild});</li>
 *   <li>{@link org.gilkit.harden.KernelInterruptTest}: SIGINT during a long hashlib/zlib/gilkit.kernels
 *       call cancels the kernel, raises KeyboardInterrupt at the call line, and leaves locks,
 *       threads and kernels usable;</li>
 *   <li>{@link org.gilkit.harden.BufferCloseRaceTest}: NativeBuffer accessors racing a close see
 *       valid memory or "the NativeBuffer is closed", never freed memory or a raw exception;</li>
 *   <li>{@link org.gilkit.harden.SanitizedJvmTest}: {@code .ci/sanitize} really loads the
 *       sanitized library.</li>
 * </ul>
 *
 * <p>Shared helpers: {@link org.gilkit.harden.Watchdog} (bounded runs that print every thread's
 * stack and the lock's state when they time out) and {@link org.gilkit.harden.CrashFiles} (no
 * {@code hs_err_pid*.log} may appear). Everything here is deterministic: fixed seeds, no timing
 * asserts.
 */
package org.gilkit.harden;
