package org.gilkit.observe;

/**
 * What a thread was doing during an {@link Interval}, as derived from the lock's events by
 * {@link IntervalDeriver}. The colors are the ones {@link HtmlReport} draws.
 */
public enum IntervalKind {
    /** Between ACQUIRE and RELEASE: running bytecode (or a holding kernel) with the lock. */
    HOLDING("holding", "#d9534f"),
    /** Between asking for the lock (REQUEST, or ACQUIRE minus its waited time) and ACQUIRE. */
    WAITING("waiting", "#f0ad4e"),
    /** Released by GILKIT_BEGIN_ALLOW_THREADS inside a native kernel, until it asks for the lock again. */
    NATIVE("running native", "#5cb85c"),
    /** Released around a blocking call (sleep, join, I/O, lock waits), until it asks again. */
    BLOCKED("blocked in I/O", "#5bc0de"),
    /** Released at a check point or by a plain release (including a forced-switch pause). */
    RELEASED("released", "#c8c8c8");

    private final String label;
    private final String color;

    IntervalKind(String label, String color) {
        this.label = label;
        this.color = color;
    }

    /** The human name used in reports and trace slices. */
    public String label() {
        return label;
    }

    /** A CSS color for the timeline. */
    public String color() {
        return color;
    }
}
