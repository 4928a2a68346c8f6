package org.gilkit.gil;

/** What a {@link GilEvent} records; the ordinal is the C {@code GILKIT_EV_*} code (trace.h). */
public enum GilEventType {
    /** Started waiting for the lock. */
    REQUEST,
    /** Took the lock; value = nanoseconds waited. */
    ACQUIRE,
    /** Released it; arg = reason (0 switch, 1 blocking, 2 native), value = nanoseconds held. */
    RELEASE,
    /** As a waiter, set the drop request after one switch interval. */
    DROP_REQUEST_SET,
    /** As the holder, honoured a drop request at a check point. */
    DROP_REQUEST_RECEIVED,
    /** After dropping, waited until another thread took the lock. */
    FORCED_SWITCH,
    /** The thread state was created; arg = thread id. */
    THREAD_START,
    /** The thread state was destroyed; arg = thread id. */
    THREAD_EXIT,
    /** A native kernel began; arg = kernel id, value = bytes. */
    KERNEL_BEGIN,
    /** A native kernel ended; arg = 1 if it released the lock, value = bytes. */
    KERNEL_END;

    private static final GilEventType[] BY_CODE = values();

    static GilEventType ofCode(int code) {
        if (code < 0 || code >= BY_CODE.length) throw new IllegalStateException("unknown trace event type " + code);
        return BY_CODE[code];
    }
}
