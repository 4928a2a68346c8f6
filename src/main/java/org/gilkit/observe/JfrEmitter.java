package org.gilkit.observe;

import jdk.jfr.FlightRecorder;
import org.gilkit.gil.GilEvent;
import org.gilkit.gil.GilEventType;
import org.gilkit.gil.GilPolicy;
import org.gilkit.gil.GilTrace;

/**
 * Turns freshly drained lock events into JFR events ({@link GilWaitEvent} per contended acquire,
 * {@link KernelSpanEvent} per kernel call), so that JDK Mission Control and {@code jfr print}
 * show them beside GC and safepoints. Does nothing unless a JFR recording has the events enabled:
 * the check is {@link FlightRecorder#isInitialized()} (no JFR start-up cost otherwise) then
 * {@code isEnabled()} once per batch. Called by the session's collector, with the session's
 * monitor held.
 */
final class JfrEmitter {
    private final String policy;

    JfrEmitter(GilPolicy policy) {
        this.policy = policy.cliName();
    }

    /** Emits for {@code log}'s events {@code [from, to)}, just drained. */
    void emit(ThreadLog log, int from, int to) {
        if (from == to || !FlightRecorder.isInitialized()) return;
        boolean waits = new GilWaitEvent().isEnabled();
        boolean kernels = new KernelSpanEvent().isEnabled();
        if (!waits && !kernels) return;
        for (int i = from; i < to; i++) {
            GilEvent e = log.events.get(log.thread.name(), i);
            if (waits && e.type() == GilEventType.ACQUIRE && e.value() > 0) commitWait(log, e);
            if (kernels) trackKernel(log, e);
        }
    }

    private void commitWait(ThreadLog log, GilEvent e) {
        GilWaitEvent w = new GilWaitEvent();
        w.gilThread = log.thread.name();
        w.javaThreadId = log.javaThreadId;
        w.waitDuration = e.value();
        w.policy = policy;
        w.acquiredAtNanos = e.timeNanos();
        w.commit();
    }

    private void trackKernel(ThreadLog log, GilEvent e) {
        if (e.type() == GilEventType.KERNEL_BEGIN) {
            log.jfrOpenKernel = new long[] {e.timeNanos(), e.arg()};
        } else if (e.type() == GilEventType.KERNEL_END && log.jfrOpenKernel != null) {
            KernelSpanEvent k = new KernelSpanEvent();
            k.kernel = GilTrace.kernelName((int) log.jfrOpenKernel[1]);
            k.bytes = e.value();
            k.released = e.arg() != 0;
            k.gilThread = log.thread.name();
            k.javaThreadId = log.javaThreadId;
            k.startedAtNanos = log.jfrOpenKernel[0];
            k.kernelDuration = e.timeNanos() - log.jfrOpenKernel[0];
            k.commit();
            log.jfrOpenKernel = null;
        }
    }
}
