package org.gilkit.runtime.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@link FloatRepr} against CPython's repr for edge cases and thousands of seeded random doubles. */
class FloatReprTest {

    @Test
    void edgeCasesReadable() {
        assertEquals("0.1", FloatRepr.repr(0.1));
        assertEquals("1e-05", FloatRepr.repr(1e-5));
        assertEquals("0.0001", FloatRepr.repr(1e-4));
        assertEquals("1e+16", FloatRepr.repr(1e16));
        assertEquals("1234567890123456.8", FloatRepr.repr(1234567890123456.7));
        assertEquals("1.2345678901234568e+16", FloatRepr.repr(12345678901234567.0));
        assertEquals("-0.0", FloatRepr.repr(-0.0));
        assertEquals("5e-324", FloatRepr.repr(Double.MIN_VALUE));
        assertEquals("1.7976931348623157e+308", FloatRepr.repr(Double.MAX_VALUE));
        assertEquals("inf", FloatRepr.repr(Double.POSITIVE_INFINITY));
        assertEquals("-inf", FloatRepr.repr(Double.NEGATIVE_INFINITY));
        assertEquals("nan", FloatRepr.repr(Double.NaN));
        assertEquals("1e+23", FloatRepr.repr(1e23));
        assertEquals("2e-323", FloatRepr.repr(2e-323));
    }

    @Test
    void matchesCPythonOnGoldenTable() {
        GoldenTable.check("repr.tsv", 9000, row -> FloatRepr.repr(GoldenTable.parseHexDouble(row[0])));
    }
}
