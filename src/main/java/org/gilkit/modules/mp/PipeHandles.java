package org.gilkit.modules.mp;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.gilkit.runtime.Errors;
import org.gilkit.runtime.InterpreterState;

/**
 * Which process holds which {@link PipeHandle}, as the kernel keeps a process's descriptor table:
 * the open handles of each interpreter of this JVM (a fork child inherits all of its parent's, as
 * a forked process inherits every descriptor, and its handles close when it ends), and the
 * handles in flight through a Queue, a Pipe or a Pool task (CPython's resource sharer holds a
 * duplicated descriptor until the receiver takes it; gilkit holds a duplicated handle here until
 * {@link ObjectReader} takes it, and closes it when the sender ends first).
 *
 * <p>Handles of spawn children that stand for a parent-side handle ({@link PipeHandle#isRemote})
 * are not tracked here: the parent's {@link SpawnedChild} closes their originals.
 */
final class PipeHandles {
    private PipeHandles() {}

    /** Open local handles and the interpreter holding each (guarded by itself). */
    private static final Map<PipeHandle, InterpreterState> OPEN = new IdentityHashMap<>();
    /** Handles in flight by id, with the sending interpreter (guarded by OPEN). */
    private static final Map<Long, Sent> SENT = new java.util.HashMap<>();
    private static final AtomicLong NEXT_SENT = new AtomicLong(1);

    private record Sent(PipeHandle handle, InterpreterState sender) {}

    /** {@code h} is now open in {@code interp}. */
    static void opened(InterpreterState interp, PipeHandle h) {
        if (h.isRemote() || h.isClosed()) return;
        synchronized (OPEN) {
            OPEN.put(h, interp);
        }
    }

    /** {@code h} was closed. */
    static void closed(PipeHandle h) {
        synchronized (OPEN) {
            OPEN.remove(h);
        }
    }

    /** The open handles of {@code interp}, as a fork copies them. */
    static List<PipeHandle> openIn(InterpreterState interp) {
        List<PipeHandle> out = new ArrayList<>();
        synchronized (OPEN) {
            for (Map.Entry<PipeHandle, InterpreterState> e : OPEN.entrySet()) {
                if (e.getValue() == interp) out.add(e.getKey());
            }
        }
        return out;
    }

    /**
     * {@code interp} ended: its open handles close (as an exiting process's descriptors) and so do
     * the handles it sent that nobody received.
     */
    static void processEnded(InterpreterState interp) {
        List<PipeHandle> close = openIn(interp);
        synchronized (OPEN) {
            SENT.values().removeIf(s -> {
                if (s.sender() != interp) return false;
                close.add(s.handle());
                return true;
            });
        }
        for (PipeHandle h : close) h.close(null);
    }

    /** Holds {@code dup} (a new handle) until a receiver takes it; returns its id. */
    static long send(InterpreterState sender, PipeHandle dup) {
        long id = NEXT_SENT.getAndIncrement();
        synchronized (OPEN) {
            SENT.put(id, new Sent(dup, sender));
        }
        return id;
    }

    /**
     * The handle sent as {@code id}, now open in {@code receiver}.
     * @throws org.gilkit.runtime.PyException OSError if it was received already or its sender ended
     */
    static PipeHandle receive(InterpreterState receiver, long id) {
        Sent s;
        synchronized (OPEN) {
            s = SENT.remove(id);
        }
        if (s == null) {
            throw Errors.osError(9, "Bad file descriptor: the Connection was received already, or its sender ended", null);
        }
        opened(receiver, s.handle());
        return s.handle();
    }

    /** For tests: how many sent handles wait for a receiver. */
    static int inFlight() {
        synchronized (OPEN) {
            return SENT.size();
        }
    }
}
