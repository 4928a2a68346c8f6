package org.gilkit.gil;

/**
 * One traced lock transition on one thread.
 *
 * @param thread the name of the thread that recorded it
 * @param timeNanos CLOCK_MONOTONIC nanoseconds (comparable across threads; see {@link GilTrace#nowNanos()})
 * @param type what happened
 * @param arg per type: release reason, kernel id, released flag, thread id (see {@link GilEventType})
 * @param value per type: nanoseconds waited or held, bytes for kernel events, else 0
 */
public record GilEvent(String thread, long timeNanos, GilEventType type, int arg, long value) {}
