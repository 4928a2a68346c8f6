package org.gilkit.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.gilkit.gil.Gil;
import org.gilkit.gil.GilPolicy;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The golden corpus: every {@code src/test/resources/golden/<area>/<name>.py} runs in-process and
 * its stdout, stderr and exit status must equal what CPython 3.11 produced ({@code <name>.out},
 * {@code <name>.err}, {@code <name>.rc}, written by {@code golden/regen.py}; stdin from
 * {@code <name>.in}). Programs whose name starts with "_" are support modules. Caret lines of
 * tracebacks ({@code ~~~^^^}) are optional for gilkit and ignored on both sides; absolute paths of
 * the program's folder are stripped as regen.py strips them.
 *
 * <p>Programs listed in {@code golden/PENDING} wait for another helper's work: they are skipped
 * while they fail and fail the build once they pass.
 *
 * <p>{@link #everyProgramHasExpectationsAndNoOrphans} fails the build when a program has no
 * expected output or an expected file has no program.
 */
class GoldenTest {
    static final Path ROOT = Path.of("src/test/resources/golden");
    private static final Duration TIMEOUT = Duration.ofSeconds(120);

    @TestFactory
    Stream<DynamicTest> golden() throws IOException {
        Map<String, String> pending = pending();
        return programs().stream().map(p -> {
            String name = ROOT.relativize(p).toString();
            return DynamicTest.dynamicTest(name, () -> assertTimeoutPreemptively(TIMEOUT, () -> {
                if (pending.containsKey(name)) {
                    checkPending(p, pending.get(name));
                } else {
                    check(p);
                }
            }));
        });
    }

    /** golden/PENDING: programs waiting for another helper's work, with the reason. */
    static Map<String, String> pending() throws IOException {
        Map<String, String> m = new TreeMap<>();
        for (String line : Files.readAllLines(ROOT.resolve("PENDING"))) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) continue;
            String[] parts = l.split("\\s+", 2);
            m.put(parts[0], parts.length > 1 ? parts[1] : "pending");
        }
        return m;
    }

    /** A pending program is skipped while it fails, and fails the build once it passes. */
    private static void checkPending(Path p, String reason) throws IOException {
        try {
            check(p);
        } catch (AssertionError e) {
            Assumptions.abort("pending: " + reason);
        }
        fail(ROOT.relativize(p) + " passes now: remove it from golden/PENDING");
    }

    static List<Path> programs() throws IOException {
        try (Stream<Path> s = Files.walk(ROOT)) {
            return s.filter(p -> p.getParent() != null && !p.getParent().equals(ROOT))
                    .filter(p -> p.getFileName().toString().endsWith(".py"))
                    .filter(p -> !p.getFileName().toString().startsWith("_"))
                    .sorted().collect(Collectors.toList());
        }
    }

    /** The result of running one program in-process. */
    record Run(String out, String err, int rc) {}

    static Run run(Path program, GilPolicy policy, long switchIntervalNanos) throws IOException {
        Path abs = program.toAbsolutePath().normalize();
        String name = abs.getFileName().toString();
        String folder = abs.getParent().toString();
        Path in = sibling(program, ".in");
        InputStream stdin = Files.exists(in) ? Files.newInputStream(in) : new ByteArrayInputStream(new byte[0]);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        byte[] source = Files.readAllBytes(program); // decoded as `gilkit run` decodes a file
        int rc = Interpreter.runSource(source, name, folder,
                List.of(name), new Interpreter.Options(policy, switchIntervalNanos, stdin, out, err));
        return new Run(normalize(out, folder), normalize(err, folder), rc);
    }

    private static String normalize(ByteArrayOutputStream s, String folder) {
        return s.toString(StandardCharsets.UTF_8).replace(folder + "/", "")
                .replace(ROOT.toAbsolutePath().normalize().toString(), "<golden>");
    }

    private static void check(Path p) throws IOException {
        Run r = run(p, GilPolicy.NEW, Gil.DEFAULT_SWITCH_INTERVAL_NANOS);
        assertEquals(read(sibling(p, ".out")), r.out(), "stdout of " + p);
        assertEquals(withoutCarets(read(sibling(p, ".err"))), withoutCarets(r.err()), "stderr of " + p);
        String rc = read(sibling(p, ".rc")).trim();
        assertEquals(rc.isEmpty() ? 0 : Integer.parseInt(rc), r.rc(), "exit status of " + p);
    }

    /** Traceback caret lines are optional: drop lines made only of spaces, '^' and '~'. */
    static String withoutCarets(String s) {
        return s.lines().filter(l -> !l.matches("\\s*[\\^~]+\\s*")).map(l -> l + "\n").collect(Collectors.joining());
    }

    static Path sibling(Path py, String ext) {
        String n = py.getFileName().toString();
        return py.resolveSibling(n.substring(0, n.length() - 3) + ext);
    }

    private static String read(Path p) throws IOException {
        return Files.exists(p) ? Files.readString(p) : "";
    }

    @Test
    void everyProgramHasExpectationsAndNoOrphans() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path p : programs()) {
            if (!Files.exists(sibling(p, ".out"))) problems.add("no expected output for " + p + " (run regen.py)");
        }
        try (Stream<Path> s = Files.walk(ROOT)) {
            for (Path f : s.filter(Files::isRegularFile).toList()) {
                String n = f.getFileName().toString();
                int dot = n.lastIndexOf('.');
                String ext = dot < 0 ? "" : n.substring(dot);
                if (List.of(".out", ".err", ".rc", ".in").contains(ext)) {
                    Path py = f.resolveSibling(n.substring(0, dot) + ".py");
                    if (!Files.exists(py)) problems.add("orphan expectation " + f);
                }
            }
        }
        for (String name : pending().keySet()) {
            if (!Files.exists(ROOT.resolve(name))) problems.add("golden/PENDING names a missing program " + name);
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }
}
