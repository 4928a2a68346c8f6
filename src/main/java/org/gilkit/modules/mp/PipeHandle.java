package org.gilkit.modules.mp;

import java.util.concurrent.atomic.AtomicBoolean;
import org.gilkit.runtime.Errors;
import org.gilkit.runtime.PyBaseException;
import org.gilkit.runtime.PyBool;
import org.gilkit.runtime.PyBytes;
import org.gilkit.runtime.PyExc;
import org.gilkit.runtime.PyException;
import org.gilkit.runtime.PyGetSet;
import org.gilkit.runtime.PyMethodDescr;
import org.gilkit.runtime.PyNone;
import org.gilkit.runtime.PyObject;
import org.gilkit.runtime.PyTuple;
import org.gilkit.runtime.PyType;
import org.gilkit.runtime.ThreadState;

/**
 * One process's handle on one end of a {@link PipeChannel} (CPython's file descriptor under a
 * {@code multiprocessing.connection.Connection}; the Python class is in
 * {@code lib/multiprocessing.py}). {@code send(bytes)}, {@code recv()} (bytes; EOFError once
 * the peer end is closed in every process and nothing is left), {@code poll(timeout)} (True if
 * a message or end of file is there), {@code close()} (idempotent). Waits release the GIL.
 *
 * <p>A child process gets its own handle ({@link #inherit}): a fork copy and a spawn start
 * ({@link ObjectWriter}) duplicate every handle they reach, and the child's duplicates are closed
 * when it ends ({@link ForkedChild}, {@link SpawnedChild}), as the kernel closes a process's
 * descriptors. In a spawn child the handle is a proxy for its duplicate in the parent.
 */
public final class PipeHandle extends PyObject implements MpShared {
    public static final PyType TYPE = PyType.builtin("_multiprocessing", "PipeHandle", new PyType[] {PyType.OBJECT}, false);

    static {
        TYPE.define("send", PyMethodDescr.oneArg(TYPE, "send", (ts, s, b) -> {
            if (!(b instanceof PyBytes bytes)) throw Errors.typeError("a bytes-like object is required");
            ((PipeHandle) s).send(ts, bytes.bytes());
            return PyNone.NONE;
        }));
        TYPE.define("recv", PyMethodDescr.noArgs(TYPE, "recv", (ts, s) -> new PyBytes(((PipeHandle) s).recv(ts))));
        TYPE.define("poll", PyMethodDescr.oneArg(TYPE, "poll",
                (ts, s, t) -> PyBool.of(((PipeHandle) s).poll(ts, MpBlocking.deadline(ts, t)))));
        TYPE.define("close", PyMethodDescr.noArgs(TYPE, "close", (ts, s) -> ((PipeHandle) s).close(ts)));
        TYPE.define("closed", new PyGetSet(TYPE, "closed", (ts, s) -> PyBool.of(((PipeHandle) s).isClosed()), null));
    }

    private final PipeChannel channel;
    private final int end;
    /** In a spawn child: the parent-side duplicate this proxy stands for (then channel is null). */
    private final Remote remote;
    private final AtomicBoolean closed = new AtomicBoolean();

    private PipeHandle(PipeChannel channel, int end) {
        this.channel = channel;
        this.end = end;
        this.remote = null;
    }

    /** A spawn child's proxy for the parent-side handle {@code remote}. */
    PipeHandle(Remote remote) {
        this.channel = null;
        this.end = -1;
        this.remote = remote;
    }

    /** A new pipe: the handles on its end 0 and end 1, both open in the interpreter of {@code ts}. */
    public static PyTuple pipe(ThreadState ts) {
        PipeChannel c = new PipeChannel();
        PipeHandle a = new PipeHandle(c, 0);
        PipeHandle b = new PipeHandle(c, 1);
        PipeHandles.opened(ts.interp(), a);
        PipeHandles.opened(ts.interp(), b);
        return PyTuple.of(a, b);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String kind() {
        return "Connection";
    }

    boolean isRemote() {
        return remote != null;
    }

    boolean isClosed() {
        return closed.get();
    }

    /** The handle a child process inherits: the same end, counted as one more open handle. */
    PipeHandle inherit() {
        PipeHandle h = new PipeHandle(channel, end);
        if (isClosed()) {
            h.closed.set(true);
        } else {
            channel.opened(end);
        }
        return h;
    }

    void send(ThreadState ts, byte[] b) {
        checkOpen();
        if (remote != null) {
            remote.call(ts, Wire.P_SEND, out -> Wire.writeBytes(out, b), in -> null);
        } else if (!channel.send(end, b)) {
            throw Errors.osError(32, "Broken pipe", null);
        }
    }

    byte[] recv(ThreadState ts) {
        byte[] b = receive(ts, MpBlocking.FOREVER, false);
        if (b == PipeChannel.EOF) {
            if (isClosed()) throw handleClosed();
            throw new PyException(PyBaseException.create(PyExc.EOFError, new PyObject[0]));
        }
        return b;
    }

    boolean poll(ThreadState ts, long deadline) {
        return receive(ts, deadline, true) != null;
    }

    /** The next message (kept with {@code peek}), {@link PipeChannel#EOF}, or null at the deadline. */
    byte[] receive(ThreadState ts, long deadline, boolean peek) {
        checkOpen();
        if (remote != null) {
            return remote.call(ts, peek ? Wire.P_POLL : Wire.P_RECV, out -> out.writeLong(MpBlocking.toWire(deadline)), in -> {
                byte status = in.readByte();
                return status == 0 ? Wire.readBytes(in) : status == 1 ? PipeChannel.EOF : null;
            });
        }
        return MpBlocking.run(ts, deadline, left -> channel.receive(end, this, left, peek));
    }

    /** Closes this handle (once); the peer sees end of file when no handle on this end is left. */
    PyObject close(ThreadState ts) {
        if (!closed.compareAndSet(false, true)) return PyNone.NONE;
        PipeHandles.closed(this);
        if (remote != null) {
            remote.call(ts, Wire.P_CLOSE, out -> { }, in -> null);
        } else {
            channel.closed(end);
        }
        return PyNone.NONE;
    }

    private void checkOpen() {
        if (isClosed()) throw handleClosed();
    }

    private static PyException handleClosed() {
        return new PyException(PyExc.OSError, "handle is closed");
    }
}
