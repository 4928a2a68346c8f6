package org.gilkit.modules.mp;

import org.gilkit.runtime.Errors;
import org.gilkit.runtime.PyNone;
import org.gilkit.runtime.PyObject;
import org.gilkit.runtime.ThreadState;

/** A child of the spawn start method: a new JVM. */
public final class SpawnedChild {
    private SpawnedChild() {}

    public static PyObject start(ThreadState ts, PyObject processObj, String mainPath) {
        throw Errors.notImplementedError("spawn start method");
    }

    /** (pid, parent pid) when this JVM is a spawn child, else None. */
    public static PyObject processInfo() {
        return PyNone.NONE;
    }
}
