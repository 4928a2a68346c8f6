package org.gilkit.kernels;

import org.gilkit.binding.GilkitNative;

/** Turns a kernel's C status into the matching Java exception (package-private helper). */
final class KernelStatus {
    static final int OK = 0;
    static final int EINVAL = -1;
    static final int ENOMEM = -2;
    static final int ECANCELLED = -7;

    private KernelStatus() {}

    static void check(int status, String where) {
        if (status == OK) return;
        if (status == ECANCELLED) throw new KernelCancelledException(where);
        if (status == ENOMEM) throw new OutOfMemoryError(where + ": native allocation failed");
        // The facades validate everything the C code checks, so EINVAL here is a facade bug.
        throw new IllegalStateException(where + ": native kernel failed: " + GilkitNative.gilkit_strerror(status)
                + " (" + status + ")");
    }
}
