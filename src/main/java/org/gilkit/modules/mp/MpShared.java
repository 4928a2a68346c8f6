package org.gilkit.modules.mp;

/**
 * A multiprocessing object that lives outside any one interpreter (queue, lock, event, shared
 * memory): it holds no Python objects, only bytes and Java synchronizers, so several interpreters
 * may use the same instance. A fork copy hands the very object to the child; a spawn child gets a
 * {@link Tag#HANDLE} naming it, resolved through {@link SharedRegistry}; passing it through a
 * queue is refused as in CPython ("... objects should only be shared between processes through
 * inheritance").
 */
public interface MpShared {
    /** The kind written into handles ("Queue", "Lock", ...), also the name in error messages. */
    String kind();
}
