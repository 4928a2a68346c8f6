package org.gilkit.modules.mp;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.gilkit.runtime.Errors;
import org.gilkit.runtime.PyObject;
import org.gilkit.runtime.ThreadState;

/**
 * Names the {@link MpShared} objects a spawn child inherits ({@link Tag#HANDLE} records): the
 * parent registers each with the {@link Broker} of the spawn in progress; the child turns the id
 * into a proxy that forwards to the parent ({@link Remote}), or for shared memory maps the same
 * file. One proxy per id, so identity survives several handles.
 */
final class SharedRegistry {
    private SharedRegistry() {}

    private static final Map<Long, PyObject> PROXIES = new ConcurrentHashMap<>();

    /** Parent side: the id of {@code s} for the child being started. */
    static long register(MpShared s) {
        Broker b = Broker.active();
        if (b == null) throw Errors.runtimeError(s.kind() + " objects should only be shared between processes through inheritance");
        if (s instanceof ByteQueue q && q.remoteId() >= 0 || PROXIES.containsValue((PyObject) s)) {
            throw Errors.notImplementedError("a spawned process cannot pass its parent's " + s.kind() + " to its own children");
        }
        return b.register(s);
    }

    /** Child side: the proxy for the parent's object {@code id} of kind {@code kind}. */
    static PyObject resolve(ThreadState ts, String kind, long id) {
        PyObject p = PROXIES.get(id);
        if (p != null) return p;
        p = create(ts, kind, new Remote(id));
        PROXIES.put(id, p);
        return p;
    }

    private static PyObject create(ThreadState ts, String kind, Remote r) {
        return switch (kind) {
            case "Lock", "RLock", "Semaphore", "BoundedSemaphore" -> new SharedLock(kind, r);
            case "Event" -> new SharedEvent(r);
            case "Connection" -> new PipeHandle(r);
            case "SharedMemory" -> r.call(ts, Wire.DESCRIBE, out -> { }, in -> {
                Wire.readString(in);
                char tc = Wire.readString(in).charAt(0);
                int n = in.readInt();
                return SharedMemory.mapped(tc, n, java.nio.file.Path.of(Wire.readString(in)));
            });
            default -> new ByteQueue(r, kind);
        };
    }
}
