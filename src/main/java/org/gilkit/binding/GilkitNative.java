package org.gilkit.binding;

import org.bytedeco.javacpp.Loader;
import org.bytedeco.javacpp.annotation.NoException;
import org.bytedeco.javacpp.annotation.Platform;

/**
 * The JavaCPP binding of libgilkit: natives only, with the exact C names; validation lives in the
 * facades ({@code org.gilkit.gil.Gil}, {@code org.gilkit.kernels.*}). Every C header has one nested
 * class here. They are nested in this one top-level class because each top-level {@code @Platform}
 * class becomes its own JNI library, and each costs ~1.75 s of g++ at build time (BUILD-NOTES P6).
 *
 * <p>{@code link = "gilkit"} links {@code -lgilkit} at build time and makes {@link Loader} preload the
 * copied {@code libgilkit.so} from the same resource folder at run time, so no LD_LIBRARY_PATH is
 * needed, from target/classes or from inside a jar.
 */
@Platform(include = {"gilkit/gil.h"}, link = "gilkit")
@NoException
public final class GilkitNative {
    static {
        Loader.load();
    }

    private GilkitNative() {}

    /** Loads the native libraries; call before creating any Pointer (BUILD-NOTES P3). */
    public static void load() {
        Loader.load(GilkitNative.class);
    }

    /** C: {@code const char *gilkit_version(void)}. */
    public static native String gilkit_version();

    /** C: {@code const char *gilkit_strerror(int code)}. */
    public static native String gilkit_strerror(int code);
}
