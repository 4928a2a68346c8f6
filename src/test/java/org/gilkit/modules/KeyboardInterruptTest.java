package org.gilkit.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Ctrl-C: `gilkit run` in a child JVM gets SIGINT while its main thread is blocked (in sleep, in
 * join, on a lock) or spinning; it must exit with status 130 and CPython's "KeyboardInterrupt"
 * traceback, without waiting for the blocking call to end. The child prints "ready" first, so the
 * signal is sent once the program is where the test wants it (no timing assumption).
 */
class KeyboardInterruptTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {
        "time.sleep(60)",
        "t = threading.Thread(target=time.sleep, args=(60,), daemon=True); t.start(); t.join()",
        "l = threading.Lock(); l.acquire(); l.acquire()",
        "threading.Event().wait()",
        "x = 0\nwhile True:\n    x += 1",
    })
    @Timeout(60)
    void sigintInterruptsTheMainThread(String body) throws IOException, InterruptedException {
        Path script = dir.resolve("prog.py");
        Files.writeString(script, "import threading, time\nprint('ready', flush=True)\n" + body + "\n");
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.gilkit.cli.Main", "run", script.toString());
        Process p = pb.start();
        String err;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            assertEquals("ready", out.readLine());
            Thread.sleep(200); // let it enter the blocking call; a signal before that is handled by the VM too
            new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start().waitFor();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the program did not stop on SIGINT");
            err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        } finally {
            p.destroyForcibly();
        }
        assertEquals(130, p.exitValue(), err);
        assertTrue(err.startsWith("Traceback (most recent call last):\n"), err);
        assertTrue(err.endsWith("KeyboardInterrupt\n"), err);
    }
}
