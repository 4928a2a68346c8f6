package org.gilkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** `gilkit trace --demo`: outputs, exit codes, and one-line errors without stack traces. */
class TraceCommandTest {
    record Result(int rc, String out, String err) {}

    private static Result run(String... args) {
        return assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            CommandLine cl = Main.commandLine();
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            cl.setOut(new PrintWriter(out));
            cl.setErr(new PrintWriter(err));
            int rc = cl.execute(args);
            return new Result(rc, out.toString(), err.toString());
        });
    }

    private static void assertOneLineError(Result r, int rc, String... fragments) {
        assertEquals(rc, r.rc(), r.out() + r.err());
        String[] lines = r.err().strip().split("\n");
        assertEquals(1, lines.length, "one line: " + r.err());
        assertTrue(lines[0].startsWith("gilkit trace: "), lines[0]);
        for (String f : fragments) assertTrue(lines[0].contains(f), "'" + f + "' in: " + lines[0]);
        assertFalse(r.err().contains("Exception\n") || r.err().contains("\tat "), "no stack trace");
    }

    @Test
    void demoWritesAPerfettoTraceAndAnHtmlPageAndPrintsTheStats(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("trace.json");
        Path html = dir.resolve("trace.html");
        Result r = run("trace", "--demo", "-o", json.toString(), "--html", html.toString(), "--threads", "2",
                "--kernel", "sha256", "--duration-ms", "30", "--switch-interval-us", "100", "--check");
        assertEquals(0, r.rc(), r.out() + r.err());
        String trace = Files.readString(json);
        assertTrue(trace.startsWith("{") && trace.contains("\"traceEvents\"") && trace.contains("\"name\":\"sha256\""),
                "the trace has sha256 kernel slices");
        assertTrue(Files.readString(html).contains("const DATA = {\"policy\":\"new\""));
        assertTrue(r.out().contains("wrote " + json) && r.out().contains("wrote " + html), r.out());
        assertTrue(r.out().contains("worker-1") && r.out().contains("worker-2") && r.out().contains("held fraction"), r.out());
        assertTrue(r.out().contains("check: ok"), r.out());
    }

    @Test
    void aMissingDirectoryFailsBeforeRecording(@TempDir Path dir) {
        Path bad = dir.resolve("no-such-dir").resolve("t.json");
        assertOneLineError(run("trace", "--demo", "-o", bad.toString()), 74, "cannot write", "does not exist",
                "nothing was recorded");
    }

    @Test
    void aDirectoryAsOutputFails(@TempDir Path dir) {
        assertOneLineError(run("trace", "--demo", "--html", dir.toString()), 74, "is a directory", "nothing was recorded");
    }

    @Test
    void aWriteThatFailsAfterRecordingFallsBackToTheTempDirectory() throws Exception {
        Path proc = Path.of("/proc/version"); // a regular file that even root cannot write
        Assumptions.assumeTrue(Files.isRegularFile(proc), "needs Linux /proc");
        Result r = run("trace", "--demo", "-o", proc.toString(), "--duration-ms", "5", "--threads", "1");
        assertOneLineError(r, 74, "cannot write /proc/version", "written to");
        Matcher m = Pattern.compile("written to (\\S+) instead").matcher(r.err());
        assertTrue(m.find(), r.err());
        Path fallback = Path.of(m.group(1));
        try {
            assertTrue(Files.readString(fallback).contains("\"traceEvents\""), "the fallback holds the trace");
        } finally {
            Files.deleteIfExists(fallback);
        }
    }

    @Test
    void badValuesAreUsageErrors() {
        assertOneLineError(run("trace", "--demo", "-o", "x.json", "--policy", "fair"), 64, "unknown GIL policy 'fair'", "new, legacy, fifo, off");
        assertOneLineError(run("trace", "--demo", "-o", "x.json", "--kernel", "md4"), 64, "unknown kernel 'md4'");
        assertOneLineError(run("trace", "--demo", "-o", "x.json", "--threads", "0"), 64, "--threads");
        assertOneLineError(run("trace", "--demo"), 64, "no output");
        assertOneLineError(run("trace", "-o", "x.json"), 64, "--demo");
        assertOneLineError(run("trace", "no-such-script.py", "-o", "x.json"), 2, "can't open file", "no-such-script.py");
        assertOneLineError(run("trace", "--demo", "no-such-script.py", "-o", "x.json"), 64, "not both");
        assertOneLineError(run("trace", "no-such-script.py", "-o", "x.json", "--threads", "2"), 64, "--threads applies to --demo only");
        assertOneLineError(run("trace", "no-such-script.py", "-o", "x.json", "--switch-interval", "0"), 64, "--switch-interval must be at least 1e-06");
        assertFalse(Files.exists(Path.of("x.json")), "usage errors write nothing");
    }
}
