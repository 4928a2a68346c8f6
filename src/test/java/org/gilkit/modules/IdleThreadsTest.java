package org.gilkit.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@link IdleThreads}: a finished task's platform thread runs the next task (renamed, interrupt
 * cleared), a busy worker is never handed a second task, and an idle worker ends after its
 * keep-alive. No timing asserts: each step waits for the state it needs (bounded by @Timeout).
 */
class IdleThreadsTest {
    private static void awaitIdle(IdleThreads pool, int n) throws InterruptedException {
        while (pool.idleCount() != n) {
            Thread.sleep(1);
        }
    }

    @Test
    @Timeout(30)
    void aFinishedThreadRunsTheNextTaskUnderItsNewName() throws Exception {
        IdleThreads pool = new IdleThreads(1 << 20, TimeUnit.SECONDS.toNanos(30));
        AtomicReference<Thread> first = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);
        Thread t1 = pool.start("one", () -> {
            first.set(Thread.currentThread());
            Thread.currentThread().interrupt(); // left set by the task: must not leak into the next
            done.countDown();
        });
        done.await();
        awaitIdle(pool, 1);
        AtomicReference<String> name = new AtomicReference<>();
        AtomicReference<Boolean> interrupted = new AtomicReference<>();
        CountDownLatch second = new CountDownLatch(1);
        Thread t2 = pool.start("two", () -> {
            name.set(Thread.currentThread().getName());
            interrupted.set(Thread.currentThread().isInterrupted());
            second.countDown();
        });
        second.await();
        assertSame(t1, t2);
        assertSame(first.get(), t2);
        assertEquals("two", name.get());
        assertFalse(interrupted.get());
        assertTrue(t2.isDaemon());
    }

    @Test
    @Timeout(30)
    void aBusyWorkerIsNotReusedAndIdleWorkersEnd() throws Exception {
        IdleThreads pool = new IdleThreads(1 << 20, TimeUnit.MILLISECONDS.toNanos(50));
        CountDownLatch release = new CountDownLatch(1);
        Thread busy = pool.start("busy", () -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        CountDownLatch ran = new CountDownLatch(1);
        Thread other = pool.start("other", ran::countDown);
        ran.await();
        assertNotSame(busy, other);
        release.countDown();
        busy.join();   // both retire after 50 ms without work
        other.join();
        assertEquals(0, pool.idleCount());
        CountDownLatch again = new CountDownLatch(1);
        Thread fresh = pool.start("fresh", again::countDown);
        again.await();
        assertNotSame(busy, fresh);
        assertNotSame(other, fresh);
    }
}
