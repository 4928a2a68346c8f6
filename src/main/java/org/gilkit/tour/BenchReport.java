package org.gilkit.tour;

import java.util.List;
import java.util.Locale;

/** Formats {@code gilkit bench} rows as the side-by-side table or a JSON array. */
public final class BenchReport {
    private BenchReport() {}

    /**
     * The table: name, what it measures, unit, gilkit, CPython, gilkit/CPython; a skipped side
     * shows "-" and its reason is listed under the table.
     */
    public static String table(List<BenchRow> rows) {
        StringBuilder b = new StringBuilder();
        String fmt = "%-20s %-42s %4s %10s %10s %15s%n";
        b.append(String.format(Locale.ROOT, fmt, "bench", "measures", "unit", "gilkit", "CPython", "gilkit/CPython"));
        StringBuilder notes = new StringBuilder();
        for (BenchRow r : rows) {
            b.append(String.format(Locale.ROOT, fmt, r.item().name(), r.item().title(), r.item().unit(),
                    number(r.gilkitValue()), number(r.cpythonValue()), ratio(r.ratio())));
            if (r.gilkitSkipped() != null) notes.append("  ").append(r.item().name()).append(" (gilkit): ").append(r.gilkitSkipped()).append('\n');
            if (r.cpythonSkipped() != null) notes.append("  ").append(r.item().name()).append(" (CPython): ").append(r.cpythonSkipped()).append('\n');
        }
        if (notes.length() > 0) b.append("skipped:\n").append(notes);
        return b.toString();
    }

    private static String number(Double v) {
        if (v == null) return "-";
        return String.format(Locale.ROOT, Math.abs(v) >= 100 ? "%.0f" : "%.2f", v);
    }

    private static String ratio(Double v) {
        return v == null ? "-" : String.format(Locale.ROOT, "%.2f", v);
    }

    /** A JSON array of the rows' {@link BenchRow#fields()}. */
    public static String json(List<BenchRow> rows) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < rows.size(); i++) {
            b.append(i == 0 ? "\n  " : ",\n  ");
            Report.object(b, rows.get(i).fields());
        }
        return b.append(rows.isEmpty() ? "]" : "\n]").toString();
    }
}
