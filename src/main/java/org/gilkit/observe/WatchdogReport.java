package org.gilkit.observe;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gilkit.gil.GilSnapshot;
import org.gilkit.gil.GilSnapshot.State;
import org.gilkit.gil.GilSnapshot.ThreadInfo;

/**
 * Formats a {@link GilSnapshot} as the text a deadlock watchdog prints: the lock's header line,
 * then the holder, the waiters (longest wait first) and every other thread, each with how long it
 * has been in its state, followed by any extra lines a {@link ThreadDetails} hook supplies for it.
 *
 * <pre>
 * GIL watchdog report: policy new, switch interval 5.000 ms, 1234 switches, drop request pending, 1 waiting
 *   holder    #0 'main' HOLDING for 12.345 s (3 acquisitions)
 *       File "spin.py", line 3, in spin          (from the hook)
 *   waiting   #1 'worker' WAITING for 12.300 s (0 acquisitions)
 *   other     #2 'io' BLOCKING for 1.000 s (7 acquisitions), cancel requested
 * </pre>
 *
 * <p>Wired in: {@link org.gilkit.diagnose.ThreadDump} puts it at the head of the dump that
 * {@code gilkit run --watchdog=SECONDS} prints when the deadline passes and {@code kill -USR1}
 * prints on demand (followed by each Python thread's stack). Tests use it, with {@link #stalled},
 * to explain a watchdog timeout.
 */
public final class WatchdogReport {
    /**
     * Extra lines for one thread, printed indented under it (the VM returns the thread's Python
     * stack, innermost call last). Called on the reporting thread while the described thread may
     * be running or stuck, so it must not take the GIL; it may return an empty list.
     */
    @FunctionalInterface
    public interface ThreadDetails {
        /** A hook that adds nothing. */
        ThreadDetails NONE = t -> List.of();

        List<String> linesFor(ThreadInfo thread);
    }

    private WatchdogReport() {}

    /** The report without extra per-thread lines. */
    public static String format(GilSnapshot s) {
        return format(s, ThreadDetails.NONE);
    }

    /**
     * The report, with {@code details} lines under each thread. A hook that throws does not lose
     * the report: its failure is printed in place of its lines.
     */
    public static String format(GilSnapshot s, ThreadDetails details) {
        if (s == null) throw new IllegalArgumentException("WatchdogReport.format: snapshot must not be null");
        ThreadDetails hook = details == null ? ThreadDetails.NONE : details;
        StringBuilder sb = new StringBuilder(header(s)).append('\n');
        s.holder().ifPresent(t -> thread(sb, "holder", t, hook));
        for (ThreadInfo t : s.waiters()) thread(sb, "waiting", t, hook);
        for (ThreadInfo t : s.threads()) {
            if (t.state() != State.WAITING && !s.holder().map(h -> h.id() == t.id()).orElse(false)) thread(sb, "other", t, hook);
        }
        if (s.threads().isEmpty()) sb.append("  (no threads attached)\n");
        return sb.toString();
    }

    /** True if some thread has been waiting for the lock for at least {@code thresholdNanos}. */
    public static boolean stalled(GilSnapshot s, long thresholdNanos) {
        if (s == null) throw new IllegalArgumentException("WatchdogReport.stalled: snapshot must not be null");
        return !s.waiters().isEmpty() && s.longestWaitNanos() >= thresholdNanos;
    }

    private static String header(GilSnapshot s) {
        return "GIL watchdog report: policy " + s.policy().cliName() + ", switch interval " + duration(s.switchIntervalNanos())
                + ", " + s.switchCount() + " switches, " + (s.dropRequested() ? "drop request pending" : "no drop request")
                + ", " + s.waiterCount() + " waiting" + (s.holder().isEmpty() ? ", nobody holds it" : "");
    }

    private static void thread(StringBuilder sb, String role, ThreadInfo t, ThreadDetails hook) {
        sb.append(String.format(Locale.ROOT, "  %-9s #%d '%s' %s for %s (%d acquisitions)%s%n", role, t.id(), t.name(),
                t.state(), duration(t.nanosInState()), t.acquisitions(), t.cancelRequested() ? ", cancel requested" : ""));
        for (String line : linesOf(hook, t)) sb.append("      ").append(line).append('\n');
    }

    private static List<String> linesOf(ThreadDetails hook, ThreadInfo t) {
        try {
            List<String> lines = hook.linesFor(t);
            return lines == null ? List.of() : new ArrayList<>(lines);
        } catch (RuntimeException e) {
            return List.of("(details unavailable: " + e + ")");
        }
    }

    /** A duration for people: ns, us, ms or s with three decimals. */
    static String duration(long nanos) {
        if (nanos == Long.MAX_VALUE) return "forever";
        if (nanos < 1_000) return nanos + " ns";
        if (nanos < 1_000_000) return String.format(Locale.ROOT, "%.3f us", nanos / 1e3);
        if (nanos < 1_000_000_000) return String.format(Locale.ROOT, "%.3f ms", nanos / 1e6);
        return String.format(Locale.ROOT, "%.3f s", nanos / 1e9);
    }
}
