package org.gilkit.tour;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gilkit.gil.Gil;
import org.gilkit.gil.GilPolicy;
import org.gilkit.vm.Interpreter;

/**
 * Runs one shipped program on a fresh in-process interpreter (its own GIL with the given policy
 * and switch interval) and parses what it printed: every stdout line of the form
 * {@code key=value} becomes an entry (value a Long, a Double or a String). A non-zero exit
 * status becomes a {@link TourException} carrying the program's stderr.
 */
public final class ProgramRun {
    /** The default switch interval, as {@code gilkit run}. */
    public static final long DEFAULT_SWITCH_NANOS = 5_000_000L;

    private ProgramRun() {}

    /** Runs {@code program} with the default switch interval. */
    public static Map<String, Object> run(String program, GilPolicy policy, Object... args) {
        return runWithInterval(program, policy, DEFAULT_SWITCH_NANOS, args);
    }

    /** Runs {@code program}; {@code args} become sys.argv[1:]. */
    public static Map<String, Object> runWithInterval(String program, GilPolicy policy, long switchNanos, Object... args) {
        if (switchNanos < Gil.MIN_SWITCH_INTERVAL_NANOS) {
            throw new TourException("switch interval too small: " + switchNanos + " ns");
        }
        String file = Programs.fileName(program);
        List<String> argv = new ArrayList<>();
        argv.add(file);
        for (Object a : args) argv.add(String.valueOf(a));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int rc = Interpreter.runSource(Programs.source(program), file, ".", argv,
                new Interpreter.Options(policy, switchNanos, InputStream.nullInputStream(), out, err));
        if (rc != 0) {
            throw new TourException(file + " (--gil=" + policy.cliName() + ") exited with status " + rc + ":\n"
                    + err.toString(StandardCharsets.UTF_8));
        }
        return parse(out.toString(StandardCharsets.UTF_8));
    }

    /** The {@code key=value} lines of a program's output, in order. */
    static Map<String, Object> parse(String stdout) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (String line : stdout.split("\n")) {
            int eq = line.indexOf('=');
            if (eq <= 0) continue;
            values.put(line.substring(0, eq).trim(), value(line.substring(eq + 1).trim()));
        }
        return values;
    }

    private static Object value(String s) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            try {
                return Double.parseDouble(s);
            } catch (NumberFormatException e2) {
                return s;
            }
        }
    }
}
