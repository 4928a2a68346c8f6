package org.gilkit.gil;

import org.gilkit.binding.GilkitNative;

/** Turns a negative {@code GILKIT_E*} code from C into the Java exception the facade promises. */
final class GilErrors {
    static final int EINVAL = -1;
    static final int ENOMEM = -2;
    static final int ENOTHELD = -3;
    static final int EHELD = -4;
    static final int EWRONGTHREAD = -5;
    static final int ECLOSED = -6;

    private GilErrors() {}

    /** Returns {@code rc} if it is not an error, else throws, saying which call failed. */
    static int check(int rc, String where) {
        if (rc >= 0) return rc;
        String text = where + ": " + GilkitNative.gilkit_strerror(rc) + " (gilkit error " + rc + ")";
        switch (rc) {
            case EINVAL:
                throw new IllegalArgumentException(text);
            case ENOMEM:
                throw new OutOfMemoryError(text);
            default:
                throw new IllegalStateException(text);
        }
    }
}
