package org.gilkit.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.gilkit.vm.Interpreter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gilkit run [--gil=new|legacy|fifo|off] [--switch-interval=SECONDS] [--stats] script.py [args...]}:
 * runs a Python program with {@link Interpreter} and exits with its status (0, 1 for an uncaught
 * exception or a syntax error, the SystemExit code, 130 for KeyboardInterrupt; 2 if the script
 * cannot be opened, 64 for a bad option), as {@code python3 script.py} would. Options must come
 * before the script; everything after it goes to the program's sys.argv. {@code --stats} prints
 * the lock's per-thread statistics at exit ({@link StatsAtExit}). Registered in {@link Main};
 * the launch itself is shared with {@code gilkit trace script.py} ({@link ScriptLaunch}).
 * {@code --watchdog=SECONDS} dumps every Python thread and ends a run still going after SECONDS
 * with status 124, and {@code kill -USR1} dumps them at any time ({@link DiagnoseRun}).
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Runs a Python script on the gilkit interpreter.")
public final class RunCommand implements Callable<Integer> {
    /** The defaults of --gil and --switch-interval (also {@link FastRun}'s). */
    static final String DEFAULT_GIL = "new";
    static final String DEFAULT_SWITCH_INTERVAL = "0.005";

    @Spec CommandSpec spec;

    @Option(names = "--gil", paramLabel = "POLICY", defaultValue = DEFAULT_GIL,
            description = "GIL policy: new (CPython 3.2+), legacy (CPython 2), fifo, off. Default: ${DEFAULT-VALUE}.")
    String gil;

    @Option(names = "--switch-interval", paramLabel = "SECONDS", defaultValue = DEFAULT_SWITCH_INTERVAL,
            description = "How long a waiting thread waits before asking for the GIL (sys.setswitchinterval). "
                    + "Default: ${DEFAULT-VALUE}.")
    double switchInterval;

    @Parameters(index = "0", paramLabel = "SCRIPT", description = "The Python file to run.")
    Path script;

    @Parameters(index = "1..*", paramLabel = "ARGS", description = "Arguments for the script (sys.argv[1:]).")
    List<String> args = new ArrayList<>();

    @Option(names = "--stats", description = "At exit, print the GIL statistics per thread (held, waiting, native, "
            + "blocked seconds, acquisitions, forced switches, drop requests) and the held/wait fractions to stderr.")
    boolean stats;

    @Option(names = "--watchdog", paramLabel = "SECONDS",
            description = "If the program still runs after SECONDS, print every Python thread's stack and who "
                    + "holds the GIL to stderr and exit with status 124. kill -USR1 prints the same dump at any time.")
    Double watchdog;

    @Override
    public Integer call() throws IOException {
        if (watchdog != null && !(watchdog > 0 && watchdog <= 1e9)) {
            return usage("--watchdog must be a number of seconds in (0, 1e9], got " + watchdog);
        }
        ScriptLaunch launch;
        try {
            launch = ScriptLaunch.of(gil, switchInterval, script, args);
        } catch (ScriptLaunch.Problem p) {
            if (p.code != Main.EXIT_USAGE) {
                spec.commandLine().getErr().println("gilkit: " + p.getMessage());
                return p.code;
            }
            return usage(p.getMessage());
        }
        Interpreter.RunObserver observer = stats ? new StatsAtExit(spec.commandLine().getErr()) : Interpreter.RunObserver.NONE;
        try (DiagnoseRun diagnose = new DiagnoseRun(observer, watchdog)) {
            return launch.run(diagnose);
        }
    }

    private int usage(String message) {
        spec.commandLine().getErr().println("gilkit run: " + message);
        return Main.EXIT_USAGE;
    }
}
