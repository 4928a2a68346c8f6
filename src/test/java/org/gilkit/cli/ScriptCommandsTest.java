package org.gilkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.gilkit.observe.MiniJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gilkit trace script.py} and {@code gilkit run --stats} as a user runs them: in a child
 * JVM, so that the script's stdout, its traceback on stderr, the command's own report and the exit
 * status are the real ones. Expected texts come from CPython 3.11 running the same scripts.
 */
class ScriptCommandsTest {
    @TempDir
    Path dir;

    record Result(int status, String out, String err) {}

    private static Result gilkit(String... args) throws IOException, InterruptedException {
        return gilkitIn(null, args);
    }

    /** Runs gilkit with {@code cwd} as its working directory (null: this JVM's). */
    private static Result gilkitIn(Path cwd, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.gilkit.cli.Main"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).directory(cwd == null ? null : cwd.toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        // Read both pipes on their own threads: a full pipe would block the child.
        var out = new java.util.concurrent.CompletableFuture<String>();
        var err = new java.util.concurrent.CompletableFuture<String>();
        new Thread(() -> out.complete(readAll(p.getInputStream()))).start();
        new Thread(() -> err.complete(readAll(p.getErrorStream()))).start();
        try {
            assertTrue(p.waitFor(90, TimeUnit.SECONDS), "gilkit did not finish: " + cmd);
            return new Result(p.exitValue(), out.join(), err.join());
        } finally {
            p.destroyForcibly();
        }
    }

    private static String readAll(java.io.InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(unreadable: " + e + ")";
        }
    }

    @Test
    @Timeout(120)
    void aScriptGivenByARelativePathIsNamedByItsAbsolutePathAsInCPython39() throws Exception {
        Files.writeString(dir.resolve("rel.py"), "import sys\nprint(__file__)\nprint(sys.argv[0])\n1/0\n");
        Result r = gilkitIn(dir, "run", "./rel.py");
        String abs = dir.toAbsolutePath() + "/./rel.py"; // CPython joins the cwd verbatim, no normalization
        assertEquals(1, r.status(), r.err());
        assertEquals(abs + "\n./rel.py\n", r.out(), "__file__ is absolute, sys.argv[0] as given");
        assertTrue(r.err().contains("  File \"" + abs + "\", line 4, in <module>\n"), r.err());
    }

    @Test
    @Timeout(120)
    void aFailingScriptKeepsItsOutputTracebackStatusAndAPartialTrace() throws Exception {
        Path json = dir.resolve("t.json");
        Path html = dir.resolve("t.html");
        Result r = gilkit("trace", ScriptTraceTest.resource("raises_midway.py").toString(), "-o", json.toString(),
                "--html", html.toString(), "--check");
        assertEquals(1, r.status(), r.err());
        assertEquals("before\n", r.out(), "stdout is the script's alone");
        assertTrue(r.err().startsWith("Traceback (most recent call last):\n"), r.err());
        assertTrue(r.err().contains("KeyError: 'missing'\n"), r.err());
        assertTrue(r.err().contains("the script exited with status 1; partial trace: " + json + ", " + html), r.err());
        assertTrue(r.err().contains("check: ok"), r.err());
        @SuppressWarnings("unchecked")
        Map<String, Object> root = (Map<String, Object>) MiniJson.parse(Files.readString(json));
        List<?> events = (List<?>) root.get("traceEvents");
        assertTrue(events.stream().anyMatch(e -> String.valueOf(((Map<?, ?>) e).get("args")).contains("Thread-1 (spin)")),
                "the thread's track is named after the Python thread");
        assertTrue(Files.readString(html).contains("Thread-1 (spin)"));
    }

    @Test
    void anUnwritableOutputFailsBeforeTheScriptRuns() throws Exception {
        Path marker = dir.resolve("ran.txt");
        Path script = dir.resolve("writes.py");
        Files.writeString(script, "open(" + pyString(marker.toString()) + ", 'w').write('ran')\n");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int rc = cl.execute("trace", script.toString(), "-o", dir.resolve("missing-dir").resolve("t.json").toString());
        assertEquals(74, rc, err.toString());
        assertTrue(err.toString().startsWith("gilkit trace: cannot write ") && err.toString().contains("nothing was recorded"), err.toString());
        assertFalse(Files.exists(marker), "the script did not run");
    }

    private static String pyString(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    @Test
    @Timeout(120)
    void runStatsPrintsEveryPythonThreadIncludingExitedOnes() throws Exception {
        Path script = dir.resolve("stats.py");
        Files.writeString(script, String.join("\n",
                "import threading, time",
                "def work():",
                "    total = 0",
                "    for i in range(50000):",
                "        total += i",
                "    time.sleep(0.001)",
                "ts = [threading.Thread(target=work) for _ in range(2)]",
                "for t in ts: t.start()",
                "for t in ts: t.join()",
                "print('done')",
                ""));
        Result r = gilkit("run", "--stats", script.toString());
        assertEquals(0, r.status(), r.err());
        assertEquals("done\n", r.out(), "the table goes to stderr, not to the script's stdout");
        List<String> lines = r.err().lines().toList();
        assertEquals("gilkit: GIL statistics (policy new)", lines.get(0), r.err());
        assertTrue(lines.get(1).startsWith("thread") && lines.get(1).contains("held s") && lines.get(1).contains("wait s")
                && lines.get(1).contains("native s") && lines.get(1).contains("acquired") && lines.get(1).contains("forced")
                && lines.get(1).contains("drop req made / recv"), lines.get(1));
        for (String name : List.of("MainThread", "Thread-1 (work)", "Thread-2 (work)")) {
            String row = lines.stream().filter(l -> l.startsWith(name + " ")).findFirst()
                    .orElseThrow(() -> new AssertionError("no row for " + name + " in\n" + r.err()));
            String[] cells = row.substring(name.length()).trim().split("\\s+");
            assertTrue(Long.parseLong(cells[4]) >= 1, name + " acquired the lock at least once: " + row);
            assertTrue(Double.parseDouble(cells[0]) >= 0 && Double.parseDouble(cells[3]) >= 0, row);
        }
        List<String> order = lines.subList(2, 5).stream().map(l -> l.substring(0, l.indexOf(')') < 0 ? l.indexOf(' ') : l.indexOf(')') + 1)).toList();
        assertEquals(List.of("MainThread", "Thread-1 (work)", "Thread-2 (work)"), order, "rows in start order");
        assertTrue(lines.get(5).startsWith("total "), r.err());
        assertTrue(lines.get(lines.size() - 1).matches("held fraction [0-9.]+ \\([0-9.]+ s held of [0-9.]+ s wall\\); "
                + "wait fraction [0-9.]+ \\([0-9.]+ s waiting of [0-9.]+ s accounted\\)"), lines.get(lines.size() - 1));
    }

    @Test
    @Timeout(120)
    void badRunInputIsReportedInOneLine() throws Exception {
        Result missing = gilkit("run", "--stats", dir.resolve("nope.py").toString());
        assertEquals(2, missing.status());
        assertTrue(missing.err().startsWith("gilkit: can't open file '") && missing.err().endsWith("[Errno 2] No such file or directory\n"),
                missing.err());
        Result badPolicy = gilkit("run", "--gil", "fair", dir.resolve("nope.py").toString());
        assertEquals(64, badPolicy.status());
        assertTrue(badPolicy.err().startsWith("gilkit run: unknown GIL policy 'fair'"), badPolicy.err());
    }

    @Test
    @Timeout(120)
    void oversizedSourcesAreRefusedWithTheirSize() throws Exception {
        Path big = dir.resolve("big.py");
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(org.gilkit.parser.SourceFiles.MAX_SOURCE_BYTES + 1); // sparse: no disk used
        }
        String size = Long.toString(org.gilkit.parser.SourceFiles.MAX_SOURCE_BYTES + 1);
        for (String[] args : List.of(new String[] {"run", big.toString()}, new String[] {"run", "--stats", big.toString()})) {
            Result r = gilkit(args);
            assertEquals(2, r.status(), String.join(" ", args) + ": " + r.err());
            assertTrue(r.err().startsWith("gilkit: can't open file '") && r.err().contains("is too large: " + size + " bytes"),
                    r.err());
            assertEquals(1, r.err().lines().count(), "one line, no Java stack trace: " + r.err());
        }
        Path importer = dir.resolve("imports_big.py");
        java.nio.file.Files.writeString(importer, "try:\n    import big\nexcept ImportError as e:\n    print('ImportError', 'too large' in str(e))\n");
        Result r = gilkit("run", importer.toString());
        assertEquals(0, r.status(), r.err());
        assertEquals("ImportError True\n", r.out());
    }
}
