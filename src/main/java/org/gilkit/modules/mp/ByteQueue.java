package org.gilkit.modules.mp;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.gilkit.runtime.PyBool;
import org.gilkit.runtime.PyBytes;
import org.gilkit.runtime.PyInt;
import org.gilkit.runtime.PyMethodDescr;
import org.gilkit.runtime.PyNone;
import org.gilkit.runtime.PyObject;
import org.gilkit.runtime.PyType;
import org.gilkit.runtime.ThreadState;

/**
 * The transport under multiprocessing's Queue, SimpleQueue and Pipe: a FIFO of pickled items
 * (bytes) that any interpreter of the JVM may use (a forked child gets this very object). Waits
 * release the caller's GIL. {@code put(data, timeout)} and {@code get(timeout)} take None for no
 * limit and return False / None when the time is up; the Python layer turns that into queue.Full
 * and queue.Empty. A spawn child reaches a parent's queue through {@link SharedRegistry}.
 */
public final class ByteQueue extends PyObject implements MpShared {
    public static final PyType TYPE = PyType.builtin("_multiprocessing", "ByteQueue",
            new PyType[] {PyType.OBJECT}, false);

    static {
        TYPE.define("put", PyMethodDescr.twoArgs(TYPE, "put", (ts, s, d, t) -> ((ByteQueue) s).put(ts, d, t)));
        TYPE.define("get", PyMethodDescr.oneArg(TYPE, "get", (ts, s, t) -> ((ByteQueue) s).get(ts, t)));
        TYPE.define("qsize", PyMethodDescr.noArgs(TYPE, "qsize", (ts, s) -> PyInt.of(((ByteQueue) s).size(ts))));
    }

    /** The items (null in a spawn child, where the queue is the parent's {@link #remote}). */
    private final LinkedBlockingQueue<byte[]> items;
    private final Remote remote;
    private final String kind;

    public ByteQueue(int maxsize, String kind) {
        this.items = maxsize <= 0 ? new LinkedBlockingQueue<>() : new LinkedBlockingQueue<>(maxsize);
        this.remote = null;
        this.kind = kind;
    }

    /** A spawn child's proxy for the parent's queue {@code remote}. */
    ByteQueue(Remote remote, String kind) {
        this.items = null;
        this.remote = remote;
        this.kind = kind;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String kind() {
        return kind;
    }

    private PyObject put(ThreadState ts, PyObject data, PyObject timeout) {
        return PyBool.of(offer(ts, ((PyBytes) data).bytes(), MpBlocking.deadline(ts, timeout)));
    }

    /** Adds {@code b}, waiting up to {@code deadline} for room; false if the time ran out. */
    public boolean offer(ThreadState ts, byte[] b, long deadline) {
        if (remote != null) {
            return remote.call(ts, Wire.Q_PUT, out -> {
                Wire.writeBytes(out, b);
                out.writeLong(MpBlocking.toWire(deadline));
            }, in -> in.readBoolean());
        }
        if (items.offer(b)) return true;
        return MpBlocking.run(ts, deadline, left -> items.offer(b, left, TimeUnit.NANOSECONDS));
    }

    private PyObject get(ThreadState ts, PyObject timeout) {
        byte[] b = take(ts, MpBlocking.deadline(ts, timeout));
        return b == null ? PyNone.NONE : new PyBytes(b);
    }

    /** The next item, waiting up to {@code deadline}; null if the time ran out. */
    public byte[] take(ThreadState ts, long deadline) {
        if (remote != null) {
            return remote.call(ts, Wire.Q_GET, out -> out.writeLong(MpBlocking.toWire(deadline)),
                    in -> in.readBoolean() ? Wire.readBytes(in) : null);
        }
        byte[] b = items.poll();
        if (b != null) return b;
        return MpBlocking.run(ts, deadline, left -> items.poll(left, TimeUnit.NANOSECONDS));
    }

    public int size(ThreadState ts) {
        if (remote != null) return remote.call(ts, Wire.Q_SIZE, out -> { }, in -> in.readInt());
        return items.size();
    }

    /** The parent's id of a proxy, or -1 for a local queue. */
    long remoteId() {
        return remote == null ? -1 : remote.id;
    }
}
