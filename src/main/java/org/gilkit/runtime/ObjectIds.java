package org.gilkit.runtime;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.HashMap;
import java.util.Map;

/**
 * The numbers {@code id()} returns: unique among live objects, stable for an object's
 * lifetime, looking like CPython's addresses (16-byte aligned, 0x7f... prefix). A weak identity
 * map from object to number, so ids do not keep objects alive. Thread-safe (synchronized): id()
 * is rare enough that a lock costs nothing measurable.
 */
final class ObjectIds {
    private static final long BASE = 0x7f0000001000L;

    private final Map<Key, Long> ids = new HashMap<>();
    private final ReferenceQueue<PyObject> dead = new ReferenceQueue<>();
    private long next;

    synchronized long id(PyObject o) {
        expunge();
        Key probe = new Key(o, null);
        Long id = ids.get(probe);
        if (id == null) {
            id = BASE + 16 * next++;
            ids.put(new Key(o, dead), id);
        }
        return id;
    }

    private void expunge() {
        for (Object k; (k = dead.poll()) != null; ) ids.remove(k);
    }

    /** A weak reference compared by referent identity (a cleared key equals only itself). */
    private static final class Key extends WeakReference<PyObject> {
        private final int hash;

        Key(PyObject o, ReferenceQueue<PyObject> q) {
            super(o, q);
            hash = System.identityHashCode(o);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object other) {
            if (this == other) return true;
            if (!(other instanceof Key)) return false;
            PyObject a = get();
            return a != null && a == ((Key) other).get();
        }
    }
}
