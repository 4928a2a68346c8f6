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
 * Ctrl-C during {@code asyncio.run}: `gilkit run` in a child JVM gets SIGINT while the event loop
 * is idle (waiting for a timer with the GIL released) or while a coroutine spins. It must exit with
 * status 130 and a traceback ending in KeyboardInterrupt, after the main coroutine's
 * {@code finally} block ran (asyncio.run cancels the tasks left and closes the loop), without
 * waiting for the sleep to end. The child prints "ready" first, so the signal is sent once the
 * program is where the test wants it.
 */
class AsyncioInterruptTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {
        "await asyncio.sleep(60)",
        "await asyncio.gather(asyncio.sleep(60), asyncio.Event().wait())",
        "x = 0\n        while True:\n            x += 1",
    })
    @Timeout(60)
    void sigintStopsTheLoopCleanly(String body) throws IOException, InterruptedException {
        Path script = dir.resolve("prog.py");
        Files.writeString(script, "import asyncio\n\nasync def main():\n    try:\n        print('ready', flush=True)\n"
                + "        " + body + "\n    finally:\n        print('cleanup', flush=True)\n\nasyncio.run(main())\n");
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.gilkit.cli.Main", "run", script.toString());
        Process p = pb.start();
        String err;
        String rest;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            assertEquals("ready", out.readLine());
            Thread.sleep(300); // let it reach the idle wait or the loop; an earlier signal is handled too
            new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start().waitFor();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the program did not stop on SIGINT");
            rest = out.readLine();
            err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        } finally {
            p.destroyForcibly();
        }
        assertEquals(130, p.exitValue(), err);
        assertEquals("cleanup", rest, err);
        assertTrue(err.startsWith("Traceback (most recent call last):\n"), err);
        assertTrue(err.endsWith("KeyboardInterrupt\n"), err);
    }
}
