package org.gilkit.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.gilkit.diagnose.DumpSignal;
import org.gilkit.diagnose.RunWatchdog;
import org.gilkit.gil.Gil;
import org.gilkit.gil.GilPolicy;
import org.gilkit.vm.Interpreter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gilkit run [--gil=new|legacy|fifo|off] [--switch-interval=SECONDS] [--watchdog=SECONDS] script.py [args...]}:
 * runs a Python program with {@link Interpreter} and exits with its status (0, 1 for an uncaught
 * exception or a syntax error, the SystemExit code; 124 when {@code --watchdog} fired), as
 * {@code python3 script.py} would. {@code kill -USR2} prints every Python thread's stack
 * ({@link DumpSignal}). Options
 * must come before the script; everything after it goes to the program's sys.argv. Registered
 * in {@link Main}.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Runs a Python script on the gilkit interpreter.")
public final class RunCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--gil", paramLabel = "POLICY", defaultValue = "new",
            description = "GIL policy: new (CPython 3.2+), legacy (CPython 2), fifo, off. Default: ${DEFAULT-VALUE}.")
    String gil;

    @Option(names = "--switch-interval", paramLabel = "SECONDS", defaultValue = "0.005",
            description = "How long a waiting thread waits before asking for the GIL (sys.setswitchinterval). "
                    + "Default: ${DEFAULT-VALUE}.")
    double switchInterval;

    @Option(names = "--watchdog", paramLabel = "SECONDS",
            description = "If the program still runs after SECONDS, print every Python thread's stack and who "
                    + "holds the GIL to stderr and exit with status 124 (org.gilkit.diagnose.RunWatchdog). "
                    + "kill -USR2 prints the same dump at any time.")
    Double watchdog;

    @Parameters(index = "0", paramLabel = "SCRIPT", description = "The Python file to run.")
    Path script;

    @Parameters(index = "1..*", paramLabel = "ARGS", description = "Arguments for the script (sys.argv[1:]).")
    List<String> args = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        GilPolicy policy;
        try {
            policy = GilPolicy.parse(gil);
        } catch (IllegalArgumentException e) {
            return usage(e.getMessage());
        }
        long nanos = Math.round(switchInterval * 1e9);
        if (!(switchInterval > 0) || nanos < Gil.MIN_SWITCH_INTERVAL_NANOS) {
            return usage("--switch-interval must be at least 1e-06 seconds, got " + switchInterval);
        }
        if (watchdog != null && !(watchdog > 0 && watchdog <= 1e9)) {
            return usage("--watchdog must be a number of seconds in (0, 1e9], got " + watchdog);
        }
        if (!Files.isReadable(script) || Files.isDirectory(script)) {
            spec.commandLine().getErr().println("gilkit: can't open file '" + script.toAbsolutePath()
                    + "': [Errno 2] No such file or directory");
            return 2;
        }
        List<String> argv = new ArrayList<>();
        argv.add(script.toString());
        argv.addAll(args);
        RunWatchdog[] dog = {null};
        try {
            return Interpreter.runFile(script, argv, Interpreter.Options.standard(policy, nanos), interp -> {
                DumpSignal.install(interp, System.err);
                if (watchdog != null) dog[0] = RunWatchdog.start(interp, watchdog, System.err, Runtime.getRuntime()::halt);
            });
        } finally {
            if (dog[0] != null) dog[0].close();
        }
    }

    private int usage(String message) {
        spec.commandLine().getErr().println("gilkit run: " + message);
        return Main.EXIT_USAGE;
    }
}
