package org.gilkit.tour;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One result of {@code gilkit bench}: a {@link BenchItem}'s output under gilkit and under CPython,
 * each either the program's {@code key=value} map or the reason it was skipped (the program
 * printed {@code skipped=REASON}, python3 is absent, or CPython has no equivalent).
 */
public final class BenchRow {
    private final BenchItem item;
    private final Map<String, Object> gilkit;
    private final Map<String, Object> cpython;
    private final String cpythonSkipped;

    /**
     * @param gilkit         the gilkit run's output
     * @param cpython        the CPython run's output, or null when skipped
     * @param cpythonSkipped why CPython did not run (null when it did)
     */
    public BenchRow(BenchItem item, Map<String, Object> gilkit, Map<String, Object> cpython, String cpythonSkipped) {
        this.item = item;
        this.gilkit = gilkit;
        this.cpython = cpython;
        this.cpythonSkipped = cpythonSkipped;
    }

    public BenchItem item() {
        return item;
    }

    /** Why the gilkit side has no figure (the program's {@code skipped=}), or null. */
    public String gilkitSkipped() {
        return skipped(gilkit);
    }

    /** Why the CPython side has no figure, or null. */
    public String cpythonSkipped() {
        return cpython == null ? cpythonSkipped : skipped(cpython);
    }

    /** The gilkit figure, or null when skipped. */
    public Double gilkitValue() {
        return value(gilkit);
    }

    /** The CPython figure, or null when skipped. */
    public Double cpythonValue() {
        return cpython == null ? null : value(cpython);
    }

    /** gilkit / CPython, or null when either is missing or CPython's is 0. */
    public Double ratio() {
        Double g = gilkitValue();
        Double c = cpythonValue();
        return g == null || c == null || c == 0.0 ? null : g / c;
    }

    private String skipped(Map<String, Object> out) {
        Object s = out.get("skipped");
        return s == null ? null : s.toString();
    }

    private Double value(Map<String, Object> out) {
        if (skipped(out) != null) return null;
        Object v = out.get(item.metric());
        if (!(v instanceof Number n)) {
            throw new TourException("bench " + item.name() + ": program did not report " + item.metric());
        }
        return n.doubleValue();
    }

    /**
     * The JSON object: {@code name}, {@code title}, {@code metric}, {@code unit}, {@code gilkit},
     * {@code cpython}, {@code ratio} (numbers or null), {@code gilkit_skipped} /
     * {@code cpython_skipped} when a side was skipped, then every other figure each program
     * printed, prefixed {@code gilkit_} or {@code cpython_}.
     */
    public Map<String, Object> fields() {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("name", item.name());
        f.put("title", item.title());
        f.put("metric", item.metric());
        f.put("unit", item.unit());
        f.put("gilkit", gilkitValue());
        f.put("cpython", cpythonValue());
        f.put("ratio", ratio());
        if (gilkitSkipped() != null) f.put("gilkit_skipped", gilkitSkipped());
        if (cpythonSkipped() != null) f.put("cpython_skipped", cpythonSkipped());
        extras(f, "gilkit_", gilkit);
        if (cpython != null) extras(f, "cpython_", cpython);
        return Collections.unmodifiableMap(f);
    }

    private void extras(Map<String, Object> f, String prefix, Map<String, Object> out) {
        for (Map.Entry<String, Object> e : out.entrySet()) {
            String k = e.getKey();
            if (k.equals("skipped") || k.equals("implementation") || k.equals(item.metric())) continue;
            f.put(prefix + k, e.getValue());
        }
    }
}
