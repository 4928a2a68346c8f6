package org.gilkit.runtime.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** {@link Format}: the spec grid (values x specs) against CPython's format(), errors included. */
class FormatTest {

    @Test
    void readableExamples() {
        assertEquals("1.0", Format.ofFloat(1.0, ""));
        assertEquals("1e+20", Format.ofFloat(1e20, ".3"));
        assertEquals("2", Format.ofFloat(2.5, ".0f"));
        assertEquals("1,234,567.89", Format.ofFloat(1234567.891, ",.2f"));
        assertEquals("0x00ff", Format.ofInt(255, "#06x"));
        assertEquals("1_0000_0000", Format.ofInt(256, "_b"));
        assertEquals("  ab  ", Format.ofStr("abc", "^6.2"));
        assertEquals("True", Format.ofBool(true, ""));
    }

    @Test
    void errorsCarryPythonTypeAndMessage() {
        FormatException e = assertThrows(FormatException.class, () -> Format.ofFloat(1.0, "x"));
        assertEquals("ValueError", e.pythonType());
        assertEquals("Unknown format code 'x' for object of type 'float'", e.getMessage());
        e = assertThrows(FormatException.class, () -> Format.ofInt(BigInteger.TEN.pow(400), "e"));
        assertEquals("OverflowError", e.pythonType());
        e = assertThrows(FormatException.class, () -> Format.ofObject("NoneType", "None", "x"));
        assertEquals("TypeError", e.pythonType());
    }

    /**
     * Absurd sizes raise MemoryError instead of exhausting the JVM (a deliberate limit: CPython
     * tries to allocate), while precisions beyond a double's exact digits stay cheap.
     */
    @Test
    void hugeWidthsAndPrecisionsFailCleanly() {
        assertEquals("MemoryError", assertThrows(FormatException.class,
                () -> Format.ofFloat(1e300, ".2147483647f")).pythonType());
        assertEquals("MemoryError", assertThrows(FormatException.class,
                () -> Format.ofInt(1, "9999999999")).pythonType());
        assertEquals("MemoryError", assertThrows(FormatException.class, () -> PercentFormat.format(
                "%9999999999d", PercentArgs.single(PercentArg.of(1)))).pythonType());
        String s = Format.ofFloat(0.5, ".1000000f");
        assertEquals(1_000_002, s.length());
        assertEquals("0.50000", s.substring(0, 7));
    }

    @Test
    void matchesCPythonOnGoldenGrid() {
        GoldenTable.check("format.tsv", 20000, FormatTest::formatRow);
    }

    private static String formatRow(String[] row) {
        String spec = row[2];
        switch (row[0]) {
            case "float":
                return Format.ofFloat(GoldenTable.parseHexDouble(row[1]), spec);
            case "int":
                return Format.ofInt(new BigInteger(row[1]), spec);
            case "bool":
                return Format.ofBool(Boolean.parseBoolean(row[1]), spec);
            case "str":
                return Format.ofStr(row[1], spec);
            case "None":
                return Format.ofObject("NoneType", "None", spec);
            default:
                throw new IllegalArgumentException(row[0]);
        }
    }
}
