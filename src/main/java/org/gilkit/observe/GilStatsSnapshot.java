package org.gilkit.observe;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.gilkit.gil.Gil;
import org.gilkit.gil.GilStats;
import org.gilkit.gil.GilThread;
import org.gilkit.gil.GilTrace;

/**
 * The lock's always-on per-thread counters at one moment, for every thread that ever attached:
 * exited threads first (oldest first, with their final counters), then live ones in attach order.
 * Needs no trace session: the counters are kept by the C lock itself. Threads beyond the
 * lock's memory of exited threads (4096) are summed in {@link #forgotten()}.
 *
 * <p>Wired in: {@link StatsTable} (printed by {@code gilkit run --stats} and {@code gilkit trace}),
 * and the Python module function {@code gilkit.gil_stats()}, which returns one dict per
 * {@link ThreadStatsRecord}.
 *
 * @param takenAtNanos when it was taken (trace clock)
 * @param threads one record per thread
 * @param forgotten summed counters of exited threads not listed (all zero if none)
 * @param forgottenCount how many threads {@code forgotten} sums
 */
public record GilStatsSnapshot(long takenAtNanos, List<ThreadStatsRecord> threads, GilStats forgotten, long forgottenCount) {
    public GilStatsSnapshot {
        threads = List.copyOf(threads);
    }

    /** Reads every thread's counters now. Works on a closed lock too (exited threads only). */
    public static GilStatsSnapshot of(Gil gil) {
        List<ThreadStatsRecord> out = new ArrayList<>();
        List<GilThread> live = gil.threads(); // read first: a thread that closes meanwhile is then also finished
        Set<GilThread> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (GilThread t : gil.finishedThreads()) {
            seen.add(t);
            out.add(record(t, false));
        }
        for (GilThread t : live) if (seen.add(t)) out.add(record(t, true));
        return new GilStatsSnapshot(GilTrace.nowNanos(), out, gil.forgottenThreadStats(), gil.forgottenThreadCount());
    }

    private static ThreadStatsRecord record(GilThread t, boolean alive) {
        return new ThreadStatsRecord(t.name(), t.ownerThread().getName(), t.ownerThread().getId(), alive, t.lastStats());
    }

    /**
     * The same counters with the threads in the order they were started (Java thread ids grow
     * with creation), rather than exited threads first in exit order: the order a reader expects
     * in {@code gilkit run --stats} (MainThread, Thread-1, Thread-2, ...).
     */
    public GilStatsSnapshot inStartOrder() {
        List<ThreadStatsRecord> sorted = new ArrayList<>(threads);
        sorted.sort(java.util.Comparator.comparingLong(ThreadStatsRecord::javaThreadId));
        return new GilStatsSnapshot(takenAtNanos, sorted, forgotten, forgottenCount);
    }

    /** The counters summed over all threads, the forgotten ones included. */
    public GilStats total() {
        GilStats sum = forgotten;
        for (ThreadStatsRecord r : threads) sum = sum.plus(r.stats());
        return sum;
    }
}
