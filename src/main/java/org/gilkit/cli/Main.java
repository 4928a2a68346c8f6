package org.gilkit.cli;

import org.gilkit.binding.GilkitNative;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code gilkit} command line: {@code java -jar target/gilkit.jar <subcommand>}. Each
 * subcommand is one class in this package, registered in the {@code subcommands} list below.
 * Exit codes follow jlox/clox: 0 ok, 1 a Python exception escaped, 64 usage, 65 compile error,
 * 70 internal error.
 */
@Command(
        name = "gilkit",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Makes the Global Interpreter Lock visible, measurable and teachable.",
        subcommands = {
            CommandLine.HelpCommand.class,

            LockbenchCommand.class,

            // run, dis: the interpreter
            RunCommand.class,
            DisCommand.class,

            // trace: observe
            TraceCommand.class,

            // calibrate: kernels
            CalibrateCommand.class,

            // tour, bench
            TourCommand.class,
            BenchCommand.class,

            NewKernelCommand.class, // new-kernel: extend
        })
public final class Main implements Runnable {
    public static final int EXIT_USAGE = 64;
    public static final int EXIT_COMPILE = 65;
    public static final int EXIT_SOFTWARE = 70;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        int fast = FastRun.tryRun(args); // `run SCRIPT [ARGS...]` without picocli (startup)
        if (fast >= 0) System.exit(fast);
        System.exit((args.length > 0 && args[0].equals("run") ? runOnlyCommandLine() : commandLine()).execute(args));
    }

    /** The configured command line, for tests that run subcommands in-process. */
    public static CommandLine commandLine() {
        return configure(new CommandLine(new Main()));
    }

    /**
     * {@code gilkit run ...} parsed by a tree holding only {@code run}: picocli reflects over every
     * registered subcommand and the classes their options name, ~300 ms of a ~1.6 s
     * {@code gilkit run hello.py} on 2 cores (issue 6); the usage and error texts of {@code run}
     * are the same, as its parent is still named {@code gilkit}.
     */
    static CommandLine runOnlyCommandLine() {
        CommandLine cl = new CommandLine(new RunOnly());
        cl.addSubcommand("run", new RunCommand());
        return configure(cl);
    }

    /** The parent of {@link #runOnlyCommandLine()}: Main's name and options, no subcommands. */
    @Command(name = "gilkit", mixinStandardHelpOptions = true, versionProvider = Main.Version.class)
    static final class RunOnly implements Runnable {
        @Override
        public void run() {
            // never runs: main() picks this tree only when the first argument is "run"
        }
    }

    private static CommandLine configure(CommandLine cl) {
        cl.getSubcommands().get("run").setStopAtPositional(true); // script arguments are the script's
        cl.setExitCodeExceptionMapper(t -> EXIT_SOFTWARE);
        cl.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("gilkit: " + ex.getMessage());
            ex.getCommandLine().usage(ex.getCommandLine().getErr());
            return EXIT_USAGE;
        });
        return cl;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Reports the Java and the native library versions (proves the native library loads). */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String javaSide = Main.class.getPackage().getImplementationVersion();
            return new String[] {
                "gilkit " + (javaSide == null ? "0.1.0" : javaSide)
                        + " (native library " + GilkitNative.gilkit_version() + ")",
                "JVM: ${java.vm.name} ${java.version}, ${os.name} ${os.arch}"
            };
        }
    }
}
