package org.gilkit.modules;

/**
 * Unwinds a daemon thread that woke up after interpreter shutdown (see {@link Blocking}). An
 * Error, not a RuntimeException, so that the VM does not turn it into a Python exception; caught
 * only by {@link ThreadStarter}.
 */
final class ThreadExit extends Error {
    private static final long serialVersionUID = 1L;

    ThreadExit() {
        super(null, null, false, false);
    }
}
