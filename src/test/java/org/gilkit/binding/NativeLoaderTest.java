package org.gilkit.binding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.bytedeco.javacpp.BytePointer;
import org.junit.jupiter.api.Test;

/**
 * {@link NativeLoader} on linux-x86_64 loads the libraries itself (from target/classes here):
 * JavaCPP's own loading is then switched off, and both the gilkit natives and JavaCPP's Pointer
 * natives (from libjnijavacpp.so) work.
 */
class NativeLoaderTest {
    @Test
    void fastPathLoadsEveryLibraryAndTurnsJavacppLoadingOff() {
        assumeTrue(System.getProperty("os.name").startsWith("Linux") && System.getProperty("os.arch").equals("amd64"), "linux-x86_64 only");
        assumeTrue(!Boolean.getBoolean("gilkit.javacppLoader") && !Boolean.getBoolean("org.bytedeco.javacpp.pathsFirst"),
                "JavaCPP's loader forced");
        GilkitNative.load();
        assertEquals("false", System.getProperty("org.bytedeco.javacpp.loadLibraries"));
        assertTrue(GilkitNative.gilkit_version().matches("\\d+\\.\\d+\\.\\d+.*"), GilkitNative.gilkit_version());
        try (BytePointer p = new BytePointer("gil")) { // JavaCPP natives: allocate, put, read back
            assertEquals("gil", p.getString());
        }
    }
}
