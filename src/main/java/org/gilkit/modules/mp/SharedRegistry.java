package org.gilkit.modules.mp;

import org.gilkit.runtime.Errors;
import org.gilkit.runtime.PyObject;
import org.gilkit.runtime.ThreadState;

/**
 * Names the {@link MpShared} objects a spawn child receives: the parent registers each one under
 * an id, the child resolves the id to a proxy that forwards operations to the parent.
 */
final class SharedRegistry {
    private SharedRegistry() {}

    static long register(MpShared s) {
        throw Errors.notImplementedError("passing " + s.kind() + " objects to spawned processes is not supported yet");
    }

    static PyObject resolve(ThreadState ts, String kind, long id) {
        throw Errors.notImplementedError("passing " + kind + " objects to spawned processes is not supported yet");
    }
}
