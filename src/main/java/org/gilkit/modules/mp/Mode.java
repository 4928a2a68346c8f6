package org.gilkit.modules.mp;

/** How {@link ObjectWriter} writes a graph: what is copied by value and what may be shared. */
public enum Mode {
    /**
     * fork: everything by value into a new interpreter of the same JVM (user modules, functions,
     * classes), immutable Code and {@link MpShared} objects by identity.
     */
    FORK,
    /** pickle: plain bytes, functions and classes by reference (module + qualname). */
    PICKLE,
    /** spawn: as PICKLE, plus {@link MpShared} objects as handles ("through inheritance"). */
    SPAWN
}
