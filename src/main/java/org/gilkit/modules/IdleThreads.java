package org.gilkit.modules;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.TimeUnit;

/**
 * The platform threads that ran a Python thread and now wait a little for the next one
 * ({@code _thread.start_new_thread} reuses them). A JVM thread start costs 100-500 µs here, about
 * 4x CPython's pthread_create, and tutorials start threads in loops; a handed-over task starts in a
 * few µs. Each worker is an ordinary daemon platform thread with the interpreter's big stack; a
 * Python thread still gets its own ThreadState and GIL registration per run (ThreadStarter), so
 * only the OS thread, and with it the ident and native_id, is reused, as CPython may reuse a
 * finished thread's ident. A worker idle for {@code keepAliveNanos} ends. One per interpreter (held by
 * its {@code _thread} module object).
 */
final class IdleThreads {
    private final long stackBytes;
    private final long keepAliveNanos;
    private final Deque<Worker> idle = new ArrayDeque<>(); // guarded by this

    IdleThreads(long stackBytes, long keepAliveNanos) {
        this.stackBytes = stackBytes;
        this.keepAliveNanos = keepAliveNanos;
    }

    /**
     * Runs {@code task} on an idle worker, or on a new platform thread, named {@code name}.
     * @return the Java thread it runs on
     * @throws OutOfMemoryError when no new thread can be created
     */
    Thread start(String name, Runnable task) {
        Worker w;
        synchronized (this) {
            w = idle.pollFirst();
        }
        if (w != null && w.hand(name, task)) {
            return w.thread;
        }
        Worker fresh = new Worker(task);
        fresh.thread = new Thread(null, fresh::loop, name, stackBytes);
        fresh.thread.setDaemon(true);
        fresh.thread.start();
        return fresh.thread;
    }

    /** How many workers wait for a task now (for tests). */
    synchronized int idleCount() {
        return idle.size();
    }

    /** One reusable platform thread: runs its task, then waits on itself for the next. */
    private final class Worker {
        Thread thread;
        private Runnable task; // guarded by this; null while waiting
        private boolean retired; // guarded by this: timed out, will take no more tasks

        Worker(Runnable first) {
            this.task = first;
        }

        /** Gives this waiting worker its next task; false if it has just retired. */
        synchronized boolean hand(String name, Runnable next) {
            if (retired) {
                return false;
            }
            thread.setName(name);
            task = next;
            notifyAll();
            return true;
        }

        void loop() {
            Runnable next = takeFirst();
            while (next != null) {
                Thread.interrupted(); // a stale interrupt must not reach the next Python thread
                next.run();
                next = awaitNext();
            }
        }

        private synchronized Runnable takeFirst() {
            Runnable t = task;
            task = null;
            return t;
        }

        /** Parks in the idle list until handed a task (returned) or the keep-alive ends (null). */
        private Runnable awaitNext() {
            synchronized (IdleThreads.this) {
                idle.addFirst(this);
            }
            long deadline = System.nanoTime() + keepAliveNanos;
            synchronized (this) {
                while (task == null) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        break;
                    }
                    try {
                        TimeUnit.NANOSECONDS.timedWait(this, left);
                    } catch (InterruptedException e) {
                        // not a task: keep waiting until the deadline
                    }
                }
                if (task == null) {
                    retired = true;
                }
            }
            synchronized (IdleThreads.this) {
                idle.remove(this);
            }
            return takeFirst();
        }
    }
}
