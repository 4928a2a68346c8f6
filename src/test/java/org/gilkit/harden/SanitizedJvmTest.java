package org.gilkit.harden;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gilkit.binding.GilkitNative;
import org.junit.jupiter.api.Test;

/**
 * Guards {@code .ci/sanitize}'s JVM step against passing vacuously: when the script sets
 * {@code -Dgilkit.expect.sanitized.lib=<path>}, this JVM must have AddressSanitizer's runtime
 * mapped and must have loaded that sanitized libgilkit.so, not the copy in target/classes. In a
 * normal {@code mvn test} the property is absent and the test is skipped.
 */
class SanitizedJvmTest {
    @Test
    void theSanitizedLibraryIsTheOneLoaded() throws IOException {
        String expected = System.getProperty("gilkit.expect.sanitized.lib");
        assumeTrue(expected != null && !expected.isEmpty(), "only under .ci/sanitize");
        GilkitNative.load();
        String maps = Files.readString(Path.of("/proc/self/maps"));
        assertTrue(maps.contains("libasan.so"), "libasan is not mapped: LD_PRELOAD did not reach the test JVM");
        String real = Path.of(expected).toRealPath().toString();
        assertTrue(maps.contains(real), "the sanitized " + real + " is not mapped; the JVM loaded another libgilkit.so");
    }
}
