package org.gilkit.binding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class GilkitNativeTest {
    @Test
    void nativeLibraryLoadsFromTheClassPathAndAnswers() {
        assertEquals("0.1.0", GilkitNative.gilkit_version());
        assertEquals("the calling thread does not hold the lock", GilkitNative.gilkit_strerror(-3));
        assertNotEquals(GilkitNative.gilkit_strerror(-1), GilkitNative.gilkit_strerror(-2));
    }
}
