package org.gilkit.observe;

import org.gilkit.gil.GilThread;

/**
 * What a {@link TraceSession} has collected so far for one thread: its identity (captured at
 * first sighting), the events drained from its ring, and its {@link ThreadRecorder}. Mutable;
 * guarded by the session's monitor.
 */
final class ThreadLog {
    final GilThread thread;
    final int index;
    final String javaThreadName;
    final long javaThreadId;
    final ThreadRecorder recorder;
    final PackedEvents events = new PackedEvents();
    /** JFR: the KERNEL_BEGIN not yet matched by an END, as {start ns, kernel id}, or null. */
    long[] jfrOpenKernel;

    ThreadLog(GilThread thread, int index, ThreadRecorder recorder) {
        this.thread = thread;
        this.index = index;
        this.javaThreadName = thread.ownerThread().getName();
        this.javaThreadId = thread.ownerThread().getId();
        this.recorder = recorder;
    }
}
