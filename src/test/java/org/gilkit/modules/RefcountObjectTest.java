package org.gilkit.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * {@code gilkit.kernels.RefcountObject} (the reference-count lesson), through Python threads
 * that really hold the GIL: with the lock held, and with atomic updates, the count is exact
 * whatever the interleaving; released, it stays within start +- threads * pairs (the bound of
 * gilkit/lesson_refcount.h). Drift itself is not asserted: a race that loses nothing is no bug.
 * Also the argument errors, and sys.getrefcount's explanation.
 */
class RefcountObjectTest {
    private static final String THREADS = """
            import threading
            import gilkit.kernels as k
            N, K = 4, 300000
            def run(mode, refs):
                o = k.RefcountObject(1)
                hits = []
                b = threading.Barrier(N)
                def w():
                    b.wait()
                    for _ in range(3):
                        hits.append(o.incref_decref(K, refs, mode=mode))
                ts = [threading.Thread(target=w) for _ in range(N)]
                for t in ts: t.start()
                for t in ts: t.join()
                return o.refcount, sum(hits)
            """;

    @Test
    void heldAndAtomicAreExactAcrossThreads() {
        String out = PyRun.ok(THREADS + """
                for refs in (1, 64):
                    print(run('held', refs), run('atomic', refs))
                """);
        assertEquals("(1, 0) (1, 0)\n(1, 0) (1, 0)\n", out);
    }

    @Test
    void releasedDriftStaysWithinTheBound() {
        String out = PyRun.ok(THREADS + """
                c, hits = run('released', 64)
                bound = N * 3 * K
                print(1 - bound <= c <= 1 + bound, 0 <= hits <= bound)
                """);
        assertEquals("True True\n", out);
    }

    @Test
    void singleThreadRoundsAndReprAreExact() {
        String out = PyRun.ok("""
                import gilkit.kernels as k
                o = k.RefcountObject()
                print(o, o.refcount, type(o).__name__, type(o).__module__)
                print(o.incref_decref(0), o.incref_decref(10, 3), o.incref_decref(5, refs=2, mode='released'),
                      o.incref_decref(pairs=7, mode='atomic'), o.refcount)
                print(k.RefcountObject(5).refcount)
                """);
        assertEquals("<gilkit.kernels.RefcountObject ob_refcnt=1> 1 RefcountObject gilkit.kernels\n0 0 0 0 1\n5\n", out);
    }

    @Test
    void badArgumentsArePythonErrorsBeforeC() {
        String out = PyRun.ok("""
                import gilkit.kernels as k
                o = k.RefcountObject()
                for f in (lambda: k.RefcountObject(0), lambda: k.RefcountObject(-3), lambda: k.RefcountObject(2**80),
                          lambda: k.RefcountObject('1'), lambda: o.incref_decref(-1), lambda: o.incref_decref(1, 0),
                          lambda: o.incref_decref(1, 2**20 + 1), lambda: o.incref_decref(1, mode='fast'),
                          lambda: o.incref_decref(1, mode=None), lambda: o.incref_decref(), lambda: o.incref_decref(1, 1, 'held'),
                          lambda: k.RefcountObject.incref_decref(o, 2**41)):
                    try:
                        f()
                        print('no error')
                    except (TypeError, ValueError) as e:
                        print(type(e).__name__)
                print(o.refcount)
                """);
        assertEquals("ValueError\nValueError\nValueError\nTypeError\nValueError\nValueError\nValueError\nValueError\n"
                + "TypeError\nTypeError\nTypeError\nValueError\n1\n", out);
    }

    @Test
    void sysGetrefcountPointsToTheLesson() {
        String out = PyRun.ok("""
                import sys
                print(hasattr(sys, 'getrefcount'))
                try:
                    sys.getrefcount(1)
                except AttributeError as e:
                    print(e)
                try:
                    sys.no_such_thing
                except AttributeError as e:
                    print(e)
                """);
        String[] lines = out.split("\n");
        assertEquals("False", lines[0]);
        assertTrue(lines[1].startsWith("module 'sys' has no attribute 'getrefcount' (gilkit objects live on the JVM's"), lines[1]);
        assertTrue(lines[1].contains("`gilkit tour --show refcount`"), lines[1]);
        assertEquals("module 'sys' has no attribute 'no_such_thing'", lines[2]);
    }
}
