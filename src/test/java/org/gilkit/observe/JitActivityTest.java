package org.gilkit.observe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** JitActivity counts the interpreter's compilations in HotSpot's Compiler.queue text. */
class JitActivityTest {
    /** A Compiler.queue text as jcmd printed it while C2 compiled the eval loop (issue 5). */
    private static final String BUSY = """
            Current compiles:\s
            C2 CompilerThread0  1409   !   4       org.gilkit.vm.Eval::dispatch (2622 bytes)
            C1 CompilerThread0  1412       3       java.util.HashMap::resize (356 bytes)

            C1 compile queue:
            1413       3       org.gilkit.runtime.Ops::add (61 bytes)

            C2 compile queue:
            1400   !   4       org.gilkit.vm.Eval::execute (80 bytes)
            1401       4       java.lang.String::hashCode (60 bytes)
            """;

    private static final String IDLE = """
            Current compiles:\s

            C1 compile queue:
            Empty

            C2 compile queue:
            Empty
            """;

    @Test
    void countsRunningAndQueuedCompilesOfThePrefixOnly() {
        assertEquals(3, JitActivity.count(BUSY, "org.gilkit."));
        assertEquals(2, JitActivity.count(BUSY, "java."));
        assertEquals(2, JitActivity.count(BUSY, JitActivity.EVAL_LOOP));
        assertEquals(0, JitActivity.count(IDLE, "org.gilkit."));
    }

    @Test
    void theRunningJvmAnswersWithACountOrMinusOneButNeverThrows() {
        int n = JitActivity.pending("org.gilkit.");
        assertTrue(n >= -1, "pending " + n);
        String text = JitActivity.queueText();
        if (text != null) assertTrue(text.contains("compile queue"), text);
    }
}
