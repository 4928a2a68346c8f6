package org.gilkit.runtime.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** {@link Rounding} and {@link IntText} against CPython's round(), bin(), oct(), hex(). */
class RoundingTest {

    @Test
    void readableExamples() {
        assertEquals(2.67, Rounding.round(2.675, 2));
        assertEquals(BigInteger.TWO, Rounding.round(2.5));
        assertEquals(BigInteger.valueOf(20), Rounding.round(BigInteger.valueOf(25), -1));
        assertEquals("-0xff", IntText.withPrefix(-255, 16));
    }

    @Test
    void matchesCPythonOnGoldenTable() {
        GoldenTable.check("round.tsv", 12000, RoundingTest::roundRow);
    }

    private static String roundRow(String[] row) {
        switch (row[0]) {
            case "float":
                double x = GoldenTable.parseHexDouble(row[1]);
                if (row[2].equals("None")) {
                    return Rounding.round(x).toString();
                }
                return GoldenTable.hexDouble(Rounding.round(x, Long.parseLong(row[2])));
            case "int":
                return Rounding.round(new BigInteger(row[1]), Long.parseLong(row[2])).toString();
            case "bin":
                return IntText.bin(new BigInteger(row[1]));
            case "oct":
                return IntText.oct(new BigInteger(row[1]));
            case "hex":
                return IntText.hex(new BigInteger(row[1]));
            default:
                throw new IllegalArgumentException(row[0]);
        }
    }
}
