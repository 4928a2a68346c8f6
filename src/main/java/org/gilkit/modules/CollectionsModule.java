package org.gilkit.modules;

import org.gilkit.runtime.PyModule;
import org.gilkit.runtime.ThreadState;

/**
 * The {@code _collections} module: the Java {@code deque} ({@link DequeObject}) that
 * collections.py (Python source) re-exports next to its Python defaultdict, Counter, OrderedDict
 * and namedtuple.
 */
final class CollectionsModule implements ModuleDef {
    @Override
    public String name() {
        return "_collections";
    }

    @Override
    public PyModule create(ThreadState ts) {
        PyModule m = Fn.module("_collections", "High performance data structures.");
        m.put("deque", DequeObject.TYPE);
        return m;
    }
}
