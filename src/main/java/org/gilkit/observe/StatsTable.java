package org.gilkit.observe;

import java.util.Locale;
import org.gilkit.gil.GilStats;

/**
 * The table {@code gilkit run --stats} prints at exit (and {@code gilkit trace} after a run),
 * from the lock's always-on counters ({@link GilStatsSnapshot}) and the wall time: per thread the
 * seconds holding the lock, waiting for it, released in native kernels and released around
 * blocking calls, then acquisitions, forced switches, drop requests (made while waiting /
 * received while holding) and lost wake-ups (woken while waiting, found the lock taken again: the
 * legacy policy's convoy, counted); then a total row and the two whole-program ratios with the raw times
 * they come from (definitions in {@link Trace}):
 * <pre>
 * thread         held s   wait s native s blocked s   acquired   forced  drop req made/recv  lost wakeups
 * worker-1        0.251    0.742    0.000     0.000         52       25            26 / 25              3
 * ...
 * held fraction 0.998 (1.001 s held of 1.003 s wall); wait fraction 0.748 (2.992 s waiting of 4.001 s accounted)
 * </pre>
 */
public final class StatsTable {
    private static final String ROW = "%-NAMEs %9s %9s %9s %9s %10s %8s %9s / %-6s %10s%n";
    private static final String HEADER = "%-NAMEs %9s %9s %9s %9s %10s %8s %s %12s%n";
    /**
     * The thread column is as wide as the longest name between these bounds: Python thread names
     * such as "Thread-12 (cpu_task)" fit whole; longer ones are clipped with a '~'.
     */
    private static final int MIN_NAME = 16;
    private static final int MAX_NAME = 24;

    private StatsTable() {}

    /**
     * Renders the table.
     * @param wallNanos the run's wall time (the denominator of the held fraction), >= 0
     */
    public static String render(GilStatsSnapshot snap, long wallNanos) {
        if (wallNanos < 0) throw new IllegalArgumentException("wall time must not be negative, got " + wallNanos);
        StringBuilder b = new StringBuilder();
        int width = nameWidth(snap);
        String header = HEADER.replace("NAME", Integer.toString(width));
        String rowFormat = ROW.replace("NAME", Integer.toString(width));
        b.append(String.format(Locale.ROOT, header, "thread", "held s", "wait s", "native s", "blocked s",
                "acquired", "forced", "drop req made / recv", "lost wakeups"));
        for (ThreadStatsRecord r : snap.threads()) row(b, rowFormat, width, r.name(), r.stats());
        if (snap.forgottenCount() > 0) row(b, rowFormat, width, "(" + snap.forgottenCount() + " older)", snap.forgotten());
        GilStats total = snap.total();
        row(b, rowFormat, width, "total", total);
        b.append(ratios(total, wallNanos)).append('\n');
        return b.toString();
    }

    private static int nameWidth(GilStatsSnapshot snap) {
        int longest = 0;
        for (ThreadStatsRecord r : snap.threads()) longest = Math.max(longest, r.name().length());
        return Math.max(MIN_NAME, Math.min(MAX_NAME, longest));
    }

    private static void row(StringBuilder b, String format, int width, String name, GilStats s) {
        b.append(String.format(Locale.ROOT, format, clip(name, width), seconds(s.holdNanos()), seconds(s.waitNanos()),
                seconds(s.nativeNanos()), seconds(s.blockingNanos()), s.acquisitions(), s.forcedSwitches(),
                s.dropRequestsMade(), s.dropRequestsReceived(), s.wakeupsLost()));
    }

    /** The ratio line: held fraction = held / wall; wait fraction = wait / (held + wait + native + blocked). */
    static String ratios(GilStats total, long wallNanos) {
        long accounted = total.holdNanos() + total.waitNanos() + total.nativeNanos() + total.blockingNanos();
        return String.format(Locale.ROOT, "held fraction %s (%s s held of %s s wall); wait fraction %s (%s s waiting of %s s accounted)",
                fraction(total.holdNanos(), wallNanos), seconds(total.holdNanos()), seconds(wallNanos),
                fraction(total.waitNanos(), accounted), seconds(total.waitNanos()), seconds(accounted));
    }

    private static String fraction(long part, long whole) {
        return whole <= 0 ? "n/a" : String.format(Locale.ROOT, "%.3f", (double) part / whole);
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.3f", nanos / 1e9);
    }

    private static String clip(String name, int width) {
        return name.length() <= width ? name : name.substring(0, width - 1) + "~";
    }
}
