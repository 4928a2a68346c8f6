/**
 * Observing the global interpreter lock: who holds it, who waits, for how long, and whether
 * native code really releases it. Everything here builds on the lock's always-on counters
 * ({@link org.gilkit.gil.GilStats}) and its per-thread event rings ({@link org.gilkit.gil.GilTrace}).
 *
 * <p>Recording:
 * <ul>
 *   <li>{@link org.gilkit.observe.TraceSession}: start on a {@code Gil}, stop to get a
 *       {@link org.gilkit.observe.Trace}; a background collector drains the rings.</li>
 *   <li>{@link org.gilkit.observe.ThreadRecorder}: the interpreter reports blocking calls
 *       (sleep, join, lock waits) through it.</li>
 *   <li>{@link org.gilkit.observe.JfrEmitter}: JFR events {@link org.gilkit.observe.GilWaitEvent}
 *       ({@code org.gilkit.GilWait}) and {@link org.gilkit.observe.KernelSpanEvent}
 *       ({@code org.gilkit.KernelSpan}) while a JFR recording runs.</li>
 * </ul>
 * The model: a {@link org.gilkit.observe.Trace} holds one {@link org.gilkit.observe.ThreadTrace}
 * per thread: raw events, {@link org.gilkit.observe.Interval}s of an
 * {@link org.gilkit.observe.IntervalKind} (derived by {@link org.gilkit.observe.IntervalDeriver}),
 * {@link org.gilkit.observe.KernelSpan}s, {@link org.gilkit.observe.BlockedCall}s and a
 * {@link org.gilkit.observe.ThreadSummary}; {@link org.gilkit.observe.TraceChecks} verifies its
 * structure (protocol order, one holder at a time).
 *
 * <p>Output: {@link org.gilkit.observe.PerfettoWriter} (Chrome/Perfetto trace-event JSON),
 * {@link org.gilkit.observe.HtmlReport} (one self-contained HTML timeline),
 * {@link org.gilkit.observe.StatsTable} (the {@code --stats} table) and
 * {@link org.gilkit.observe.GilStatsSnapshot} (per-thread counters for {@code gilkit.gil_stats()}).
 * {@link org.gilkit.observe.DemoWorkload} is the built-in workload of {@code gilkit trace --demo}.
 * {@link org.gilkit.observe.WatchdogReport} formats a lock snapshot ({@link org.gilkit.gil.GilSnapshot})
 * for deadlock diagnosis ({@code gilkit run --watchdog=SECONDS}, SIGQUIT).
 *
 * <p>In the product: {@code gilkit trace script.py} ({@code org.gilkit.cli.ScriptTrace}) starts a
 * session when the interpreter exists and installs it with
 * {@code InterpreterState.setTraceSession}, so that {@code ThreadState.blocking(what, op)} reports
 * every blocking call to the thread's recorder, named after its call site; {@code gilkit run
 * --stats} ({@code org.gilkit.cli.StatsAtExit}) prints the table when the main thread ends. User
 * guide: {@code docs/observe.md}.
 *
 * <p>How the interpreter wires it in (nothing here depends on the interpreter):
 * <pre>{@code
 * TraceSession session = TraceSession.start(gil);          // gilkit trace: before the first thread runs
 * ThreadRecorder rec = session.recorder(gilThread);        // per ThreadState (ThreadRecorder.NOOP if not tracing)
 * rec.blockedBegin("sleep"); gilThread.releaseForBlocking(); ...; gilThread.acquire(); rec.blockedEnd();
 * Trace trace = session.stop();                            // at exit, also after a failing script
 * PerfettoWriter.write(trace, writer); HtmlReport.write(trace, writer);
 * StatsTable.render(GilStatsSnapshot.of(gil), wallNanos);  // gilkit run --stats, no session needed
 * GilStatsSnapshot.of(gil).threads();                      // gilkit.gil_stats(): one dict per record
 * }</pre>
 * Kernel spans need nothing: every native kernel records KERNEL_BEGIN/END itself. JFR events
 * appear whenever a session runs inside a JVM that records ({@code -XX:StartFlightRecording}).
 *
 * <p>Layering: this package calls only the {@code org.gilkit.gil} and {@code org.gilkit.kernels}
 * facades; the CLI and the interpreter (runtime, vm, modules) call it.
 */
package org.gilkit.observe;
