package org.gilkit.modules.mp;

import java.util.ArrayDeque;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The two ends of one multiprocessing Pipe as the operating system would keep them: the messages
 * waiting to be read at each end, and how many handles on each end are open in all processes
 * together (CPython counts the file descriptors: every fork child inherits a copy, a spawn
 * child gets a duplicate, and a process's copies close when it exits). Reading at an end whose
 * peer has no open handle left and no message waiting is end of file; sending to an end with no
 * open handle is a broken pipe. A simplex pipe is end 0 (read) and end 1 (write).
 *
 * <p>Holds no Python objects, so any interpreter of the JVM (and the {@link Broker} on behalf of
 * spawn children) may use it; {@link PipeHandle} is one process's handle on one end.
 */
final class PipeChannel {
    /** What {@link #receive} returns at end of file (compared by identity: b'' is a message). */
    static final byte[] EOF = new byte[0];

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    /** Messages waiting at end 0 and end 1 (guarded by lock). */
    private final ArrayDeque<byte[]>[] waiting;
    /** Open handles on end 0 and end 1, in all processes (guarded by lock). */
    private final int[] open = {1, 1};

    @SuppressWarnings("unchecked")
    PipeChannel() {
        waiting = new ArrayDeque[] {new ArrayDeque<byte[]>(), new ArrayDeque<byte[]>()};
    }

    /** Queues {@code b} for the peer of {@code end}; false if no handle on the peer is open. */
    boolean send(int end, byte[] b) {
        lock.lock();
        try {
            if (open[1 - end] == 0) return false;
            waiting[1 - end].add(b);
            changed.signalAll();
            return true;
        } finally {
            lock.unlock();
        }
    }

    /**
     * The next message at {@code end}, {@link #EOF} once the peer is closed everywhere and nothing
     * is waiting (or when {@code self} was closed meanwhile), null when {@code nanos} ran out.
     * With {@code peek} the message stays queued.
     */
    byte[] receive(int end, PipeHandle self, long nanos, boolean peek) throws InterruptedException {
        lock.lockInterruptibly();
        try {
            long left = nanos;
            while (true) {
                byte[] b = peek ? waiting[end].peek() : waiting[end].poll();
                if (b != null) return b;
                if (open[1 - end] == 0 || self.isClosed()) return EOF;
                if (left <= 0) return null;
                left = left == Long.MAX_VALUE ? awaitForever() : changed.awaitNanos(left);
            }
        } finally {
            lock.unlock();
        }
    }

    private long awaitForever() throws InterruptedException {
        changed.await();
        return Long.MAX_VALUE;
    }

    /** One more open handle on {@code end} (a process inherited one). */
    void opened(int end) {
        lock.lock();
        try {
            open[end]++;
        } finally {
            lock.unlock();
        }
    }

    /** One handle on {@code end} fewer; readers waiting at the peer see end of file at zero. */
    void closed(int end) {
        lock.lock();
        try {
            open[end]--;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Wakes readers to re-check (a handle of theirs was closed). */
    void wake() {
        lock.lock();
        try {
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** For diagnostics and tests: the open handles on {@code end}. */
    int openHandles(int end) {
        lock.lock();
        try {
            return open[end];
        } finally {
            lock.unlock();
        }
    }
}
