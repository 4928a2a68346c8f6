package org.gilkit.runtime.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link PercentFormat} against CPython's {@code str % args}, errors included. */
class PercentFormatTest {

    @Test
    void readableExamples() {
        PercentArgs two = PercentArgs.tuple(List.of(PercentArg.of(42), PercentArg.of(3.5)));
        assertEquals("x=  42 y=3.50", PercentFormat.format("x=%4d y=%.2f", two));
        assertEquals("'a'", PercentFormat.format("%r", PercentArgs.single(PercentArg.of("a"))));
        FormatException e = assertThrows(FormatException.class,
                () -> PercentFormat.format("%d", PercentArgs.single(PercentArg.of("x"))));
        assertEquals("TypeError", e.pythonType());
        assertEquals("%d format: a real number is required, not str", e.getMessage());
    }

    @Test
    void matchesCPythonOnGoldenTable() {
        GoldenTable.check("percent.tsv", 2500, PercentFormatTest::percentRow);
    }

    private static String percentRow(String[] row) {
        String fmt = row[1];
        String mode = row[2];
        List<PercentArg> values = new ArrayList<>();
        switch (mode) {
            case "tuple":
                for (int i = 3; i < row.length - 1; i++) {
                    values.add(arg(row[i]));
                }
                return PercentFormat.format(fmt, PercentArgs.tuple(values));
            case "single":
                return PercentFormat.format(fmt, PercentArgs.single(arg(row[3])));
            default:
                return PercentFormat.format(fmt, mapping(row));
        }
    }

    private static PercentArgs mapping(String[] row) {
        Map<String, PercentArg> map = new HashMap<>();
        for (int i = 4; i < row.length - 1; i++) {
            int eq = row[i].indexOf('=');
            map.put(row[i].substring(0, eq), arg(row[i].substring(eq + 1)));
        }
        PercentArg self = new Plain("dict", row[3]);
        return PercentArgs.mapping(self, key -> {
            PercentArg v = map.get(key);
            if (v == null) {
                throw new FormatException("KeyError", StrRepr.repr(key));
            }
            return v;
        });
    }

    /** Decodes the generator's {@code kind:value} argument. */
    static PercentArg arg(String typed) {
        String v = typed.substring(2);
        switch (typed.charAt(0)) {
            case 'i':
                return PercentArg.of(new BigInteger(v));
            case 'b':
                return PercentArg.of(v.equals("True"));
            case 'f':
                return PercentArg.of(GoldenTable.parseHexDouble(v));
            case 's':
                return PercentArg.of(v);
            case 'n':
                return new Plain("NoneType", "None");
            default:
                throw new IllegalArgumentException(typed);
        }
    }

    /** An object with no numeric views, like None or a dict. */
    private record Plain(String typeName, String str) implements PercentArg {
        @Override
        public String repr() {
            return str;
        }
    }
}
