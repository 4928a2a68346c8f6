package org.gilkit.observe;

/**
 * Per-thread totals of a {@link ThreadTrace}, computed from its intervals and events (the trace's
 * view; {@link StatsTable} prints the lock's always-on counters instead, which agree with it up to
 * events dropped from full rings).
 *
 * @param heldNanos time holding the lock
 * @param waitNanos time waiting for it
 * @param nativeNanos time released inside native kernels
 * @param blockedNanos time released around blocking calls
 * @param acquisitions ACQUIRE events
 * @param forcedSwitches FORCED_SWITCH events (this thread dropped on request and waited for a switch)
 * @param dropRequestsMade DROP_REQUEST_SET events (this thread, waiting, asked the holder to drop)
 * @param dropRequestsReceived DROP_REQUEST_RECEIVED events (this thread, holding, was asked)
 */
public record ThreadSummary(long heldNanos, long waitNanos, long nativeNanos, long blockedNanos,
                            long acquisitions, long forcedSwitches, long dropRequestsMade,
                            long dropRequestsReceived) {}
