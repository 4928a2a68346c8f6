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
}
