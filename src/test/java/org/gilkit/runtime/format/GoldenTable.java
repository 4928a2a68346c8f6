package org.gilkit.runtime.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Reads a golden table written by {@code src/test/resources/format/generate.py} (CPython 3.11):
 * tab-separated fields escaped with Python's {@code unicode_escape}, the last field being
 * {@code =result} or {@code !ExceptionType: message}.
 */
final class GoldenTable {
    private GoldenTable() {
    }

    /** All rows of {@code /format/<name>}, fields decoded. */
    static List<String[]> rows(String name) {
        InputStream in = GoldenTable.class.getResourceAsStream("/format/" + name);
        if (in == null) {
            throw new IllegalStateException("missing resource /format/" + name + " (run generate.py)");
        }
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] fields = line.split("\t", -1);
                for (int i = 0; i < fields.length; i++) {
                    fields[i] = unescape(fields[i]);
                }
                rows.add(fields);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /**
     * Runs {@code actual} on every row and asserts each outcome matches the last field; reports
     * all mismatches at once (at most 30 shown) so one run shows the whole picture.
     */
    static void check(String name, int minRows, Function<String[], String> actual) {
        List<String[]> rows = rows(name);
        assertTrue(rows.size() >= minRows, name + " has only " + rows.size() + " rows");
        List<String> failures = new ArrayList<>();
        for (String[] row : rows) {
            String expected = row[row.length - 1];
            String got = outcome(actual, row);
            if (!expected.equals(got)) {
                failures.add(String.join(" | ", java.util.Arrays.copyOf(row, row.length - 1))
                        + "\n    expected " + expected + "\n    got      " + got);
            }
        }
        String shown = String.join("\n", failures.subList(0, Math.min(30, failures.size())));
        assertEquals(0, failures.size(), failures.size() + " of " + rows.size() + " rows differ:\n" + shown);
    }

    private static String outcome(Function<String[], String> actual, String[] row) {
        try {
            return "=" + actual.apply(row);
        } catch (FormatException e) {
            return "!" + e.pythonType() + ": " + e.getMessage();
        }
    }

    /** Parses a double as written by {@code float.hex()} ({@code inf}, {@code nan} included). */
    static double parseHexDouble(String s) {
        switch (s) {
            case "inf":
                return Double.POSITIVE_INFINITY;
            case "-inf":
                return Double.NEGATIVE_INFINITY;
            case "nan":
                return Double.NaN;
            default:
                return Double.parseDouble(s);
        }
    }

    /** {@code float.hex()} of a double, to compare results of round(). */
    static String hexDouble(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        long bits = Double.doubleToRawLongBits(d);
        String sign = bits < 0 ? "-" : "";
        int exp = (int) ((bits >>> 52) & 0x7ff);
        long mantissa = bits & ((1L << 52) - 1);
        if (exp == 0 && mantissa == 0) {
            return sign + "0x0.0p+0";
        }
        int lead = exp == 0 ? 0 : 1;
        int e = exp == 0 ? -1022 : exp - 1023;
        return sign + "0x" + lead + "." + String.format("%013x", mantissa) + "p" + (e < 0 ? "" : "+") + e;
    }

    /** Decodes Python's unicode_escape: backslash escapes \\ \t \n \r \' \xhh \\uhhhh \Uhhhhhhhh. */
    static String unescape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char k = s.charAt(++i);
            switch (k) {
                case 't': out.append('\t'); break;
                case 'n': out.append('\n'); break;
                case 'r': out.append('\r'); break;
                case 'x': out.appendCodePoint(Integer.parseInt(s.substring(i + 1, i + 3), 16)); i += 2; break;
                case 'u': out.appendCodePoint(Integer.parseInt(s.substring(i + 1, i + 5), 16)); i += 4; break;
                case 'U': out.appendCodePoint(Integer.parseInt(s.substring(i + 1, i + 9), 16)); i += 8; break;
                default: out.append(k); break;
            }
        }
        return out.toString();
    }
}
