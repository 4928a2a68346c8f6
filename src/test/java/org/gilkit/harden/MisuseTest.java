package org.gilkit.harden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.gilkit.gil.Gil;
import org.gilkit.gil.GilPolicy;
import org.gilkit.gil.GilSnapshot;
import org.gilkit.gil.GilSnapshot.State;
import org.gilkit.gil.GilThread;
import org.gilkit.kernels.ArrayKernels;
import org.gilkit.kernels.NativeBuffer;
import org.gilkit.kernels.ReleasePolicy;
import org.junit.jupiter.api.Test;

/**
 * The misuses that make the GILKIT_DEBUG library abort (test_gil_misuse checks those aborts)
 * are, through the Java facade and in the normal build, an IllegalStateException with a message,
 * thrown before C is called: the C lock's own view (read back with {@link Gil#snapshot()}) is
 * unchanged by the failed call, and the lock keeps working afterwards. C's "nested BEGIN" has no
 * facade equivalent (kernels are leaf calls); its Java analogue is releasing a lock that was
 * already released for a blocking call. C's "interpreter touched without the lock" is, for the
 * VM, a check point reached without holding the lock.
 */
class MisuseTest {
    private static final Duration LIMIT = Duration.ofSeconds(60);

    @Test
    void misuseIsAnExceptionAndLeavesTheLockIntact() throws Exception {
        try (Watchdog dog = new Watchdog("misuse")) {
            dog.run("misuse sequence", LIMIT, MisuseTest::sequence);
        }
    }

    private static void sequence() {
        try (Gil gil = legacyEveryCheckPoint(); GilThread t = gil.attachCurrentThread("careless")) {
            // release without holding
            expectIse(t::release, "does not hold");
            assertState(gil, t, State.IDLE, 0);
            // acquire twice
            t.acquire();
            expectIse(t::acquire, "acquire twice");
            assertState(gil, t, State.HOLDING, 1);
            // "nested BEGIN": releasing again what is already released for a blocking call
            t.releaseForBlocking();
            expectIse(t::releaseForBlocking, "does not hold");
            assertState(gil, t, State.BLOCKING, 1);
            // the interpreter touched without the lock: a check point while not holding
            expectIse(t::checkpoint, "without holding");
            assertState(gil, t, State.BLOCKING, 1);
            // and the lock still works, kernels included
            t.acquire();
            try (NativeBuffer b = NativeBuffer.of(new double[] {1, 2, 3.5})) {
                assertEquals(6.5, ArrayKernels.sumF64(b, ReleasePolicy.ALWAYS));
            }
            t.checkpoint();
            assertState(gil, t, State.HOLDING, 3); // acquire, the kernel's re-take, the acquire before it
            t.release();
            assertEquals(3, t.stats().acquisitions());
        }
    }

    /** Every check point takes the slow path, where misuse is detected (set before threads attach). */
    private static Gil legacyEveryCheckPoint() {
        Gil gil = Gil.create(GilPolicy.LEGACY, Gil.DEFAULT_SWITCH_INTERVAL_NANOS);
        gil.setLegacyTicks(1);
        return gil;
    }

    @Test
    void aThreadStateUsedByAnotherThreadIsRefusedAndStaysWithItsOwner() throws Exception {
        try (Watchdog dog = new Watchdog("wrong-thread"); Gil gil = Gil.create(GilPolicy.FIFO, Gil.DEFAULT_SWITCH_INTERVAL_NANOS)) {
            dog.run("wrong thread", LIMIT, () -> {
                CountDownLatch attached = new CountDownLatch(1);
                CountDownLatch done = new CountDownLatch(1);
                AtomicReference<GilThread> theirs = new AtomicReference<>();
                AtomicReference<Throwable> failure = new AtomicReference<>();
                Thread owner = SnapshotTest.start("owner", failure, () -> {
                    try (GilThread t = gil.attachCurrentThread("owner")) {
                        t.acquire();
                        theirs.set(t);
                        attached.countDown();
                        done.await();
                        t.release();
                    }
                });
                attached.await();
                GilThread t = theirs.get();
                for (Runnable misuse : new Runnable[] {t::acquire, t::release, t::releaseForBlocking, t::close}) {
                    expectIse(misuse, "owner");
                }
                assertTrue(t.holds(), "the owner still holds the lock");
                assertEquals(t.id(), gil.snapshot().holder().orElseThrow().id());
                t.setCancel(true); // allowed from any thread
                assertTrue(gil.snapshot().threads().get(0).cancelRequested());
                done.countDown();
                owner.join();
                assertEquals(null, failure.get());
                assertFalse(t.holds());
            });
        }
    }

    private static void expectIse(Runnable misuse, String fragment) {
        IllegalStateException e = assertThrows(IllegalStateException.class, misuse::run);
        assertTrue(e.getMessage() != null && e.getMessage().contains(fragment), "message should say '" + fragment + "': " + e.getMessage());
    }

    private static void assertState(Gil gil, GilThread t, State state, long acquisitions) {
        GilSnapshot s = gil.snapshot();
        GilSnapshot.ThreadInfo me = s.threads().stream().filter(x -> x.id() == t.id()).findFirst().orElseThrow();
        assertEquals(state, me.state(), "C's view of the thread");
        assertEquals(acquisitions, me.acquisitions(), "C's acquisition count");
    }
}
