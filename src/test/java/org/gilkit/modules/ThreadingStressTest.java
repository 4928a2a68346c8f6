package org.gilkit.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.gilkit.gil.Gil;
import org.gilkit.gil.GilPolicy;
import org.gilkit.vm.Interpreter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * 8 Python threads x 10k increments of a shared global under a threading.Lock, with the switch
 * interval at 1 us so the GIL changes hands constantly: no update may be lost, under every lock
 * policy including --gil=off (where only the Lock protects the counter). The unlocked variant
 * under --gil=off is run too, but only for not crashing: losing updates there is allowed.
 */
class ThreadingStressTest {
    private static final String LOCKED = """
            import sys, threading
            sys.setswitchinterval(1e-6)
            counter = 0
            lock = threading.Lock()
            def work():
                global counter
                for _ in range(10000):
                    with lock:
                        counter += 1
            ts = [threading.Thread(target=work) for _ in range(8)]
            for t in ts: t.start()
            for t in ts: t.join()
            print(counter)
            """;

    private static final String UNLOCKED = """
            import sys, threading
            sys.setswitchinterval(1e-6)
            counter = 0
            def work():
                global counter
                for _ in range(10000):
                    counter += 1
            ts = [threading.Thread(target=work) for _ in range(8)]
            for t in ts: t.start()
            for t in ts: t.join()
            print(0 < counter <= 80000)
            """;

    static String run(String source, GilPolicy policy) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int rc = Interpreter.runSource(source, "stress.py", ".", List.of("stress.py"),
                new Interpreter.Options(policy, Gil.DEFAULT_SWITCH_INTERVAL_NANOS,
                        new ByteArrayInputStream(new byte[0]), out, err));
        String e = err.toString(StandardCharsets.UTF_8);
        assertEquals(0, rc, "exit status; stderr: " + e);
        assertEquals("", e);
        return out.toString(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @EnumSource(GilPolicy.class)
    @Timeout(120)
    void lockedIncrementsLoseNothing(GilPolicy policy) {
        assertEquals("80000\n", run(LOCKED, policy));
    }

    @Test
    @Timeout(120)
    void unlockedIncrementsWithoutGilDoNotCrash() {
        assertEquals("True\n", run(UNLOCKED, GilPolicy.OFF));
    }
}
