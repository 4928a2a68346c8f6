package org.gilkit.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gilkit.gil.Gil;
import org.gilkit.gil.GilPolicy;
import org.gilkit.parser.SourceFiles;
import org.gilkit.vm.Interpreter;

/**
 * What {@code gilkit run} and {@code gilkit trace script.py} share: validating the lock options
 * ({@code --gil}, {@code --switch-interval}) and the script path, building sys.argv, and running
 * the script on {@link Interpreter} with the process's standard streams and a
 * {@link Interpreter.RunObserver} (the trace session, the statistics table).
 *
 * @param policy the GIL policy
 * @param switchIntervalNanos the switch interval
 * @param script the script file (readable, not a directory)
 * @param argv sys.argv: the script as given, then its arguments
 */
record ScriptLaunch(GilPolicy policy, long switchIntervalNanos, Path script, List<String> argv) {
    /** Exit status for a script that cannot be opened (CPython's {@code python3 missing.py}). */
    static final int EXIT_CANNOT_OPEN = 2;

    ScriptLaunch {
        argv = List.copyOf(argv);
    }

    /** A launch that cannot happen: the one-line message and the exit status. */
    static final class Problem extends Exception {
        final int code;

        Problem(int code, String message) {
            super(message, null, false, false);
            this.code = code;
        }
    }

    /**
     * Validates the options and the script.
     * @param gil the policy name (new, legacy, fifo, off)
     * @param switchIntervalSeconds at least 1e-06
     * @throws Problem 64 for a bad option value, 2 if the script cannot be opened
     */
    static ScriptLaunch of(String gil, double switchIntervalSeconds, Path script, List<String> args) throws Problem {
        GilPolicy policy;
        try {
            policy = GilPolicy.parse(gil);
        } catch (IllegalArgumentException e) {
            throw new Problem(Main.EXIT_USAGE, e.getMessage());
        }
        long nanos = Math.round(switchIntervalSeconds * 1e9);
        if (!(switchIntervalSeconds > 0) || nanos < Gil.MIN_SWITCH_INTERVAL_NANOS) {
            throw new Problem(Main.EXIT_USAGE, "--switch-interval must be at least 1e-06 seconds, got " + switchIntervalSeconds);
        }
        if (!Files.isReadable(script) || Files.isDirectory(script)) {
            throw new Problem(EXIT_CANNOT_OPEN, "can't open file '" + script.toAbsolutePath()
                    + "': [Errno 2] No such file or directory");
        }
        try {
            SourceFiles.checkSize(script);
        } catch (IOException e) {
            throw new Problem(EXIT_CANNOT_OPEN, "can't open file '" + script.toAbsolutePath() + "': " + e.getMessage());
        }
        List<String> argv = new ArrayList<>();
        argv.add(script.toString());
        argv.addAll(args);
        return new ScriptLaunch(policy, nanos, script, argv);
    }

    /** Runs the script on the process's standard streams; returns its exit status. */
    int run(Interpreter.RunObserver observer) throws IOException {
        return run(Interpreter.Options.standard(policy, switchIntervalNanos), observer);
    }

    /** Runs the script with {@code streams}' standard streams (its policy and interval are ignored). */
    int run(Interpreter.Options streams, Interpreter.RunObserver observer) throws IOException {
        Interpreter.Options o = new Interpreter.Options(policy, switchIntervalNanos, streams.in(), streams.out(), streams.err());
        return Interpreter.runFile(script, argv, o, observer);
    }
}
