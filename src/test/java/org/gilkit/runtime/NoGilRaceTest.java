package org.gilkit.runtime;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Without a GIL (as under --gil=off) threads may mutate one list, dict and set at the same time.
 * The documented contract: updates may be lost and operations may raise, but every failure is a
 * Python exception once passed through {@link Errors#fromJava}, and nothing hangs or corrupts the
 * JVM (the structures stay usable afterwards).
 */
class NoGilRaceTest {
    private static final int THREADS = 3;
    private static final int ROUNDS = 30_000;

    @Test
    void concurrentMutationRaisesPythonErrorsAndNeverHangs() {
        assertTimeoutPreemptively(Duration.ofSeconds(120), this::race);
    }

    private void race() throws Exception {
        InterpreterState interp = InterpreterState.create(null, new ByteArrayInputStream(new byte[0]),
                new ByteArrayOutputStream(), new ByteArrayOutputStream());
        PyList list = new PyList();
        PyDict dict = new PyDict();
        PySet set = new PySet(false);
        AtomicReference<Throwable> unexpected = new AtomicReference<>();
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int seed = t;
            Thread th = new Thread(() -> {
                ThreadState ts = interp.attachCurrentThread("racer-" + seed);
                try {
                    start.await();
                    for (int i = 0; i < ROUNDS; i++) step(ts, list, dict, set, seed * ROUNDS + i);
                } catch (Throwable e) {
                    unexpected.compareAndSet(null, e);
                } finally {
                    ts.close();
                }
            });
            threads.add(th);
            th.start();
        }
        start.countDown();
        for (Thread th : threads) th.join();
        if (unexpected.get() != null) throw new AssertionError("escaped the Python boundary", unexpected.get());
        ThreadState ts = interp.attachCurrentThread("after");
        try {
            list.append(PyInt.ONE);
            dict.put(ts, new PyStr("ok"), PyInt.ONE);
            set.add(ts, new PyStr("ok"));
            assertTrue(dict.containsKey(ts, new PyStr("ok")) && set.contains(ts, new PyStr("ok")), "structures still usable");
        } finally {
            ts.close();
        }
    }

    /** One round of mixed mutations; a race surfaces as a Python exception, which is fine. */
    private static void step(ThreadState ts, PyList list, PyDict dict, PySet set, int i) {
        PyObject k = PyInt.of(i % 512);
        try {
            Ops.callMethod(ts, list, "append", k);
            if (i % 3 == 0) Ops.callMethod(ts, list, "pop", PyInt.ZERO);
            dict.put(ts, k, k);
            if (i % 2 == 0) dict.remove(ts, PyInt.of((i + 7) % 512));
            set.add(ts, k);
            if (i % 2 == 1) set.discard(ts, PyInt.of((i + 3) % 512));
            if (i % 1000 == 0) {
                Ops.repr(ts, list);
                PyObject it = Ops.iter(ts, dict);
                while (Ops.next(ts, it) != null) { /* walk */ }
            }
        } catch (RuntimeException e) {
            PyException p = Errors.fromJava(e);
            if (p.matches(PyExc.SystemError)) throw new AssertionError("an unexpected Java exception: " + e, e);
        }
    }
}
