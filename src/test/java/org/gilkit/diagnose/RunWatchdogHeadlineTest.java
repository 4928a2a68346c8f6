package org.gilkit.diagnose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * The watchdog's first line is CPython faulthandler's ("Timeout (0:00:05)!", with microseconds
 * when the timeout has a fraction: faulthandler.c format_timeout), and its arguments are checked
 * before a thread starts. The dump itself is tested end to end in org.gilkit.harden.RunWatchdogTest.
 */
class RunWatchdogHeadlineTest {
    @Test
    void headlineMatchesFaulthandler() {
        assertEquals("Timeout (0:00:05)!", RunWatchdog.headline(5_000_000_000L));
        assertEquals("Timeout (0:00:01.500000)!", RunWatchdog.headline(1_500_000_000L));
        assertEquals("Timeout (1:02:05)!", RunWatchdog.headline(3725_000_000_000L));
        assertEquals("Timeout (0:00:00.000001)!", RunWatchdog.headline(1_000L));
    }

    @Test
    void badArgumentsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> RunWatchdog.start(null, 1, System.err, c -> {}));
        assertThrows(IllegalArgumentException.class, () -> RunWatchdog.start(null, 0, System.err, c -> {}));
        assertThrows(IllegalArgumentException.class, () -> RunWatchdog.start(null, Double.NaN, System.err, c -> {}));
    }

    @Test
    void stackLinesAreCutAtMaxDepth() {
        org.gilkit.runtime.FrameInfo[] chain = new org.gilkit.runtime.FrameInfo[1];
        chain[0] = new Fake(150);
        var lines = ThreadDump.stackLines(chain[0]);
        assertEquals(ThreadDump.MAX_DEPTH + 1, lines.size());
        assertEquals("  File \"f.py\", line 150 in f150", lines.get(0));
        assertEquals("  ...", lines.get(ThreadDump.MAX_DEPTH));
    }

    /** A chain of {@code depth} frames, the innermost first. */
    private record Fake(int depth) implements org.gilkit.runtime.FrameInfo {
        public String codeName() { return "f" + depth; }
        public String filename() { return "f.py"; }
        public int line() { return depth; }
        public org.gilkit.runtime.FrameInfo back() { return depth > 1 ? new Fake(depth - 1) : null; }
        public org.gilkit.runtime.PyDict globals() { return null; }
        public org.gilkit.runtime.PyObject locals() { return null; }
    }
}
