package org.gilkit.observe;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.RandomAccess;
import org.gilkit.gil.GilEvent;
import org.gilkit.gil.GilTrace;

/**
 * One thread's lock events stored packed, {@link GilTrace#LONGS_PER_EVENT} longs each (time,
 * type/arg, value; see {@link GilTrace#drainEachRaw}), in fixed-size blocks: 24 bytes per event
 * and a handful of objects per million events, so that a busy trace (millions of events per
 * second at a 1 us switch interval) neither costs the collector an allocation per event nor
 * makes every young GC copy millions of small objects. Appends are not thread-safe (the session's
 * monitor guards them); {@link #asList(String)} is an immutable view for the finished trace.
 */
final class PackedEvents {
    private static final int L = GilTrace.LONGS_PER_EVENT;
    private static final int EVENTS_PER_BLOCK = 1 << 14;

    private final List<long[]> blocks = new ArrayList<>();
    private int size;

    /** Appends the events of {@code raw} (a multiple of {@link GilTrace#LONGS_PER_EVENT} longs). */
    void append(long[] raw) {
        int n = raw.length / L;
        for (int done = 0; done < n; ) {
            int inBlock = size % EVENTS_PER_BLOCK;
            if (inBlock == 0) blocks.add(new long[EVENTS_PER_BLOCK * L]);
            int take = Math.min(n - done, EVENTS_PER_BLOCK - inBlock);
            System.arraycopy(raw, done * L, blocks.get(blocks.size() - 1), inBlock * L, take * L);
            done += take;
            size += take;
        }
    }

    int size() {
        return size;
    }

    long time(int i) {
        return word(i, 0);
    }

    long typeArg(int i) {
        return word(i, 1);
    }

    long value(int i) {
        return word(i, 2);
    }

    private long word(int i, int k) {
        return blocks.get(i / EVENTS_PER_BLOCK)[(i % EVENTS_PER_BLOCK) * L + k];
    }

    /** An immutable list view of the events (decoded on access) of the thread named {@code thread}. */
    List<GilEvent> asList(String thread) {
        int frozenSize = size;
        return new View(thread, frozenSize);
    }

    /** The list view; {@link ThreadTrace} keeps it as is instead of copying it. */
    final class View extends AbstractList<GilEvent> implements RandomAccess {
        private final String thread;
        private final int n;

        View(String thread, int n) {
            this.thread = thread;
            this.n = n;
        }

        @Override
        public GilEvent get(int i) {
            if (i < 0 || i >= n) throw new IndexOutOfBoundsException("event " + i + " of " + n);
            return GilTrace.event(thread, time(i), typeArg(i), value(i));
        }

        @Override
        public int size() {
            return n;
        }
    }
}
