package org.gilkit.observe;

/**
 * A blocking call that the interpreter reported from Java through a {@link ThreadRecorder}
 * (time.sleep, Thread.join, a Python lock's acquire, file I/O). The lock's own trace only knows
 * that the thread released it "for blocking"; this says what for.
 *
 * @param what the call, e.g. "sleep", "join", "lock.acquire"
 * @param startNanos when the call began (trace clock)
 * @param endNanos when it returned
 */
public record BlockedCall(String what, long startNanos, long endNanos) {
    public long durationNanos() {
        return endNanos - startNanos;
    }
}
