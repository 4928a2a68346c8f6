package org.gilkit.compiler;

/**
 * A jump target inside one {@link CodeBuilder}: bound to a code offset once, referenced by any
 * number of jumps (patched when the code is finished) and by exception-table ranges. It also
 * remembers the stack depth at the target, so code after an unconditional jump resumes with the
 * right depth.
 */
public final class Label {
    int offset = -1;
    int depth = -1;

    boolean isBound() {
        return offset >= 0;
    }
}
