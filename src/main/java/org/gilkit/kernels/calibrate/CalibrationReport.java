package org.gilkit.kernels.calibrate;

import java.util.Locale;

/**
 * Renders a {@link Calibration}: the break-even table, an ASCII plot of where each kernel's
 * break-evens fall on a log2 size axis, and JSON for scripts. Pure formatting.
 */
public final class CalibrationReport {
    /** The plot's axis: 64 B (2^6) .. 1 GiB (2^30), one column per power of two. */
    static final int PLOT_MIN_LOG2 = 6, PLOT_MAX_LOG2 = 30;

    private CalibrationReport() {}

    /** The table: one header, a rule, one row per kernel, then the lock's figures. */
    public static String table(Calibration c) {
        StringBuilder sb = new StringBuilder();
        String fmt = "%-8s %-5s %11s %14s %14s %10s %10s%n";
        sb.append(String.format(Locale.ROOT, fmt, "kernel", "impl", "ns/KiB", "uncontended B", "contended B", "built-in B", "saved B"));
        sb.append("-".repeat(80)).append('\n');
        for (Calibration.Row r : c.rows()) {
            sb.append(String.format(Locale.ROOT, fmt, r.kernel().kernelName(), r.accelerated() ? "accel" : "port",
                    String.format(Locale.ROOT, "%.1f", r.nanosPerKiB()), bytes(r.uncontended()), bytes(r.contended()),
                    bytes(r.builtin()), bytes(r.threshold())));
        }
        sb.append(String.format(Locale.ROOT, "release + re-take, uncontended: %.0f ns; contended break-even duration: %s%n",
                c.releaseNanos(), Double.isNaN(c.contendedNanos()) ? "none in the sweep" : String.format(Locale.ROOT, "%.1f us", c.contendedNanos() / 1000)));
        sb.append("rule: release once it costs <= 5% of the call uncontended, or gains >= 5% total throughput contended\n");
        return sb.toString();
    }

    /**
     * One line per kernel on a log2 axis: {@code u} uncontended break-even, {@code c} contended,
     * {@code b} built-in threshold, {@code *} the saved threshold (drawn over the others), then
     * the contended sweep's gain per swept duration.
     */
    public static String plot(Calibration c) {
        int width = PLOT_MAX_LOG2 - PLOT_MIN_LOG2 + 1;
        StringBuilder sb = new StringBuilder();
        sb.append("break-even input size (log2 axis; u uncontended, c contended, b built-in, * saved)\n");
        sb.append(String.format(Locale.ROOT, "%-8s %s%n", "", axis(width)));
        for (Calibration.Row r : c.rows()) {
            char[] line = ".".repeat(width).toCharArray();
            mark(line, r.builtin(), 'b');
            mark(line, r.uncontended(), 'u');
            mark(line, r.contended(), 'c');
            mark(line, r.threshold(), '*');
            sb.append(String.format(Locale.ROOT, "%-8s|%s|%n", r.kernel().kernelName(), new String(line)));
        }
        sb.append("\ncontended sweep (sum): total normalized throughput, releasing / holding (20 # = 1.0)\n");
        for (SweepPoint p : c.sweep()) {
            int bar = (int) Math.round(Math.max(0, Math.min(60, p.gain() * 20)));
            sb.append(String.format(Locale.ROOT, "%9s %9.1f us |%-60s| %.2f%n", bytes(p.bytes()), p.durationNanos() / 1000,
                    "#".repeat(bar), p.gain()));
        }
        return sb.toString();
    }

    /** JSON object with the lock's figures and a "kernels" array (keys as in the table). */
    public static String json(Calibration c, String savedTo) {
        StringBuilder sb = new StringBuilder("{");
        sb.append("\"quick\": ").append(c.quick());
        sb.append(", \"release_ns\": ").append(num(c.releaseNanos()));
        sb.append(", \"contended_break_even_ns\": ").append(Double.isNaN(c.contendedNanos()) ? "null" : num(c.contendedNanos()));
        sb.append(", \"saved_to\": ").append(savedTo == null ? "null" : str(savedTo));
        sb.append(", \"sweep\": [");
        for (int i = 0; i < c.sweep().size(); i++) {
            SweepPoint p = c.sweep().get(i);
            sb.append(i == 0 ? "" : ", ").append("{\"bytes\": ").append(p.bytes()).append(", \"duration_ns\": ").append(num(p.durationNanos()))
                    .append(", \"never\": ").append(num(p.neverThroughput())).append(", \"always\": ").append(num(p.alwaysThroughput()))
                    .append(", \"gain\": ").append(num(p.gain())).append('}');
        }
        sb.append("], \"kernels\": [");
        for (int i = 0; i < c.rows().size(); i++) {
            Calibration.Row r = c.rows().get(i);
            sb.append(i == 0 ? "" : ", ").append("{\"kernel\": ").append(str(r.kernel().kernelName()))
                    .append(", \"accelerated\": ").append(r.accelerated())
                    .append(", \"ns_per_kib\": ").append(num(r.nanosPerKiB()))
                    .append(", \"uncontended_bytes\": ").append(orNull(r.uncontended()))
                    .append(", \"contended_bytes\": ").append(orNull(r.contended()))
                    .append(", \"builtin_bytes\": ").append(r.builtin())
                    .append(", \"threshold_bytes\": ").append(r.threshold()).append('}');
        }
        return sb.append("]}\n").toString();
    }

    static String bytes(long b) {
        if (b == BreakEven.NEVER) return "never";
        if (b >= 1 << 20 && b % (1 << 20) == 0) return (b >> 20) + "Mi";
        if (b >= 1 << 10 && b % (1 << 10) == 0) return (b >> 10) + "Ki";
        return Long.toString(b);
    }

    private static String axis(int width) {
        StringBuilder sb = new StringBuilder(" ");
        for (int i = 0; i < width; i++) {
            int l = PLOT_MIN_LOG2 + i;
            sb.append(l == 10 ? 'K' : l == 20 ? 'M' : l == 30 ? 'G' : l % 2 == 0 ? '\'' : ' ');
        }
        return sb.append("  (64 B .. 1 GiB, K/M/G = 2^10/2^20/2^30)").toString();
    }

    private static void mark(char[] line, long bytes, char c) {
        if (bytes <= 0) return;
        int col = (int) Math.round(Math.log(bytes) / Math.log(2)) - PLOT_MIN_LOG2;
        line[Math.max(0, Math.min(line.length - 1, col))] = c;
    }

    private static String orNull(long v) {
        return v == BreakEven.NEVER ? "null" : Long.toString(v);
    }

    private static String num(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.3f", v) : "null";
    }

    private static String str(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char ch : s.toCharArray()) {
            if (ch == '"' || ch == '\\') sb.append('\\').append(ch);
            else if (ch < 0x20) sb.append(String.format("\\u%04x", (int) ch));
            else sb.append(ch);
        }
        return sb.append('"').toString();
    }
}
