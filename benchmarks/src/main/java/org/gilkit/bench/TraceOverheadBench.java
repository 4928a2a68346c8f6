package org.gilkit.bench;

import java.util.concurrent.TimeUnit;
import org.gilkit.binding.GilkitNative;
import org.gilkit.gil.Gil;
import org.gilkit.gil.GilPolicy;
import org.gilkit.gil.GilThread;
import org.gilkit.gil.GilTrace;
import org.gilkit.observe.Trace;
import org.gilkit.observe.TraceSession;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Group;
import org.openjdk.jmh.annotations.GroupThreads;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.ThreadParams;

/**
 * What tracing costs: a hand-off workload like HandoffBench's (a "holder" running a burst of
 * check points with the lock held, a "waiter" timing one acquire()+release()) with a TraceSession
 * recording the lock ({@code tracing=on}) or not ({@code tracing=off}). At a 1 us switch interval
 * every waiter op is a full hand-off that records about ten events (request, drop request set and
 * received, release, forced switch, acquire on both sides) and the collector thread drains and
 * stores them every 10 ms, competing for the same 2 cores: the worst case. Expect the waiter's
 * score to rise by a few percent at most; the holder's check point (no events on its fast path)
 * not at all. {@code pair} isolates the per-event cost on the traced thread: one uncontended
 * acquire()+release() records two events (expect a few ns each: one clock read and a ring store).
 * {@code rings} separates the two costs: the lock records but nothing drains (after the first
 * 262144 events each record is a counted drop, which costs about what an append does), so
 * {@code rings} minus {@code off} is the recording cost and {@code on} minus {@code rings} the
 * collector's (a third thread on 2 cores). The baseline is the {@code off} row. The session's event and drop counts are printed at tear-down.
 */
@State(Scope.Group)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 3, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
public class TraceOverheadBench {
    /** off: no tracing; rings: the lock records into its rings but nobody drains them (full rings count drops); on: a TraceSession. */
    @Param({"off", "rings", "on"})
    public String tracing;

    @Param({"1000"})
    public long intervalNanos;

    /** Check points per holder op: a few microseconds of "bytecode", several switch intervals. */
    static final int BURST = 2_000;

    Gil gil;
    TraceSession session;

    @Setup(Level.Trial)
    public void setup() {
        GilkitNative.load();
        gil = Gil.create(GilPolicy.NEW, intervalNanos);
        if (tracing.equals("on")) session = TraceSession.start(gil);
        if (tracing.equals("rings")) GilTrace.enable(gil, TraceSession.DEFAULT_EVENTS_PER_THREAD);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        if (session != null) {
            Trace t = session.stop();
            long events = t.threads().stream().mapToLong(x -> x.events().size()).sum();
            System.out.println("trace: " + events + " events, " + t.droppedEvents() + " dropped, over "
                    + t.wallNanos() / 1_000_000 + " ms");
        }
        closeIfIdle();
    }

    /** JMH may tear the group state down before or after the threads' states: the last one closes the lock. */
    synchronized void closeIfIdle() {
        if (!gil.isClosed() && gil.threads().isEmpty()) gil.close();
    }

    /** Each group thread's own attachment. */
    @State(Scope.Thread)
    public static class PerThread {
        GilThread thread;

        @Setup(Level.Trial)
        public void setup(TraceOverheadBench b, ThreadParams p) {
            thread = b.gil.attachCurrentThread("jmh-" + p.getThreadIndex());
        }

        @TearDown(Level.Trial)
        public void tearDown(TraceOverheadBench b) {
            thread.close();
            b.closeIfIdle();
        }
    }

    /**
     * Takes the lock, runs a burst of check points (honouring the waiter's drop requests), and
     * drops it. The holder never keeps the lock between calls: JMH may park one group thread at
     * its iteration tear-down while the other is still inside acquire(), which would then wait
     * forever for a lock held by a parked thread.
     */
    @Benchmark
    @Group("handoff")
    @GroupThreads(1)
    public void holder(PerThread t) {
        t.thread.acquire();
        for (int i = 0; i < BURST; i++) t.thread.checkpoint();
        t.thread.release();
    }

    @Benchmark
    @Group("handoff")
    @GroupThreads(1)
    public boolean waiter(PerThread t) {
        t.thread.acquire();
        t.thread.release();
        return t.thread.holds();
    }

    /**
     * The uncontended acquire()+release() pair alone (its own one-thread group): the direct cost
     * of recording its two events (a clock read and a ring append each) on the traced thread.
     */
    @Benchmark
    @Group("pair")
    @GroupThreads(1)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public boolean pair(PerThread t) {
        t.thread.acquire();
        t.thread.release();
        return t.thread.holds();
    }
}
