package org.gilkit.observe;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.LongBuffer;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.RandomAccess;
import org.gilkit.gil.GilEvent;
import org.gilkit.gil.GilThread;
import org.gilkit.gil.GilTrace;

/**
 * One thread's lock events, stored packed ({@link GilTrace#LONGS_PER_EVENT} longs each: time,
 * type/arg, value) in off-heap blocks that C fills directly ({@link GilTrace#drainInto}).
 *
 * <p>Why off-heap: a busy trace holds tens of millions of events (a 1 us switch interval records
 * millions per second). On the Java heap, even packed in arrays, every young GC copied the new
 * blocks, and pauses of 200 ms let the rings overflow (TraceOverheadBench). Direct buffers are
 * never copied by the GC, and draining into them costs one C copy per event and no allocation.
 * The memory is freed when the trace becomes unreachable.
 *
 * <p>Appends are not thread-safe (the session's monitor guards them); {@link #asList(String)} is
 * an immutable view for the finished trace.
 */
final class PackedEvents {
    private static final int L = GilTrace.LONGS_PER_EVENT;
    /** Events per block: 1.5 MB of direct memory. */
    private static final int EVENTS_PER_BLOCK = 1 << 16;

    private final List<LongBuffer> blocks = new ArrayList<>();
    private int size;

    /** Moves every event {@code thread} has recorded (or kept at close) into the blocks; returns how many. */
    int drainFrom(GilThread thread) {
        int added = 0;
        while (true) {
            LongBuffer block = blockWithRoom();
            int n = GilTrace.drainInto(thread, block);
            added += n;
            size += n;
            if (block.hasRemaining()) return added; // the ring ran dry before the block filled
        }
    }

    private LongBuffer blockWithRoom() {
        if (blocks.isEmpty() || !blocks.get(blocks.size() - 1).hasRemaining()) {
            blocks.add(ByteBuffer.allocateDirect(EVENTS_PER_BLOCK * L * Long.BYTES).order(ByteOrder.nativeOrder()).asLongBuffer());
        }
        return blocks.get(blocks.size() - 1);
    }

    int size() {
        return size;
    }

    /** Decodes event {@code i} of the thread named {@code thread}. */
    GilEvent get(String thread, int i) {
        LongBuffer b = blocks.get(i / EVENTS_PER_BLOCK);
        int at = (i % EVENTS_PER_BLOCK) * L;
        return GilTrace.event(thread, b.get(at), b.get(at + 1), b.get(at + 2));
    }

    /** An immutable list view of the events so far (decoded on access) of the thread named {@code thread}. */
    List<GilEvent> asList(String thread) {
        return new View(thread, size);
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
            return PackedEvents.this.get(thread, i);
        }

        @Override
        public int size() {
            return n;
        }
    }
}
