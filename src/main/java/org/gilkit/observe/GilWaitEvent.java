package org.gilkit.observe;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;
import jdk.jfr.Timespan;

/**
 * JFR event {@code org.gilkit.GilWait}: one thread waited for the lock. Emitted by
 * {@link JfrEmitter} when the session drains the ACQUIRE that ended the wait.
 *
 * <p>JFR cannot commit an event for a past time range, so the event's own start time is when the
 * collector drained it (up to one drain interval, 10 ms by default, after the wait), its own
 * duration is 0, and its event thread is the collector ({@code gilkit-trace-collector}). The
 * fields carry the facts: who waited ({@code gilThread}, {@code javaThreadId}), for how long
 * ({@code waitDuration}), and when the wait ended on the trace clock ({@code acquiredAtNanos},
 * CLOCK_MONOTONIC, the clock of {@link org.gilkit.gil.GilTrace#nowNanos()}).
 */
@Name("org.gilkit.GilWait")
@Label("GIL Wait")
@Category({"gilkit", "GIL"})
@Description("A thread waited for the gilkit global interpreter lock (reported when the trace collector drains it).")
@StackTrace(false)
public final class GilWaitEvent extends jdk.jfr.Event {
    @Label("GIL Thread")
    @Description("The name the thread attached to the lock with")
    String gilThread;

    @Label("Java Thread Id")
    long javaThreadId;

    @Label("Wait Duration")
    @Timespan(Timespan.NANOSECONDS)
    long waitDuration;

    @Label("Policy")
    @Description("The lock's policy: new, legacy, fifo or off")
    String policy;

    @Label("Acquired At (monotonic ns)")
    long acquiredAtNanos;
}
