package org.gilkit.harden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gilkit.gil.Gil;
import org.gilkit.gil.GilPolicy;
import org.gilkit.vm.Interpreter;
import org.junit.jupiter.api.Test;

/**
 * Python-level fuzzing: {@link ProgramGenerator} programs (fuzz mode: bad argument types, negative
 * and huge sizes, closed objects, wrong dtypes, mismatched shapes, through builtins, methods and
 * the native-backed modules) run in-process, each bounded by a {@link Watchdog}, and every one
 * must end with its output or a Python exception: exit status 0 with an empty stderr, or 1 with a
 * CPython-style traceback naming {@code test.py} and a line. Never a Java exception leaking (the
 * VM's "internal interpreter error" SystemError, a Java class name or stack frame in the output, a
 * throwable escaping the interpreter's threads), a JVM crash (no hs_err file) or a hang. Every
 * guarded statement must report (its number starts a line of stdout), so nothing is silently
 * skipped.
 *
 * <p>Reproducible: {@code -Dgilkit.fuzz.seed=S -Dgilkit.fuzz.programs=N} (defaults below); the
 * failure message prints the failing program's seed and text. The test prints how many programs,
 * statements, caught exceptions and tracebacks it ran.
 */
class ProgramFuzzTest {
    private static final long SEED = Long.getLong("gilkit.fuzz.seed", 20261123L);
    private static final int PROGRAMS = Integer.getInteger("gilkit.fuzz.programs", 1000);
    private static final Duration PER_PROGRAM = Duration.ofSeconds(60);

    /** Text that only a Java-level failure puts in a program's output. */
    private static final Pattern JAVA_LEAK = Pattern.compile(
            "internal interpreter error|SystemError|Exception in thread|\\tat [a-z]+\\.|java\\.[a-z]+\\.|org\\.gilkit\\.|"
                    + "StackOverflowError|ClassCastException|NullPointerException|IndexOutOfBoundsException");
    private static final Pattern GUARD = Pattern.compile("fail\\((\\d+), e\\)");
    private static final Pattern TRACEBACK_LOCATION = Pattern.compile("\n  File \"test\\.py\", line \\d+");
    private static final Pattern LAST_LINE = Pattern.compile("(?m)^[A-Za-z_][\\w.]*(: .*)?\\z");

    @Test
    void generatedProgramsEndWithOutputOrAPythonException() throws Exception {
        List<Throwable> escaped = new ArrayList<>();
        Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> {
            synchronized (escaped) {
                escaped.add(e);
            }
        });
        Stats stats = new Stats();
        List<String> crashesBefore = CrashFiles.present();
        try (Watchdog dog = new Watchdog("program-fuzz")) {
            for (int i = 0; i < PROGRAMS; i++) {
                long seed = SEED + i;
                String program = ProgramGenerator.program(seed, ProgramGenerator.Mode.FUZZ);
                Run run = dog.call("program seed " + seed, PER_PROGRAM, () -> run(program));
                String problem = judge(program, run);
                synchronized (escaped) {
                    if (problem == null && !escaped.isEmpty()) problem = "a Java throwable escaped a thread: " + escaped.get(0);
                }
                if (problem != null) {
                    throw new AssertionError("program seed " + seed + ": " + problem + "\n--- program ---\n" + program
                            + "\n--- stdout ---\n" + run.out + "\n--- stderr ---\n" + run.err + "\n--- exit " + run.rc);
                }
                stats.add(program, run);
            }
            assertEquals(crashesBefore, CrashFiles.present(), "a JVM crash file (hs_err_pid*.log) appeared");
        } finally {
            Thread.setDefaultUncaughtExceptionHandler(before);
        }
        System.out.printf("ProgramFuzzTest: %d programs (seed %d..%d), %d guarded statements, %d raised a Python exception,"
                + " %d ended with a traceback%n", PROGRAMS, SEED, SEED + PROGRAMS - 1, stats.statements, stats.raised,
                stats.tracebacks);
        assertTrue(stats.raised > 0 && stats.raised < stats.statements, "the corpus mixes failing and succeeding statements");
    }

    /** One program's result. */
    record Run(String out, String err, int rc) {}

    static Run run(String program) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int rc = Interpreter.runSource(program, "test.py", ".", List.of("test.py"), new Interpreter.Options(GilPolicy.NEW,
                Gil.DEFAULT_SWITCH_INTERVAL_NANOS, new ByteArrayInputStream(new byte[0]), out, err));
        return new Run(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), rc);
    }

    /** Why {@code run} is not an acceptable end of {@code program}, or null. */
    static String judge(String program, Run run) {
        Matcher leak = JAVA_LEAK.matcher(run.out + run.err);
        if (leak.find()) return "Java-level failure in the output ('" + leak.group() + "')";
        if (run.rc == 0 && !run.err.isEmpty()) return "exit 0 with stderr";
        if (run.rc == 1) {
            if (!run.err.startsWith("Traceback (most recent call last):\n")) return "exit 1 without a traceback";
            if (!TRACEBACK_LOCATION.matcher(run.err).find()) return "traceback without a test.py line";
            if (!LAST_LINE.matcher(run.err.stripTrailing()).find()) return "traceback does not end with 'Type: message'";
        } else if (run.rc != 0) {
            return "exit status " + run.rc;
        }
        Matcher g = GUARD.matcher(program);
        while (g.find()) {
            if (!Pattern.compile("(?m)^" + g.group(1) + " ").matcher(run.out).find()) {
                return "statement " + g.group(1) + " printed nothing (skipped silently?)";
            }
        }
        return null;
    }

    /** Counts for the report line. */
    private static final class Stats {
        long statements, raised, tracebacks;

        void add(String program, Run run) {
            statements += GUARD.matcher(program).results().count();
            raised += Pattern.compile("(?m)^\\d+ raised ").matcher(run.out).results().count();
            if (run.rc == 1) tracebacks++;
        }
    }
}
