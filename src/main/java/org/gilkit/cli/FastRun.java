package org.gilkit.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import org.gilkit.vm.Interpreter;

/**
 * The start-up fast path of the commonest command, {@code gilkit run SCRIPT [ARGS...]} with no
 * options: it launches the script as {@link RunCommand} would with its defaults, without
 * building a picocli command line. Why: picocli's first CommandLine loads and verifies ~180 of
 * its classes and parses the command's annotations, 300-400 ms of a ~1.3 s
 * {@code gilkit run hello.py} on 2 cores (issue 6); a script run needs none of it.
 *
 * <p>Anything else is left to picocli, so that every message stays picocli's and RunCommand's:
 * an option or an {@code @argfile} where the script goes, no script, and any problem the launch
 * finds (bad file: picocli then runs the same check and reports it). Only the successful launch
 * happens here. Wired in: {@link Main#main}.
 */
final class FastRun {
    private FastRun() {}

    /** Runs the script and returns its exit status, or -1 when the full command line must parse {@code args}. */
    static int tryRun(String[] args) {
        if (args.length < 2 || !args[0].equals("run") || args[1].isEmpty() || args[1].startsWith("-") || args[1].startsWith("@")) {
            return -1;
        }
        ScriptLaunch launch;
        try {
            launch = ScriptLaunch.of(RunCommand.DEFAULT_GIL, Double.parseDouble(RunCommand.DEFAULT_SWITCH_INTERVAL),
                    Path.of(args[1]), Arrays.asList(args).subList(2, args.length));
        } catch (ScriptLaunch.Problem | InvalidPathException e) {
            return -1;
        }
        try (DiagnoseRun diagnose = new DiagnoseRun(Interpreter.RunObserver.NONE, null)) {
            return launch.run(diagnose);
        } catch (Exception e) { // as picocli's execute(): the trace on stderr, status 70
            e.printStackTrace();
            return Main.EXIT_SOFTWARE;
        }
    }
}
