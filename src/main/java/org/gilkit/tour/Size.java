package org.gilkit.tour;

/**
 * How much work each scenario does: {@code FULL} (default, under ~90 s on 2 cores),
 * {@code QUICK} ({@code --quick}, under ~20 s) and {@code TINY} (tests: a fraction of a second,
 * numbers meaningless).
 */
public enum Size {
    FULL, QUICK, TINY;

    /** One of three values, by size. */
    public <T> T pick(T full, T quick, T tiny) {
        return switch (this) {
            case FULL -> full;
            case QUICK -> quick;
            case TINY -> tiny;
        };
    }

    /**
     * Seconds of serial work per timed side for the calibrated scenarios (cpu-threads, the kernel
     * rows): long enough that timer resolution and scheduling noise stay small.
     */
    public double seconds() {
        return pick(0.4, 0.15, 0.002);
    }

    /** How many alternated serial/parallel rounds the calibrated scenarios time (best kept). */
    public int rounds() {
        return pick(5, 3, 1);
    }
}
