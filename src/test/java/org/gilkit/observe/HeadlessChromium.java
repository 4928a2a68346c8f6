package org.gilkit.observe;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Loads a page in a real headless Chromium (Debian's {@code chromium} package) and returns its DOM
 * after the page's scripts ran: the browser check of every HTML report test (HtmlReportTest for
 * synthetic traces, the CLI's script-trace tests for real ones).
 */
public final class HeadlessChromium {
    /** Where Debian installs it. */
    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private HeadlessChromium() {}

    /** Whether the browser is installed (tests skip themselves with a message otherwise). */
    public static boolean isAvailable() {
        return Files.isExecutable(CHROMIUM);
    }

    /**
     * Runs headless Chromium on {@code page} and returns the DOM after its scripts ran; {@code work}
     * is an empty directory for its profile and log. Its output goes to a file (reading a pipe
     * could block past the timeout), and it gets the environment without sanitizer settings: under
     * .ci/sanitize the test JVM runs with LD_PRELOAD=libasan, which Chromium inherits and then
     * never finishes.
     */
    public static String dumpDom(Path page, Path work) throws Exception {
        Path log = work.resolve("chromium.log");
        Path domFile = work.resolve("dom.html");
        ProcessBuilder pb = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + work.resolve("profile"), "--dump-dom", page.toUri().toString())
                .redirectOutput(domFile.toFile())
                .redirectError(log.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        pb.environment().keySet().removeIf(k -> k.equals("LD_PRELOAD") || k.endsWith("SAN_OPTIONS"));
        Process p = pb.start();
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            fail("chromium did not finish within 90 s: " + Files.readString(log));
        }
        p.descendants().forEach(ProcessHandle::destroyForcibly); // helpers it may leave behind
        String dom = Files.readString(domFile);
        if (dom.isBlank()) fail("chromium printed no DOM (exit " + p.exitValue() + "): " + Files.readString(log));
        return dom;
    }

    /** How many times {@code what} occurs in {@code s}. */
    public static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) n++;
        return n;
    }

    /** Up to {@code len} characters of {@code s} from {@code from}, for failure messages. */
    public static String between(String s, String from, int len) {
        int i = s.indexOf(from);
        return i < 0 ? "(absent)" : s.substring(i, Math.min(s.length(), i + len));
    }
}
