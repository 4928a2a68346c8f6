package org.gilkit.runtime;

/**
 * What happens when the VM or a blocking call finds {@link InterpreterState#interruptPending}
 * set on the main thread: the {@code signal} module installs one (running the Python handlers
 * of the pending signals); without one, the thread raises KeyboardInterrupt, CPython's default
 * SIGINT behaviour. Called with the GIL held, on the main thread, after the flag was cleared.
 */
@FunctionalInterface
public interface SignalDelivery {
    /** Runs the pending signals' handlers; may throw (e.g. KeyboardInterrupt). */
    void deliver(ThreadState ts);
}
