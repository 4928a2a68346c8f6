package org.gilkit.modules.numpy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.gilkit.gil.Gil;
import org.gilkit.gil.GilPolicy;
import org.gilkit.vm.Interpreter;
import org.junit.jupiter.api.Test;

/**
 * The numpy module beyond the golden files (which NumPy itself generates): the GIL is released
 * inside large array kernels and kept for tiny ones, gilkit's own NotImplementedError texts for
 * what the subset lacks, and bad input of every kind ending in a Python exception, never a JVM
 * error.
 */
class NumpyModuleTest {
    private static String run(String source) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int rc = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> Interpreter.runSource(source, "np_test.py", ".",
                List.of("np_test.py"), new Interpreter.Options(GilPolicy.NEW, Gil.DEFAULT_SWITCH_INTERVAL_NANOS,
                        new ByteArrayInputStream(new byte[0]), out, err)));
        assertEquals(0, rc, err.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * Release from Python without timing (the technique of GilkitModuleTest for hashlib): with a
     * 1000 s switch interval the main thread gets the GIL back while the worker is alive only if
     * the worker's kernel releases it, since the worker never blocks in its loop. The main thread
     * then runs a large kernel itself while the worker is still looping in its own, and both
     * threads' native time (released inside kernels) is positive. With a 16-element array the
     * kernels stay below the threshold and keep the GIL: main gets it back only at the end.
     */
    @Test
    void largeArrayKernelsReleaseTheGilAndTinyOnesKeepIt() {
        String program = """
                import sys, threading, gilkit
                import numpy as np
                sys.setswitchinterval(1000.0)
                a = np.ones(%d)
                b = np.ones(%d)
                N = %d
                state = {'calls': 0, 'stop': False}
                def worker():
                    while not state['stop'] and state['calls'] < N:
                        a.sum()
                        state['calls'] += 1
                t = threading.Thread(target=worker, name='worker')
                t.start()
                seen, alive = state['calls'], t.is_alive()
                total = (b * 2.0).sum()
                alive_after = t.is_alive()
                state['stop'] = True
                t.join()
                stats = {r['name']: r for r in gilkit.gil_stats()}
                print(seen < N, alive, alive_after, stats['worker']['native'] > 0.0, stats['MainThread']['native'] > 0.0, total)
                """;
        assertEquals("True True True True True 4194304.0\n", run(String.format(program, 1 << 21, 1 << 21, 1_000_000)));
        assertEquals("False False False False False 32.0\n", run(String.format(program, 16, 16, 5)));
    }

    @Test
    void missingFeaturesRaiseNotImplementedErrorNamingThem() {
        String out = run("""
                import numpy as np
                for f in [lambda: np.zeros((2, 2, 2)), lambda: np.array(5), lambda: np.array([[[1]]]),
                          lambda: np.ones(3, dtype='float32'), lambda: np.ones(3)[np.array([0, 1])],
                          lambda: np.ones(3)[[0, 1]], lambda: np.ones(3)[...], lambda: np.ones(3)[None],
                          lambda: np.array([True]) + np.array([False]), lambda: np.array([2**64]),
                          lambda: np.arange(6).reshape(1, 2, 3), lambda: np.array(['a'])]:
                    try:
                        f()
                        print('no error')
                    except Exception as e:
                        print(type(e).__name__, e)
                """);
        assertEquals("""
                NotImplementedError gilkit numpy supports 1-D and 2-D arrays only, not shape (2, 2, 2)
                NotImplementedError gilkit numpy supports 1-D and 2-D arrays only, not 0-d arrays (np.array of a scalar)
                NotImplementedError gilkit numpy supports 1-D and 2-D arrays only, not 3-D input
                NotImplementedError gilkit numpy supports dtypes float64, int64 and bool only, not float32
                NotImplementedError gilkit numpy does not support fancy or boolean indexing (index of type 'ndarray')
                NotImplementedError gilkit numpy does not support fancy or boolean indexing (index of type 'list')
                NotImplementedError gilkit numpy does not support Ellipsis or newaxis (None) in indexes
                NotImplementedError gilkit numpy does not support Ellipsis or newaxis (None) in indexes
                NotImplementedError gilkit numpy: arithmetic between two bool operands (ufunc 'add') is not supported
                NotImplementedError gilkit numpy supports int64 elements only; 18446744073709551616 needs uint64 or object dtype
                NotImplementedError gilkit numpy supports 1-D and 2-D arrays only, not reshape to 3 dimensions
                TypeError gilkit numpy supports float64, int64 and bool elements only, not 'str'
                """, out);
    }

    /**
     * Every entry point with hostile arguments: the only outcomes allowed are results and the
     * Python exceptions NumPy itself raises for bad input (a Java exception surfacing as
     * SystemError, or a crash, fails).
     */
    @Test
    void badInputGivesPythonExceptionsOnly() {
        String out = run("""
                import numpy as np
                from gilkit import kernels
                bad = [None, -1, 0, 2**70, -2**70, 1.5, float('nan'), float('inf'), 'x', [], [[]], [1, [2]], (2, -1), (0, 3),
                       np.ones(0), np.ones((2, 3)), np.arange(4)[::-1], np.array([True]), (1 << 40, 1 << 40)]
                fns = [np.array, np.zeros, np.ones, np.empty, np.arange, np.sqrt, np.exp, np.sum, np.mean, np.max, np.argmax,
                       lambda x: np.full(x, x), lambda x: np.linspace(0, 1, x), lambda x: np.ones(3)[x], lambda x: np.ones((2, 3))[x],
                       lambda x: np.ones(3) + x, lambda x: np.arange(3) * x, lambda x: x / np.ones(2), lambda x: np.ones(3) @ x,
                       lambda x: np.dot(x, x), lambda x: np.arange(6).reshape(x), lambda x: np.ones(3).sum(axis=x),
                       lambda x: np.ones(3).__setitem__(x, x), lambda x: np.ones(3).astype(x), lambda x: np.ones(3, dtype=x),
                       lambda x: np.random.default_rng(x), lambda x: np.random.default_rng(1).integers(x),
                       lambda x: np.random.default_rng(1).random(x), lambda x: kernels.sum(x), lambda x: kernels.dot(x, x),
                       lambda x: np.ones(3) < x, lambda x: np.zeros((2, 2)).__iadd__(x), lambda x: np.arange(3).__itruediv__(x)]
                kinds = set()
                for f in fns:
                    for x in bad:
                        try:
                            f(x)
                        except Exception as e:
                            kinds.add(type(e).__name__)
                print(sorted(kinds))
                """);
        Set<String> allowed = Set.of("TypeError", "ValueError", "IndexError", "NotImplementedError", "OverflowError", "AxisError",
                "UFuncTypeError", "ZeroDivisionError");
        String list = out.trim().replaceAll("[\\[\\]' ]", "");
        Set<String> kinds = new TreeSet<>(List.of(list.split(",")));
        assertTrue(allowed.containsAll(kinds), "unexpected exception kinds: " + kinds);
        assertTrue(kinds.containsAll(Set.of("TypeError", "ValueError", "IndexError", "NotImplementedError")), kinds.toString());
    }

    @Test
    void arraysReachHashlibWithoutACopyAndViewsAreRejected() {
        String out = run("""
                import numpy as np, hashlib, zlib
                a = np.arange(4)
                print(hashlib.sha256(a).hexdigest() == hashlib.sha256(a.tobytes()).hexdigest(), zlib.crc32(a) == zlib.crc32(a.tobytes()))
                try:
                    hashlib.sha256(a[::2])
                except BufferError as e:
                    print('BufferError', e)
                """);
        assertEquals("True True\nBufferError ndarray is not C-contiguous\n", out);
    }

    /** gilkit.kernels.sum/dot on arrays: results, policy=, and hold mode keeping the GIL (no timing). */
    @Test
    void gilkitKernelsSumAndDotTakeArraysAndAPolicy() {
        String out = run("""
                import numpy as np
                from gilkit import kernels
                a = np.arange(10.0)
                print(kernels.sum(a), kernels.sum(np.arange(5)), kernels.sum(a, policy='always'), kernels.sum(a[::2], policy='never'))
                print(kernels.dot(a, a), kernels.dot([1, 2], [3, 4]), kernels.sum([1.5, 2.5]), type(kernels.sum(a)).__name__)
                for f in [lambda: kernels.sum('x'), lambda: kernels.dot(a, np.ones(3)), lambda: kernels.sum(a, policy='x'),
                          lambda: kernels.dot(np.ones((2, 2)), a), lambda: kernels.sum(a, 1)]:
                    try:
                        f()
                    except Exception as e:
                        print(type(e).__name__, e)
                """);
        assertEquals("""
                45.0 10 45.0 20.0
                285.0 11.0 4.0 float
                TypeError sum() argument must be an ndarray, list or tuple, not 'str'
                ValueError shapes (10,) and (3,) not aligned: 10 (dim 0) != 3 (dim 0)
                ValueError policy must be 'auto', 'always' or 'never', not 'x'
                ValueError dot() takes 1-D arrays, not shapes (2,2) and (10,)
                TypeError sum() takes exactly 1 positional argument (2 given)
                """, out);
        String program = """
                import sys, threading
                import numpy as np
                from gilkit import kernels
                sys.setswitchinterval(1000.0)
                a = np.ones(1 << 21)
                N = %d
                state = {'calls': 0, 'stop': False}
                def worker():
                    while not state['stop'] and state['calls'] < N:
                        kernels.sum(a, policy='%s')
                        state['calls'] += 1
                t = threading.Thread(target=worker, name='worker')
                t.start()
                seen, alive = state['calls'], t.is_alive()
                state['stop'] = True
                t.join()
                print(seen < N, alive)
                """;
        assertEquals("True True\n", run(String.format(program, 1_000_000, "always")));
        assertEquals("False False\n", run(String.format(program, 3, "never")));
    }
}
