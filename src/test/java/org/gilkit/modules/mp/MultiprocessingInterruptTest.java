package org.gilkit.modules.mp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C on a program with children: `gilkit run` in a child JVM has a busy fork child, a Pool,
 * a sleeping daemon spawn child (which holds a shared Value) and a busy non-daemon spawn child
 * when it gets SIGINT, which it forwards to its children. The program
 * must end with status 130, every process it started must be gone and the shared-memory folder
 * deleted. The program prints "ready" once everything runs, so no timing assumption is made.
 */
class MultiprocessingInterruptTest {
    @TempDir
    Path dir;

    @Test
    @Timeout(120)
    void sigintEndsTheProgramAndEveryChild() throws IOException, InterruptedException {
        Path script = dir.resolve("prog.py");
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        Files.writeString(script, """
                import multiprocessing as mp, time
                def spin():
                    n = 0
                    while True:
                        n += 1
                def nap(v):
                    v.value = 1
                    time.sleep(300)
                def sq(x):
                    return x * x
                def spin_spawned(v):
                    v.value = 1
                    spin()
                if __name__ == '__main__':
                    busy = mp.Process(target=spin)
                    busy.start()
                    pool = mp.Pool(2)
                    print(pool.map(sq, [1, 2]), flush=True)
                    v = mp.Value('i', 0)
                    s = mp.get_context('spawn').Process(target=nap, args=(v,), daemon=True)
                    s.start()
                    w = mp.Value('i', 0)
                    busy_spawned = mp.get_context('spawn').Process(target=spin_spawned, args=(w,))
                    busy_spawned.start()
                    while v.value == 0 or w.value == 0:
                        time.sleep(0.05)
                    print('ready', flush=True)
                    time.sleep(300)
                """);
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + tmp, "-cp", System.getProperty("java.class.path"), "org.gilkit.cli.Main", "run",
                script.toString());
        Process p = pb.start();
        List<ProcessHandle> descendants;
        String err;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            assertEquals("[1, 4]", out.readLine());
            assertEquals("ready", out.readLine());
            descendants = p.descendants().toList();
            assertFalse(descendants.isEmpty(), "the spawn child runs");
            try (var s = Files.list(tmp)) {
                assertTrue(s.anyMatch(f -> f.getFileName().toString().startsWith("gilkit-mp-")), "shared memory folder");
            }
            new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start().waitFor();
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the program did not stop on SIGINT");
            err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        } finally {
            p.destroyForcibly();
        }
        assertEquals(130, p.exitValue(), err);
        assertTrue(err.contains("KeyboardInterrupt"), err);
        // the busy non-daemon spawn child got SIGINT from the parent (it runs in its own session)
        // and reports it as CPython's child does; otherwise the parent's exit would wait for it
        assertTrue(err.contains("Process SpawnProcess-"), err);
        for (ProcessHandle d : descendants) {
            assertTrue(d.onExit().completeOnTimeout(d, 30, TimeUnit.SECONDS).join() != null && !d.isAlive(),
                    "child process " + d.pid() + " outlived the program");
        }
        try (var s = Files.list(tmp)) {
            assertEquals(List.of(), s.filter(f -> f.getFileName().toString().startsWith("gilkit-mp-")).toList(),
                    "temporary files left");
        }
    }
}
