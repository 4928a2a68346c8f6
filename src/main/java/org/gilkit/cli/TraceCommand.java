package org.gilkit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.gilkit.gil.Gil;
import org.gilkit.gil.GilPolicy;
import org.gilkit.observe.DemoWorkload;
import org.gilkit.observe.GilStatsSnapshot;
import org.gilkit.observe.HtmlReport;
import org.gilkit.observe.PerfettoWriter;
import org.gilkit.observe.StatsTable;
import org.gilkit.observe.Trace;
import org.gilkit.observe.TraceChecks;
import org.gilkit.observe.TraceSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Records a GIL timeline and writes it as a Chrome/Perfetto trace ({@code -o}) and/or a
 * self-contained HTML page ({@code --html}). Two forms:
 * <ul>
 *   <li>{@code gilkit trace script.py [args...] -o trace.json [--html trace.html] [--gil POLICY]
 *       [--switch-interval SECONDS] [--check]}: runs the script on the interpreter exactly as
 *       {@code gilkit run} does ({@link ScriptLaunch}) with a {@link TraceSession} on its lock
 *       ({@link ScriptTrace}): lock events, thread start/exit under the Python thread names,
 *       native kernel spans, and blocking calls (sleep, lock waits, join, queue get, I/O). The
 *       script's stdout and stderr are its own; this command's report (what was written, the
 *       statistics table) goes to stderr after the script finished. Options and script arguments
 *       may be mixed; script arguments that look like options go after {@code --}.</li>
 *   <li>{@code gilkit trace --demo -o trace.json [...]}: traces a built-in Java workload
 *       ({@link DemoWorkload}: N threads spinning through check points, optionally calling a
 *       releasing kernel, sleeping now and then); its report goes to stdout.</li>
 * </ul>
 * Registered in {@link Main}.
 *
 * <p>Exit codes: with a script, the script's own status (0; 1 for an uncaught exception or a
 * syntax error, whose traceback / CPython message is printed as {@code gilkit run} prints it; the
 * SystemExit code; 130 for KeyboardInterrupt), unless: 2 the script cannot be opened; 64 usage
 * (bad option value, no output, both or neither of --demo and a script); 70 the demo workload
 * failed, or --check found a broken trace; 74 an output file cannot be written: checked before
 * anything runs ("nothing was recorded"), and if writing fails afterwards the trace is written to
 * the temporary directory instead and the message says where (or says that nothing was written).
 * A failing script's partial trace is always written and valid (a script that does not compile
 * gives a trace of the main thread only: it took the lock to compile). User errors are one line
 * on stderr, never a stack trace.
 */
@Command(name = "trace", mixinStandardHelpOptions = true,
        description = "Records a GIL timeline (Perfetto JSON and/or a self-contained HTML page).")
public final class TraceCommand implements Callable<Integer> {
    /** Exit code for an output that cannot be written (sysexits EX_IOERR). */
    public static final int EXIT_IOERR = 74;

    @Spec CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "script.py", description = "The Python script to run and trace.")
    Path script;

    @Parameters(index = "1..*", paramLabel = "ARGS", description = "Arguments for the script (sys.argv[1:]); put them after -- if they start with -.")
    List<String> args = new ArrayList<>();

    @Option(names = "--demo", description = "Trace the built-in Java workload instead of a script.")
    boolean demo;

    @Option(names = {"-o", "--output"}, paramLabel = "trace.json", description = "Chrome/Perfetto trace-event JSON to write.")
    Path output;

    @Option(names = "--html", paramLabel = "trace.html", description = "Self-contained HTML timeline to write.")
    Path html;

    @Option(names = "--threads", defaultValue = "4", description = "Demo threads, 1..256 (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--kernel", defaultValue = "none", description = "Kernel each demo round calls: none, sum, sha256 (default: ${DEFAULT-VALUE}).")
    String kernel;

    @Option(names = {"--gil", "--policy"}, paramLabel = "POLICY", defaultValue = "new",
            description = "GIL policy: new, legacy, fifo, off (default: ${DEFAULT-VALUE}).")
    String policy;

    @Option(names = "--switch-interval", paramLabel = "SECONDS",
            description = "Switch interval in seconds, >= 1e-06 (default 0.005; for --demo also --switch-interval-us).")
    Double switchInterval;

    @Option(names = "--duration-ms", defaultValue = "500", description = "Demo run time in ms, 0..600000 (default: ${DEFAULT-VALUE}).")
    long durationMs;

    @Option(names = "--switch-interval-us", defaultValue = "5000", description = "Demo switch interval in us, >= 1 (default: ${DEFAULT-VALUE}).")
    long intervalUs;

    @Option(names = "--check", description = "Verify the trace structure (protocol order, one holder at a time); exit 70 if broken.")
    boolean check;

    /** A user error with its exit code; its message is the whole one-line report. */
    private static final class Failure extends Exception {
        final int code;

        Failure(int code, String message) {
            super(message, null, false, false);
            this.code = code;
        }
    }

    /** The validated settings of a demo run. */
    private record Settings(GilPolicy policy, DemoWorkload.KernelChoice kernel, long intervalNanos) {}

    @Override
    public Integer call() {
        try {
            return run();
        } catch (Failure f) {
            err().println("gilkit trace: " + f.getMessage());
            err().flush();
            return f.code;
        }
    }

    private int run() throws Failure {
        if (script != null && demo) throw new Failure(Main.EXIT_USAGE, "give either --demo or a script, not both");
        if (script == null && !demo) throw new Failure(Main.EXIT_USAGE, "nothing to trace: give a script or --demo (see gilkit trace --help)");
        if (output == null && html == null) throw new Failure(Main.EXIT_USAGE, "no output: give -o trace.json and/or --html trace.html");
        return demo ? runDemo() : runScript();
    }

    /** Traces the script; see the class comment for what is printed and returned. */
    private int runScript() throws Failure {
        for (String demoOnly : List.of("--threads", "--kernel", "--duration-ms", "--switch-interval-us")) {
            if (spec.commandLine().getParseResult().hasMatchedOption(demoOnly)) {
                throw new Failure(Main.EXIT_USAGE, demoOnly + " applies to --demo only (a script makes its own threads;"
                        + " use --switch-interval SECONDS)");
            }
        }
        ScriptLaunch launch;
        try {
            launch = ScriptLaunch.of(policy, switchInterval == null ? 0.005 : switchInterval, script, args);
        } catch (ScriptLaunch.Problem p) {
            throw new Failure(p.code, p.getMessage());
        }
        checkWritable(output);
        checkWritable(html);
        ScriptTrace observer = new ScriptTrace();
        int status;
        try {
            status = launch.run(observer);
        } catch (IOException e) {
            throw new Failure(ScriptLaunch.EXIT_CANNOT_OPEN, "can't read " + script + ": " + reason(e) + "; nothing was recorded");
        }
        Trace trace = observer.trace();
        String written = writeAll(trace);
        report(trace, observer.stats(), observer.wallNanos(), err());
        if (observer.collectorFailure() != null) {
            err().println("warning: collecting stopped early (" + observer.collectorFailure() + "): later events were dropped");
        }
        if (status != 0) err().println("gilkit trace: the script exited with status " + status + "; partial trace: " + written);
        err().flush();
        if (check) checkStructure(trace, err());
        return status;
    }

    private int runDemo() throws Failure {
        Settings s = validate();
        checkWritable(output);
        checkWritable(html);
        Trace trace;
        GilStatsSnapshot stats;
        String workloadError = null;
        Throwable collectorFailure;
        try (Gil gil = Gil.create(s.policy(), s.intervalNanos())) {
            TraceSession session = TraceSession.start(gil);
            workloadError = runWorkload(gil, session, s);
            trace = session.stop();
            collectorFailure = session.failure();
            stats = GilStatsSnapshot.of(gil);
        }
        String written = writeAll(trace);
        report(trace, stats, trace.wallNanos(), spec.commandLine().getOut());
        if (collectorFailure != null) {
            spec.commandLine().getOut().println("warning: collecting stopped early (" + collectorFailure
                    + "): later events were dropped");
        }
        if (workloadError != null) throw new Failure(Main.EXIT_SOFTWARE, workloadError + "; partial trace: " + written);
        if (check) checkStructure(trace, spec.commandLine().getOut());
        return 0;
    }

    /**
     * Runs what is traced, on {@code gil}, reporting blocking calls to {@code session}; returns
     * null on success or a one-line description of the failure (the trace is still written).
     * The interpreter's {@code gilkit trace script.py} runs the script here, with the script's
     * error (Python traceback summary) as the failure.
     */
    private String runWorkload(Gil gil, TraceSession session, Settings s) {
        try {
            DemoWorkload.run(gil, session, threads, durationMs * 1_000_000L, s.kernel());
            return null;
        } catch (IllegalStateException e) {
            return e.getMessage();
        }
    }

    private Settings validate() throws Failure {
        if (threads < 1 || threads > 256) throw new Failure(Main.EXIT_USAGE, "--threads must be in 1..256, got " + threads);
        if (durationMs < 0 || durationMs > 600_000) throw new Failure(Main.EXIT_USAGE, "--duration-ms must be in 0..600000, got " + durationMs);
        if (intervalUs < 1 || intervalUs > 10_000_000) throw new Failure(Main.EXIT_USAGE, "--switch-interval-us must be in 1..10000000, got " + intervalUs);
        long intervalNanos = intervalUs * 1000;
        if (switchInterval != null) {
            intervalNanos = Math.round(switchInterval * 1e9);
            if (!(switchInterval > 0) || intervalNanos < Gil.MIN_SWITCH_INTERVAL_NANOS || switchInterval > 10) {
                throw new Failure(Main.EXIT_USAGE, "--switch-interval must be in 1e-06..10 seconds, got " + switchInterval);
            }
        }
        try {
            return new Settings(GilPolicy.parse(policy), DemoWorkload.KernelChoice.parse(kernel), intervalNanos);
        } catch (IllegalArgumentException e) {
            throw new Failure(Main.EXIT_USAGE, e.getMessage());
        }
    }

    /** Fails before anything runs if {@code p} cannot be created or overwritten. */
    private static void checkWritable(Path p) throws Failure {
        if (p == null) return;
        Path abs = p.toAbsolutePath();
        Path dir = abs.getParent();
        String why = null;
        if (Files.isDirectory(abs)) why = "it is a directory";
        else if (dir == null || !Files.isDirectory(dir)) why = "directory " + dir + " does not exist";
        else if (Files.exists(abs) && !Files.isWritable(abs)) why = "the file is not writable";
        else if (!Files.exists(abs) && !Files.isWritable(dir)) why = "directory " + dir + " is not writable";
        if (why != null) throw new Failure(EXIT_IOERR, "cannot write " + p + ": " + why + "; nothing was recorded");
    }

    /** Writes the requested outputs; returns where they went. @throws Failure (74) naming the fallback */
    private String writeAll(Trace trace) throws Failure {
        StringBuilder where = new StringBuilder();
        String problem = null;
        for (Path p : new Path[] {output, html}) {
            if (p == null) continue;
            boolean json = p == output;
            try {
                write(trace, p, json);
                where.append(where.length() == 0 ? "" : ", ").append(p);
            } catch (IOException | RuntimeException e) {
                problem = (problem == null ? "" : problem + "; ") + "cannot write " + p + ": " + reason(e)
                        + fallback(trace, json);
            }
        }
        if (problem != null) throw new Failure(EXIT_IOERR, problem);
        return where.toString();
    }

    private static void write(Trace trace, Path p, boolean json) throws IOException {
        try (Writer w = Files.newBufferedWriter(p, StandardCharsets.UTF_8)) {
            if (json) PerfettoWriter.write(trace, w);
            else HtmlReport.write(trace, w);
        }
    }

    /** Writes the output to the temporary directory instead; says where, or that nothing was written. */
    private static String fallback(Trace trace, boolean json) {
        try {
            Path tmp = Files.createTempFile("gilkit-trace-", json ? ".json" : ".html");
            write(trace, tmp, json);
            return "; the trace was written to " + tmp + " instead";
        } catch (IOException | RuntimeException e) {
            return "; nothing was written (" + reason(e) + ")";
        }
    }

    private static String reason(Exception e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }

    private void report(Trace trace, GilStatsSnapshot stats, long wallNanos, PrintWriter out) {
        long events = trace.threads().stream().mapToLong(t -> t.events().size()).sum();
        out.printf(Locale.ROOT, "traced %d threads, %d events, %.3f s, policy %s%n", trace.threads().size(), events,
                trace.wallNanos() / 1e9, trace.policy().cliName());
        if (output != null) out.println("wrote " + output + " (open it in ui.perfetto.dev or chrome://tracing)");
        if (html != null) out.println("wrote " + html + " (open it in any browser; it needs no network)");
        if (trace.droppedEvents() > 0) {
            out.println("warning: " + trace.droppedEvents() + " events were dropped (full rings): the trace is incomplete");
        }
        out.print(StatsTable.render(stats, Math.max(0, wallNanos)));
        out.flush();
    }

    private void checkStructure(Trace trace, PrintWriter out) throws Failure {
        List<String> problems = TraceChecks.problems(trace);
        if (problems.isEmpty()) {
            out.println("check: ok (protocol order per thread"
                    + (trace.policy() == GilPolicy.OFF ? ")" : ", never two holders at once)"));
            out.flush();
            return;
        }
        throw new Failure(Main.EXIT_SOFTWARE, "trace check failed: " + String.join("; ", problems));
    }

    private PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
