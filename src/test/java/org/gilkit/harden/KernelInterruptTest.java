package org.gilkit.harden;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Ctrl-C during a long native kernel called from Python (issue 11, cancellation): {@code gilkit run}
 * in a child JVM gets SIGINT while its main thread is in (or about to enter) one kernel call over
 * 2 GiB of zeros, which takes seconds. The data is a numpy array (off-heap, read in place: the call
 * is all kernel, no copy), so the call's only long part is the kernel. The SIGINT handler sets the
 * main thread's cancel flag; the kernel stops at its next poll (every few MiB) and
 * KeyboardInterrupt is raised at the line of the call. Deterministic: the signal is sent as soon
 * as the program says "ready", and whether it arrives before the call or during it, the flag stops
 * the kernel; a kernel that ignored it would run to the end and the program would print
 * "finished" and exit 0. Afterwards the program takes a lock, runs a thread and runs the same
 * kernel to the end: nothing is left cancelled or locked (expected values from the JDK).
 */
class KernelInterruptTest {
    private static final String SETUP = String.join("\n",
            "import numpy as np, threading, hashlib, zlib",
            "import gilkit.kernels as k",
            "big = np.zeros(1 << 28)    # 2 GiB",
            "small = np.zeros(1 << 23)  # 64 MiB",
            "lock = threading.Lock()",
            "print('ready', flush=True)",
            "");

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "hashlib.sha256(big).hexdigest()",
        "k.sha256(big).hex()",
        "zlib.crc32(big)",
    })
    @Timeout(120)
    void sigintCancelsTheKernelAtTheCallLine(String call) throws Exception {
        Path script = dir.resolve("kernel.py");
        Files.writeString(script, SETUP + call + "\nprint('finished')\n"); // the call is line 7
        try (GilkitChild child = GilkitChild.run(script.toString())) {
            child.awaitOut("ready"::equals, 60);
            child.signal("INT");
            assertEquals(130, child.exitStatus(60), child.stdout() + child.stderr());
            assertEquals("Traceback (most recent call last):\n  File \"" + script + "\", line 7, in <module>\n    "
                    + call + "\nKeyboardInterrupt\n", child.stderr());
            assertEquals("ready\n", child.stdout());
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "hashlib.sha256(big).hexdigest()|hashlib.sha256(small).hexdigest()[:8]|sha256",
        "k.sha256(big).hex()|k.sha256(small).hex()[:8]|sha256",
        "zlib.crc32(big)|'%08x' % zlib.crc32(small)|crc32",
    })
    @Timeout(120)
    void afterTheInterruptLocksThreadsAndKernelsWork(String longCall, String shortCall, String algorithm) throws Exception {
        String expected = expected(algorithm);
        Path script = dir.resolve("caught.py");
        Files.writeString(script, SETUP + String.join("\n",
                "try:",
                "    " + longCall,
                "    print('finished')",
                "except KeyboardInterrupt:",
                "    print('interrupted')",
                "with lock:",
                "    print('lock ok')",
                "out = []",
                "t = threading.Thread(target=lambda: out.append(" + shortCall + "))",
                "t.start(); t.join()",
                "print('thread', out)",
                "print('main', " + shortCall + ")",
                ""));
        try (GilkitChild child = GilkitChild.run(script.toString())) {
            child.awaitOut("ready"::equals, 60);
            child.signal("INT");
            assertEquals(0, child.exitStatus(60), child.stderr());
            assertEquals("ready\ninterrupted\nlock ok\nthread ['" + expected + "']\nmain " + expected + "\n", child.stdout());
            assertEquals("", child.stderr());
        }
    }

    /** The first 8 hex digits of the result for 64 MiB of zeros, from the JDK. */
    private static String expected(String algorithm) throws Exception {
        byte[] zeros = new byte[64 << 20];
        if (algorithm.equals("sha256")) {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(zeros)).substring(0, 8);
        }
        java.util.zip.CRC32 c = new java.util.zip.CRC32();
        c.update(zeros);
        return String.format("%08x", c.getValue());
    }
}
