package org.gilkit.modules;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.locks.ReentrantLock;
import org.gilkit.kernels.HashAlgorithm;
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
 *
 * <p>Lazy one-shot: {@code hashlib.sha256(data).digest()} is the common use, and init + update +
 * final cost three native calls and two state copies where one one-shot call does. So an object
 * made from an immutable {@code bytes} keeps a reference to it ({@code pending}) and creates its
 * streaming {@link Hasher} only when update or copy needs one; digest of an untouched object is
 * the one-shot kernel. (PyKernelCallBench: the per-call goal of issue 6.)
 *
 * <p>The pending bytes never change, so digest of a pending object reads them without the
 * object's lock: against a concurrent update it is the digest from before that update, a
 * valid order. The lock itself is made on first need (update, copy, digest of a streaming
 * object), so {@code sha256(b).digest()} allocates none: a ReentrantLock per object was ~10%
 * of that call.
 */
final class HashObject extends PyObject {
    /** The type's name is CPython's tp_name, so that repr(type) and error texts match. */
    static final PyType TYPE = PyType.builtin("_hashlib.HASH", PyType.OBJECT, false);

    static {
        install(TYPE);
    }

    private final HashAlgorithm alg;
    /** Null until first needed while the data so far is {@code pending} (see the class comment). */
    private Hasher hasher;
    /** The immutable bytes given to the constructor, not absorbed yet; null once hasher exists. */
    private byte[] pending;
    /** Made by {@link #lock()} on first need (see the class comment); never replaced once set. */
    private volatile ReentrantLock lock;
    private static final VarHandle LOCK;

    static {
        try {
            LOCK = MethodHandles.lookup().findVarHandle(HashObject.class, "lock", ReentrantLock.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    HashObject(Hasher hasher) {
        this.alg = hasher.algorithm();
        this.hasher = hasher;
    }

    /** An object whose data so far is {@code data}, which must never change (a bytes object's array). */
    HashObject(HashAlgorithm alg, byte[] data) {
        this.alg = alg;
        this.pending = data;
    }

    /** The streaming hasher, made (and fed the pending bytes) on first use; called with the lock held. */
    private Hasher hasher() {
        if (hasher == null) {
            Hasher h = HashKernels.newHasher(alg, 0);
            h.update(pending, 0, pending.length, ReleasePolicy.AUTO);
            hasher = h;
            pending = null;
        }
        return hasher;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** Absorbs {@code data} (already validated): NativeBuffers go to C without a copy. */
    void update(ThreadState ts, BufferArg data) {
        ReentrantLock lock = enter(ts);
        try {
            KernelCalls.run(ts, () -> data.buffer() != null
                    ? hasher().update(data.buffer(), ReleasePolicy.AUTO)
                    : hasher().update(data.array(), 0, data.array().length, ReleasePolicy.AUTO));
        } finally {
            lock.unlock();
        }
    }

    private byte[] digest(ThreadState ts) {
        byte[] p = pending; // read before hasher: see hasher() and the class comment
        if (p != null) {
            try {
                return HashKernels.digest(alg, p, 0, p.length, ReleasePolicy.AUTO);
            } catch (RuntimeException e) {
                throw KernelCalls.toPython(ts, e);
            }
        }
        ReentrantLock lock = enter(ts);
        try {
            return hasher.digest();
        } finally {
            lock.unlock();
        }
    }

    private HashObject copy(ThreadState ts) {
        ReentrantLock lock = enter(ts);
        try {
            return new HashObject(hasher().copy());
        } finally {
            lock.unlock();
        }
    }

    /** Takes the object's lock (waiting with the GIL released) and returns it for the unlock. */
    private ReentrantLock enter(ThreadState ts) {
        ReentrantLock lock = lock();
        if (!lock.tryLock()) ts.blocking("hash object lock", () -> {
            lock.lock();
            return null;
        });
        return lock;
    }

    private ReentrantLock lock() {
        ReentrantLock l = lock;
        if (l == null) {
            LOCK.compareAndSet(this, null, new ReentrantLock());
            l = lock;
        }
        return l;
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
        t.define("name", new PyGetSet(t, "name", (ts, s) -> new PyStr(h(s).alg.hashName()), null));
        t.define("digest_size", new PyGetSet(t, "digest_size", (ts, s) -> PyInt.of(h(s).alg.digestSize()), null));
        t.define("block_size", new PyGetSet(t, "block_size", (ts, s) -> PyInt.of(h(s).alg.blockSize()), null));
        t.define("__repr__", PyMethodDescr.noArgs(t, "__repr__", (ts, s) -> new PyStr("<" + h(s).alg.hashName()
                + " _hashlib.HASH object @ 0x" + Long.toHexString(ts.interp().id(s)) + ">")));
    }
}
