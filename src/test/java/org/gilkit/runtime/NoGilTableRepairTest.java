package org.gilkit.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The open-addressing tables of set ({@link SetTable}) and dict ({@link HashTable}) stay usable
 * after threads raced on them without a GIL (issue 4: a NoGilRaceTest run left a set with no
 * empty slot, and every later add failed with "probe did not terminate"). Racing increments of
 * the fill/used/size counters are lost, so the tests first build that state directly (a table
 * whose every slot is taken while its counters say it is empty) and check that the next insert
 * repairs it; then they hammer one set and one dict from several threads and check the
 * structures afterwards. Nothing here depends on timing: the hammer only has to end, and every
 * assertion is about the state once the threads are joined.
 */
class NoGilTableRepairTest {
    /** The states a racing pop/append pair can leave a list in (a flaky NoGilRaceTest saw them). */
    @Test
    void listWhoseSizeDisagreesWithItsArrayStaysUsable() {
        PyList below = PyList.of(PyInt.of(1));
        below.size = -1; // a racing pop decremented past 0
        below.append(PyInt.of(7));
        assertEquals(1, below.size());
        assertEquals(PyInt.of(7), below.get(0));

        PyList beyond = PyList.of(PyInt.of(1), PyInt.of(2));
        beyond.size = 5; // size read after another thread grew (here: with a stale, shorter array)
        beyond.append(PyInt.of(3));
        assertEquals(3, beyond.size(), "clamped to the array: the lost updates stay lost, no null slots");
        assertTrue(Arrays.stream(beyond.toArray()).allMatch(x -> x != null));

        PyList shrunk = PyList.of(PyInt.of(1));
        shrunk.size = 0;
        PyException e = org.junit.jupiter.api.Assertions.assertThrows(PyException.class, () -> shrunk.removeAt(0));
        assertTrue(e.matches(PyExc.IndexError), e.toString());
    }

    @Test
    void setWithNoFreeSlotAndStaleCountersAcceptsNewKeys() {
        try (RuntimeFixture rt = new RuntimeFixture()) {
            PySet set = new PySet(false);
            SetTable t = set.table;
            PyObject[] full = new PyObject[t.keys.length];
            for (int i = 0; i < full.length; i++) {
                full[i] = PyInt.of(1000 + i);
                t.keys[i] = full[i];
                t.hashes[i] = HashTable.hashOf(rt.ts, full[i]);
            }
            t.fill = 0;
            t.used = 0;

            set.add(rt.ts, new PyStr("new"));

            assertTrue(set.contains(rt.ts, new PyStr("new")));
            for (PyObject k : full) assertTrue(set.contains(rt.ts, k), "kept " + k);
            assertEquals(full.length + 1, set.size(), "the rebuild recounted the live entries");
            assertEquals(full.length + 1, set.elements().size());
        }
    }

    @Test
    void setCountersNeverGoNegative() {
        try (RuntimeFixture rt = new RuntimeFixture()) {
            PySet set = new PySet(false);
            set.add(rt.ts, PyInt.ONE);
            set.table.used = 0; // a racing discard already counted this removal
            assertTrue(set.discard(rt.ts, PyInt.ONE));
            assertEquals(0, set.size());
            assertTrue(set.elements().isEmpty());
            assertNull(set.table.pop(), "pop of an empty set finds nothing");
        }
    }

    @Test
    void dictWithNoFreeIndexSlotAcceptsNewKeys() {
        try (RuntimeFixture rt = new RuntimeFixture()) {
            PyDict dict = new PyDict();
            for (int i = 0; i < 4; i++) dict.put(rt.ts, PyInt.of(i), PyInt.of(i));
            HashTable t = dict.table;
            Arrays.fill(t.indices, 0); // no free index slot, as after racing inserts outran the counters

            dict.put(rt.ts, new PyStr("new"), PyInt.ONE);

            assertEquals(PyInt.ONE, dict.getItem(rt.ts, new PyStr("new")));
            for (int i = 0; i < 4; i++) assertEquals(PyInt.of(i), dict.getItem(rt.ts, PyInt.of(i)), "kept " + i);
            assertEquals(5, dict.size());
            assertTrue(Arrays.stream(t.indices).anyMatch(ix -> ix == -1), "the rebuild left free slots");
        }
    }

    @Test
    void dictSizeNeverGoesNegative() {
        try (RuntimeFixture rt = new RuntimeFixture()) {
            PyDict dict = new PyDict();
            dict.put(rt.ts, PyInt.ONE, PyInt.ONE);
            dict.table.size = 0; // a racing delete already counted this removal
            dict.remove(rt.ts, PyInt.ONE);
            assertEquals(0, dict.size());
            assertFalse(dict.containsKey(rt.ts, PyInt.ONE));
        }
    }

    @Test
    void hammeredSetAndDictStayUsable() {
        assertTimeoutPreemptively(Duration.ofSeconds(120), this::hammer);
    }

    private static final int THREADS = 4;
    private static final int ROUNDS = 20_000;

    private void hammer() throws Exception {
        try (RuntimeFixture rt = new RuntimeFixture()) {
            PySet set = new PySet(false);
            PyDict dict = new PyDict();
            AtomicReference<Throwable> escaped = new AtomicReference<>();
            CountDownLatch start = new CountDownLatch(1);
            List<Thread> threads = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int seed = t;
                Thread th = new Thread(() -> {
                    ThreadState ts = rt.interp.attachCurrentThread("hammer-" + seed);
                    try {
                        start.await();
                        for (int i = 0; i < ROUNDS; i++) round(ts, set, dict, seed, i);
                    } catch (Throwable e) {
                        escaped.compareAndSet(null, e);
                    } finally {
                        ts.close();
                    }
                });
                threads.add(th);
                th.start();
            }
            start.countDown();
            for (Thread th : threads) th.join();
            if (escaped.get() != null) throw new AssertionError("escaped the Python boundary", escaped.get());
            checkUsable(rt.ts, set, dict);
        }
    }

    /**
     * Growth and shrinkage by several threads at once: adds of fresh keys force resizes while
     * others discard, pop and clear, which is where counters lose updates.
     */
    private static void round(ThreadState ts, PySet set, PyDict dict, int seed, int i) {
        PyObject k = PyInt.of((seed * 7919L + i) % 4096);
        try {
            set.add(ts, k);
            dict.put(ts, k, k);
            if (i % 3 == 0) set.discard(ts, PyInt.of((i + seed) % 4096));
            if (i % 3 == 1) dict.remove(ts, PyInt.of((i + seed) % 4096));
            if (i % 97 == 0) Ops.callMethod(ts, set, "pop");
            if (i % 4999 == 0) {
                set.clear();
                dict.clear();
            }
        } catch (RuntimeException e) {
            PyException p = Errors.fromJava(e);
            if (p.matches(PyExc.SystemError)) throw new AssertionError("an internal error: " + e, e);
        }
    }

    private static void checkUsable(ThreadState ts, PySet set, PyDict dict) {
        for (int i = 0; i < 5000; i++) {
            PyObject k = new PyStr("after-" + i);
            set.add(ts, k);
            dict.put(ts, k, PyInt.of(i));
        }
        for (int i = 0; i < 5000; i++) {
            PyObject k = new PyStr("after-" + i);
            assertTrue(set.contains(ts, k), "set lost " + k);
            assertEquals(PyInt.of(i), dict.getItem(ts, k), "dict lost " + k);
        }
        assertTrue(set.discard(ts, new PyStr("after-0")));
        assertFalse(set.contains(ts, new PyStr("after-0")));
        assertTrue(set.size() >= 0 && dict.size() >= 0);
        for (PyObject e : set.elements()) assertTrue(e != null && e != SetTable.DUMMY, "a live element");
    }
}
