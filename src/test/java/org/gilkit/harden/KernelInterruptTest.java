package org.gilkit.harden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Ctrl-C during a long native kernel called from Python (issue 11, cancellation): {@code gilkit run}
 * in a child JVM gets SIGINT while its main thread is inside a kernel that released the GIL. The
 * SIGINT handler sets the thread's cancel flag, the kernel stops at its next poll, and
 * KeyboardInterrupt is raised at the line of the call. The program keeps a loop of 200 calls of
 * about half a second each, so a kernel that was not cancelled would show up as a traceback at
 * the {@code for} line (raised at the loop's check point after the kernel returned), not at the
 * call line. After catching it, the program takes a lock, runs a thread and runs the same kernel
 * to the end: nothing is left cancelled or locked (the expected digests come from the JDK).
 */
class KernelInterruptTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "import hashlib|hashlib.sha256(data).hexdigest()[:8]|sha256",
        "import gilkit.kernels as k|'%08x' % k.crc32c(data)|crc32c",
        "import zlib|'%08x' % zlib.crc32(data)|crc32",
    })
    @Timeout(120)
    void sigintCancelsTheKernelAtTheCallLine(String imports, String call, String algorithm) throws Exception {
        Path script = dir.resolve("kernel.py");
        Files.writeString(script, String.join("\n",
                imports + ", threading",                          // 1
                "data = bytes(256 << 20)",                         // 2
                "print('ready', flush=True)",                      // 3
                "for i in range(200):",                            // 4
                "    " + call,                                     // 5
                ""));
        try (GilkitChild child = GilkitChild.run(script.toString())) {
            child.awaitOut("ready"::equals, 60);
            Thread.sleep(300); // the kernel takes about 0.5 s, several times that on a busy machine // into the first call; earlier is fine too (the flag stops the next kernel)
            child.signal("INT");
            assertEquals(130, child.exitStatus(60), child.stderr());
            assertEquals("Traceback (most recent call last):\n  File \"" + script + "\", line 5, in <module>\n    "
                    + call + "\nKeyboardInterrupt\n", child.stderr());
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "import hashlib|hashlib.sha256(data).hexdigest()[:8]|sha256",
        "import gilkit.kernels as k|'%08x' % k.crc32c(data)|crc32c",
    })
    @Timeout(120)
    void afterTheInterruptLocksThreadsAndKernelsWork(String imports, String call, String algorithm) throws Exception {
        String digest = expected(algorithm);
        Path script = dir.resolve("caught.py");
        Files.writeString(script, String.join("\n",
                imports + ", threading",
                "data = bytes(256 << 20)",
                "lock = threading.Lock()",
                "print('ready', flush=True)",
                "try:",
                "    for i in range(200):",
                "        " + call,
                "except KeyboardInterrupt:",
                "    print('interrupted', i < 199)",
                "with lock:",
                "    print('lock ok')",
                "out = []",
                "t = threading.Thread(target=lambda: out.append(" + call + "))",
                "t.start(); t.join()",
                "print('thread', out)",
                "print('main', " + call + ")",
                ""));
        try (GilkitChild child = GilkitChild.run(script.toString())) {
            child.awaitOut("ready"::equals, 60);
            Thread.sleep(300); // the kernel takes about 0.5 s, several times that on a busy machine
            child.signal("INT");
            assertEquals(0, child.exitStatus(60), child.stderr());
            assertEquals("ready\ninterrupted True\nlock ok\nthread ['" + digest + "']\nmain " + digest + "\n", child.stdout());
            assertEquals("", child.stderr());
        }
    }

    /** The first 8 hex digits of the program's result for 256 MiB of zeros, from the JDK. */
    private static String expected(String algorithm) throws Exception {
        byte[] zeros = new byte[256 << 20];
        switch (algorithm) {
            case "sha256":
                return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(zeros)).substring(0, 8);
            case "crc32c": {
                java.util.zip.CRC32C c = new java.util.zip.CRC32C();
                c.update(zeros);
                return String.format("%08x", c.getValue());
            }
            default:
                throw new IllegalArgumentException(algorithm);
        }
    }
}
