package org.gilkit.modules.ext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.gilkit.gil.GilPolicy;
import org.gilkit.runtime.PyStr;
import org.gilkit.vm.Session;
import org.junit.jupiter.api.Test;

/**
 * gilkit.ext from interpreted code on a thread that holds a real GIL: the kernels release and
 * re-take the interpreter's own lock (ALWAYS), keep it (NEVER), and errors arrive as catchable
 * Python exceptions. Known answers as in the C tests (CPython reference, NumPy).
 */
class GilkitExtVmTest {
    private static final String PROGRAM = """
            import sys
            ext = sys.modules['gilkit.ext']
            for policy in ('auto', 'always', 'never'):
                counts = ext.mandelbrot(200, 100, 37, 20, 200, -2.2, 0.8, -1.2, 1.2, policy=policy)
                print(policy, len(counts), sum(counts))
            x = [((i * 7919) % 1000) / 100.0 - 1.0 for i in range(1001)]
            x += [0.0, 8.0, -1.0, 9.0, 7.999999999999999, 8.000000000000002, -0.5]
            print(ext.histogram(x, 10, 0.0, 8.0))
            out = [0, 0, 0]
            r = ext.histogram(x, 3, lo=0.1, hi=0.7, counts=out)
            print(r is out, out)
            for bad in ((0, 1), (2, 3)):
                try:
                    ext.mandelbrot(bad[0], 2, 0, bad[1], 1, 0.0, 1.0, 0.0, 1.0)
                except ValueError as e:
                    print('ValueError:', e)
            try:
                ext.histogram(x, 3.0, 0.0, 1.0)
            except TypeError as e:
                print('TypeError:', e)
            print('histogram' in ext.__all__, 'mandelbrot' in ext.__all__)  # a user's new kernel adds more
            """;

    @Test
    void kernelsRunFromInterpretedCode() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            try (Session s = Session.open(GilPolicy.NEW, out, err)) {
                s.threadState().interp().sysModules().put(new PyStr(GilkitExtModule.NAME), GilkitExtModule.create());
                s.exec(PROGRAM, "<ext-test>");
            }
        });
        assertEquals("", err.toString(StandardCharsets.UTF_8));
        assertEquals("""
                auto 4000 421781
                always 4000 421781
                never 4000 421781
                [81, 80, 81, 79, 80, 81, 80, 79, 81, 82]
                True [20, 20, 21]
                ValueError: mandelbrot(): parameter 'width' must be in [1, 16384], got 0
                ValueError: mandelbrot(): row0 + rows = 3 exceeds height = 2
                TypeError: histogram() argument 'bins' must be int, not float
                True True
                """, out.toString(StandardCharsets.UTF_8));
    }

    /**
     * Release from Python, without timing (the technique of GilkitModuleTest): with a 1000 s
     * switch interval the main thread gets the GIL back while the worker is alive only if the
     * worker's kernel releases it, since the worker never blocks in its loop. In hold mode main
     * gets it back only after the worker's last call.
     */
    @Test
    void aReleasingUserKernelLetsTheMainThreadRunAndHoldModeDoesNot() {
        String program = """
                import sys, threading
                import gilkit.ext as ext
                sys.setswitchinterval(1000.0)
                N = %d
                state = {'calls': 0, 'stop': False}
                def worker():
                    while not state['stop'] and state['calls'] < N:
                        ext.mandelbrot(64, 64, 0, 64, 1000, -0.5, 0.0, -0.25, 0.25, policy='%s')
                        state['calls'] += 1
                t = threading.Thread(target=worker, name='worker')
                t.start()
                seen, alive = state['calls'], t.is_alive()
                state['stop'] = True
                t.join()
                print(seen < N, alive)
                """;
        assertEquals("True True\n", run(String.format(program, 3000, "always"))); // a held GIL: ~40 s, then False False
        assertEquals("False False\n", run(String.format(program, 5, "never")));
    }

    private static String run(String source) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int rc = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> org.gilkit.vm.Interpreter.runSource(source, "release.py", ".",
                java.util.List.of("release.py"), new org.gilkit.vm.Interpreter.Options(GilPolicy.NEW,
                        org.gilkit.gil.Gil.DEFAULT_SWITCH_INTERVAL_NANOS, new java.io.ByteArrayInputStream(new byte[0]), out, err)));
        assertEquals(0, rc, err.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }
}
