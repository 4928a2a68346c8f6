package org.gilkit.kernels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The size-rule grammar of gilkit/ext.h: products of numbers and parameter names. */
class SizeRuleTest {
    private static final Map<String, Long> VALUES = Map.of("width", 640L, "rows", 3L, "big", 1L << 40);

    private static long eval(String rule) {
        return SizeRule.parse(rule).evaluate(VALUES::get);
    }

    @Test
    void evaluatesProducts() {
        assertEquals(640, eval("width"));
        assertEquals(1920, eval("width*rows"));
        assertEquals(3840, eval("2*width*rows"));
        assertEquals(7, eval("7"));
        assertEquals(List.of("width", "rows"), SizeRule.parse("2*width*rows").names());
    }

    @Test
    void refusesMalformedRules() {
        for (String bad : new String[] {"", "width*", "*rows", "width rows", "width+1", "w-1", "2x", "1234567890123456789"})
            assertThrows(IllegalArgumentException.class, () -> SizeRule.parse(bad), bad);
    }

    @Test
    void overflowIsDetected() {
        assertThrows(ArithmeticException.class, () -> eval("big*big"));
    }
}
