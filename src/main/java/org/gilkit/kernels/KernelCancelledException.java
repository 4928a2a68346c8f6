package org.gilkit.kernels;

/**
 * A kernel stopped early because its thread's cancel flag was set ({@code GilThread.setCancel},
 * e.g. by a KeyboardInterrupt or a timeout). The lock is held again when this is thrown; array
 * outputs may be partially written, hash states are unchanged. The interpreter maps it to
 * KeyboardInterrupt (or its timeout error) and clears the flag.
 */
public final class KernelCancelledException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public KernelCancelledException(String where) {
        super(where + ": cancelled (the thread's cancel flag was set while the kernel ran)");
    }
}
