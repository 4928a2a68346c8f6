package org.gilkit.vm;

import org.gilkit.runtime.PyException;
import org.gilkit.runtime.PyObject;
import org.gilkit.runtime.ThreadState;

/**
 * An iterator that a suspended frame's YIELD_FROM (an {@code await}) delegates to, which ends with
 * a result instead of a StopIteration: the awaitables of async generators
 * ({@link PyAsyncGenerator}'s asend/athrow objects) and {@link IteratorDelegate}, the adapter for
 * a user {@code __await__} that returns a plain iterator. {@link Instructions#delegate} and
 * {@link PyGenerator#throwInto} call it directly, as they call a {@link PyGenerator}.
 */
interface Delegate {
    /** Sends {@code v} in: the next value passed up, or null when finished ({@link #takeResult}). */
    PyObject send(ThreadState ts, PyObject v);

    /** Raises {@code e} inside: the next value passed up, or null when finished. */
    PyObject throwIn(ThreadState ts, PyException e);

    /** Closes the underlying iterator (GeneratorExit delivered to the awaiting frame). */
    void close(ThreadState ts);

    /** The value it finished with (None if none), once. */
    PyObject takeResult();
}
