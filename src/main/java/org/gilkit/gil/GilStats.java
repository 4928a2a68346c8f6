package org.gilkit.gil;

/**
 * One thread's lock statistics, kept by the C lock itself (always on; see {@code gil.h}
 * {@code GILKIT_STAT_*}). Times are nanoseconds of CLOCK_MONOTONIC; a hold or wait still in
 * progress is counted up to the moment of the snapshot.
 *
 * @param acquisitions times the thread took the lock
 * @param waitNanos time spent waiting to take it
 * @param holdNanos time spent holding it
 * @param nativeNanos time released inside native kernels (GILKIT_BEGIN/END_ALLOW_THREADS)
 * @param blockingNanos time released around blocking calls ({@link GilThread#releaseForBlocking()})
 * @param dropRequestsMade times this thread, waiting, asked the holder to drop the lock
 * @param dropRequestsReceived times this thread, holding, honoured such a request
 * @param forcedSwitches times this thread, after dropping, waited until another thread took it
 * @param wakeupsLost times this thread, waiting, woke up and found the lock taken again: under
 *        {@link GilPolicy#LEGACY} the convoy effect, counted (each is a race lost to a holder that
 *        dropped and re-took the lock); under the other policies mostly timed re-checks
 */
public record GilStats(
        long acquisitions,
        long waitNanos,
        long holdNanos,
        long nativeNanos,
        long blockingNanos,
        long dropRequestsMade,
        long dropRequestsReceived,
        long forcedSwitches,
        long wakeupsLost) {

    /** All counters zero. */
    public static final GilStats ZERO = new GilStats(0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** Number of counters, and the length of the array C fills. */
    static final int COUNT = 9;

    /** The counters without {@code wakeupsLost} (zero), for callers that predate it. */
    public GilStats(long acquisitions, long waitNanos, long holdNanos, long nativeNanos, long blockingNanos,
            long dropRequestsMade, long dropRequestsReceived, long forcedSwitches) {
        this(acquisitions, waitNanos, holdNanos, nativeNanos, blockingNanos, dropRequestsMade, dropRequestsReceived,
                forcedSwitches, 0);
    }

    static GilStats of(long[] s) {
        return new GilStats(s[0], s[1], s[2], s[3], s[4], s[5], s[6], s[7], s[8]);
    }

    /** The counters of {@code this} minus those of an earlier snapshot {@code before}. */
    public GilStats minus(GilStats before) {
        return new GilStats(
                acquisitions - before.acquisitions,
                waitNanos - before.waitNanos,
                holdNanos - before.holdNanos,
                nativeNanos - before.nativeNanos,
                blockingNanos - before.blockingNanos,
                dropRequestsMade - before.dropRequestsMade,
                dropRequestsReceived - before.dropRequestsReceived,
                forcedSwitches - before.forcedSwitches,
                wakeupsLost - before.wakeupsLost);
    }

    /** The counters of {@code this} plus those of {@code other} (totals over threads). */
    public GilStats plus(GilStats other) {
        return new GilStats(
                acquisitions + other.acquisitions,
                waitNanos + other.waitNanos,
                holdNanos + other.holdNanos,
                nativeNanos + other.nativeNanos,
                blockingNanos + other.blockingNanos,
                dropRequestsMade + other.dropRequestsMade,
                dropRequestsReceived + other.dropRequestsReceived,
                forcedSwitches + other.forcedSwitches,
                wakeupsLost + other.wakeupsLost);
    }
}
