package org.gilkit.observe;

import org.gilkit.gil.GilStats;

/**
 * One thread's lock counters in a {@link GilStatsSnapshot}: one record per thread, alive or
 * exited; what {@code gilkit.gil_stats()} turns into a Python dict.
 *
 * @param name the name the thread attached to the lock with
 * @param javaThreadName the Java thread's name
 * @param javaThreadId the Java thread's id
 * @param alive whether it is still attached
 * @param stats its counters (for an exited thread, as they were when it detached)
 */
public record ThreadStatsRecord(String name, String javaThreadName, long javaThreadId, boolean alive, GilStats stats) {}
