package org.gilkit.runtime;

/**
 * What the runtime needs to know about a VM frame (tracebacks, {@code sys._getframe}, locals()).
 * The VM's Frame implements it; {@link ThreadState#frame()} holds the innermost one.
 */
public interface FrameInfo {
    /** The code object's name ({@code <module>} for module level). */
    String codeName();

    String filename();

    /** The line being executed (1-based). */
    int line();

    /** The calling frame, or null at the bottom. */
    FrameInfo back();

    /** The frame's globals dict. */
    PyDict globals();

    /** A dict snapshot of the frame's locals (for locals() and vars()). */
    PyObject locals();

    /**
     * The two arguments of a zero-argument {@code super()} called in this frame: the value of
     * the {@code __class__} cell and the first argument of the function; null if the frame has
     * none (then super() raises "super(): no arguments").
     */
    default PyObject[] superArguments() {
        return null;
    }
}
