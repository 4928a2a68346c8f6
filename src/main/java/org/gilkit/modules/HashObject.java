package org.gilkit.modules;

import java.util.concurrent.locks.ReentrantLock;
import org.gilkit.kernels.HashKernels;
import org.gilkit.kernels.Hasher;
import org.gilkit.kernels.ReleasePolicy;
import org.gilkit.runtime.ArgParser;
import org.gilkit.runtime.PyBytes;
import org.gilkit.runtime.PyGetSet;
import org.gilkit.runtime.PyInt;
import org.gilkit.runtime.PyMethodDescr;
import org.gilkit.runtime.PyNone;
import org.gilkit.runtime.PyObject;
import org.gilkit.runtime.PyStr;
import org.gilkit.runtime.PyType;
import org.gilkit.runtime.ThreadState;

/**
 * A hashlib hash object ({@code _hashlib.HASH} in CPython): update, digest, hexdigest, copy,
 * name, digest_size, block_size, over one streaming {@link Hasher}. Created by
 * {@link HashlibModule}.
 *
 * <p>Locking, as CPython's {@code ENTER_HASHLIB}: update may release the GIL inside the kernel,
 * so each object has its own lock. A thread that finds it taken waits for it with the GIL
 * released; waiting while holding the GIL would deadlock with the updating thread, which needs
 * the GIL back to leave its kernel.
 */
final class HashObject extends PyObject {
    /** The type's name is CPython's tp_name, so that repr(type) and error texts match. */
    static final PyType TYPE = PyType.builtin("_hashlib.HASH", PyType.OBJECT, false);

    static {
        install(TYPE);
    }

    private final Hasher hasher;
    private final ReentrantLock lock = new ReentrantLock();

    HashObject(Hasher hasher) {
        this.hasher = hasher;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** Absorbs {@code data} (already validated): NativeBuffers go to C without a copy. */
    void update(ThreadState ts, BufferArg data) {
        enter(ts);
        try {
            KernelCalls.run(ts, () -> data.buffer() != null
                    ? hasher.update(data.buffer(), ReleasePolicy.AUTO)
                    : hasher.update(data.array(), 0, data.array().length, ReleasePolicy.AUTO));
        } finally {
            lock.unlock();
        }
    }

    private byte[] digest(ThreadState ts) {
        enter(ts);
        try {
            return hasher.digest();
        } finally {
            lock.unlock();
        }
    }

    private HashObject copy(ThreadState ts) {
        enter(ts);
        try {
            return new HashObject(hasher.copy());
        } finally {
            lock.unlock();
        }
    }

    private void enter(ThreadState ts) {
        if (!lock.tryLock()) ts.blocking("hash object lock", () -> {
            lock.lock();
            return null;
        });
    }

    private static HashObject h(PyObject o) {
        return (HashObject) o;
    }

    /** A no-argument method whose errors say "HASH.name()" as CPython's do (not the tp_name). */
    private static void noArgs(PyType t, String name, PyMethodDescr.M0 f) {
        t.define(name, new PyMethodDescr(t, name, (ts, s, a, k) -> {
            ArgParser.noArgs("HASH." + name, a, k);
            return f.call(ts, s);
        }));
    }

    private static void install(PyType t) {
        t.define("update", new PyMethodDescr(t, "update", (ts, s, a, k) -> {
            ArgParser.exactlyOne("HASH.update", a, k);
            h(s).update(ts, BufferArg.forHash(a[0]));
            return PyNone.NONE;
        }));
        noArgs(t, "digest", (ts, s) -> new PyBytes(h(s).digest(ts)));
        noArgs(t, "hexdigest", (ts, s) -> new PyStr(HashKernels.hex(h(s).digest(ts))));
        noArgs(t, "copy", (ts, s) -> h(s).copy(ts));
        t.define("name", new PyGetSet(t, "name", (ts, s) -> new PyStr(h(s).hasher.algorithm().hashName()), null));
        t.define("digest_size", new PyGetSet(t, "digest_size", (ts, s) -> PyInt.of(h(s).hasher.algorithm().digestSize()), null));
        t.define("block_size", new PyGetSet(t, "block_size", (ts, s) -> PyInt.of(h(s).hasher.algorithm().blockSize()), null));
        t.define("__repr__", PyMethodDescr.noArgs(t, "__repr__", (ts, s) -> new PyStr("<" + h(s).hasher.algorithm().hashName()
                + " _hashlib.HASH object @ 0x" + Long.toHexString(ts.interp().id(s)) + ">")));
    }
}
