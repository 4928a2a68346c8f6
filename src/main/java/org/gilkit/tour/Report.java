package org.gilkit.tour;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Formats tour rows as the human table or as a JSON array (one object per row). */
public final class Report {
    private Report() {}

    /**
     * The table: scenario, threads, serial s, parallel s, speedup, mechanism (what the GIL
     * statistics say, flagged "(unexpected)" when they contradict the lesson), what it shows.
     */
    public static String table(List<Row> rows) {
        StringBuilder b = new StringBuilder();
        int width = "mechanism".length();
        for (Row r : rows) width = Math.max(width, mechanism(r).length());
        String fmt = "%-16s %7s %9s %10s %8s  %-" + width + "s  %s%n";
        b.append(String.format(Locale.ROOT, fmt, "scenario", "threads", "serial s", "parallel s", "speedup",
                "mechanism", "what it shows"));
        for (Row r : rows) {
            b.append(String.format(Locale.ROOT, fmt, r.scenario(), r.threads(), seconds(r.serialS()),
                    seconds(r.parallelS()), String.format(Locale.ROOT, "%.2fx", r.speedup()), mechanism(r),
                    r.shows()));
        }
        return b.toString();
    }

    private static String mechanism(Row r) {
        return Boolean.FALSE.equals(r.mechanismOk()) ? r.mechanism() + " (unexpected)" : r.mechanism();
    }

    private static String seconds(double s) {
        return String.format(Locale.ROOT, "%.3f", s);
    }

    /** A JSON array of the rows' {@link Row#fields()}. */
    public static String json(List<Row> rows) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < rows.size(); i++) {
            b.append(i == 0 ? "\n  " : ",\n  ");
            object(b, rows.get(i).fields());
        }
        return b.append(rows.isEmpty() ? "]" : "\n]").toString();
    }

    /** Appends a flat JSON object (string, number, boolean values). */
    public static void object(StringBuilder b, Map<String, Object> fields) {
        b.append('{');
        boolean first = true;
        for (Map.Entry<String, Object> e : fields.entrySet()) {
            if (!first) b.append(", ");
            first = false;
            string(b, e.getKey());
            b.append(": ");
            value(b, e.getValue());
        }
        b.append('}');
    }

    private static void value(StringBuilder b, Object v) {
        if (v == null) {
            b.append("null");
        } else if (v instanceof Double d) {
            b.append(Double.isFinite(d) ? String.format(Locale.ROOT, "%.6g", d) : "null");
        } else if (v instanceof Number || v instanceof Boolean) {
            b.append(v);
        } else {
            string(b, v.toString());
        }
    }

    private static void string(StringBuilder b, String s) {
        b.append('"');
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
                    else b.append(c);
                }
            }
        }
        b.append('"');
    }
}
