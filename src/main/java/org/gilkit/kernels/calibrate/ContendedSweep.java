package org.gilkit.kernels.calibrate;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import org.gilkit.gil.Gil;
import org.gilkit.gil.GilPolicy;
import org.gilkit.gil.GilThread;
import org.gilkit.kernels.ReleasePolicy;

/**
 * The contended experiment of {@link BreakEven}: thread A calls a kernel in a loop with a check
 * point after each call (an interpreter thread running {@code numpy.sum} in a loop); thread B,
 * attached to the same lock, spins through check points doing ~100 ns of work between them (an
 * interpreter thread running bytecode). For each kernel size, one window with A holding the
 * lock in its kernel (NEVER), one with A releasing it (ALWAYS), and one with A alone; B alone
 * once. The result per size: the kernel's duration and the gain, total normalized throughput
 * with ALWAYS over that with NEVER. Uses the lock's default policy ({@code new}) and switch
 * interval (5 ms), the configuration AUTO's thresholds are for.
 */
final class ContendedSweep {
    private final long windowNanos;
    private final Gil gil;

    ContendedSweep(long windowNanos) {
        this.windowNanos = windowNanos;
        this.gil = Gil.create(GilPolicy.NEW, Gil.DEFAULT_SWITCH_INTERVAL_NANOS);
    }

    /** Runs the sweep on the calling thread (A) with {@code workloads} of increasing size. */
    SweepPoint[] run(Workload[] workloads) throws InterruptedException {
        try (GilThread a = gil.attachCurrentThread("calibrate-kernel")) {
            SweepPoint[] out = new SweepPoint[workloads.length];
            for (int i = 0; i < workloads.length; i++) {
                Workload w = workloads[i];
                double spinSolo = spinAlone(); // per point: the machine's load drifts
                a.acquire();
                long soloCalls = kernelLoop(a, w, ReleasePolicy.NEVER);
                a.release();
                double tNever = withSpinner(a, w, ReleasePolicy.NEVER, soloCalls, spinSolo);
                double tAlways = withSpinner(a, w, ReleasePolicy.ALWAYS, soloCalls, spinSolo);
                out[i] = new SweepPoint(w.bytes(), windowNanos / (double) Math.max(1, soloCalls), tAlways / tNever, tNever, tAlways);
            }
            return out;
        } finally {
            gil.close();
        }
    }

    /** Calls the kernel for one window (A holds the lock); returns the calls made. */
    private long kernelLoop(GilThread a, Workload w, ReleasePolicy p) {
        long calls = 0;
        long end = System.nanoTime() + windowNanos;
        do {
            w.run(p);
            a.checkpoint();
            calls++;
        } while (System.nanoTime() < end);
        return calls;
    }

    /** B alone for one window: its check-point iterations. */
    private double spinAlone() throws InterruptedException {
        Spinner b = new Spinner();
        b.start();
        b.started.await();
        Thread.sleep(windowNanos / 1_000_000 + 1);
        long n0 = b.iterations.get();
        long t0 = System.nanoTime();
        Thread.sleep(windowNanos / 1_000_000 + 1);
        // On a loaded machine the spinner may not have been scheduled at all during one window;
        // a zero rate would make every normalized throughput undefined, so wait (up to 2 s) until
        // it has made progress, which only lengthens the measurement.
        for (int i = 0; i < 2000 && b.iterations.get() == n0; i++) Thread.sleep(1);
        double rate = (b.iterations.get() - n0) / (double) (System.nanoTime() - t0);
        b.finish();
        return rate * windowNanos;
    }

    /** A's kernel loop with B spinning; returns the total normalized throughput. */
    private double withSpinner(GilThread a, Workload w, ReleasePolicy p, long soloCalls, double spinSolo) throws InterruptedException {
        Spinner b = new Spinner();
        b.start();
        b.started.await();
        a.acquire(); // waits for B's drop, as a real second thread would
        long n0 = b.iterations.get();
        long t0 = System.nanoTime();
        long calls = kernelLoop(a, w, p);
        double elapsed = System.nanoTime() - t0;
        long spun = b.iterations.get() - n0;
        a.release();
        b.finish();
        double scale = windowNanos / elapsed; // A may overrun the window by one call
        return BreakEven.normalizedThroughput(calls * scale, soloCalls, spun * scale, spinSolo);
    }

    /** Thread B: holds the lock, spinning through check points until told to stop. */
    private final class Spinner extends Thread {
        final AtomicLong iterations = new AtomicLong();
        final CountDownLatch started = new CountDownLatch(1);
        volatile boolean stop;

        Spinner() {
            super("calibrate-spinner");
            setDaemon(true);
        }

        @Override
        public void run() {
            try (GilThread t = gil.attachCurrentThread("calibrate-spinner")) {
                t.acquire();
                started.countDown();
                long x = 1, n = 0;
                while (!stop) {
                    for (int i = 0; i < 32; i++) x = x * 6364136223846793005L + 1442695040888963407L; // ~"bytecode"
                    t.checkpoint();
                    iterations.lazySet(++n);
                }
                t.release();
                if (x == 42) System.out.print(""); // keeps x alive
            }
        }

        void finish() throws InterruptedException {
            stop = true;
            join();
        }
    }
}
