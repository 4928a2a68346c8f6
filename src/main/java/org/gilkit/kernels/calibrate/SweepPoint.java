package org.gilkit.kernels.calibrate;

/**
 * One point of the contended sweep ({@link BreakEven}, contended case).
 *
 * @param bytes the kernel's input size
 * @param durationNanos one call of the kernel alone
 * @param neverThroughput total normalized throughput of both threads when the kernel holds the lock
 * @param alwaysThroughput the same when the kernel releases it
 * @param gain alwaysThroughput / neverThroughput
 */
public record SweepPoint(long bytes, double durationNanos, double gain, double neverThroughput, double alwaysThroughput) {}
