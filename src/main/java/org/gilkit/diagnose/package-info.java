/**
 * Diagnosing a stuck or slow Python program while it runs: what every Python thread is doing
 * and who holds the global interpreter lock. The pieces:
 * <ul>
 *   <li>{@link org.gilkit.diagnose.ThreadDump}: every Python thread's stack in CPython's
 *       {@code faulthandler} format, preceded by the lock's holder/waiter report
 *       ({@link org.gilkit.observe.WatchdogReport}).</li>
 *   <li>{@link org.gilkit.diagnose.RunWatchdog}: {@code gilkit run --watchdog=SECONDS}; prints the
 *       dump and ends the process if the program is still running after SECONDS.</li>
 *   <li>{@link org.gilkit.diagnose.DumpSignal}: {@code kill -USR1 PID} prints the dump on demand
 *       (the JVM keeps SIGQUIT for its own Java thread dump and does not let it be hooked).</li>
 * </ul>
 * Layering: called by {@code cli}; reads {@code runtime} (thread states and frames),
 * {@code gil} (lock snapshots) and {@code observe} (the report format). It never takes the GIL:
 * the threads it describes may be deadlocked, so it reads their frames racily (like CPython's
 * faulthandler, a best-effort picture).
 */
package org.gilkit.diagnose;
