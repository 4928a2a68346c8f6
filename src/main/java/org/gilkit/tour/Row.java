package org.gilkit.tour;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One result of the tour: the common columns (scenario, threads, serial and parallel seconds,
 * speedup = serial / parallel), the sentence saying what it shows, and scenario-specific extra
 * values (e.g. {@code lost_updates}). {@link #fields()} is what {@code --json} prints.
 */
public final class Row {
    private final Map<String, Object> fields = new LinkedHashMap<>();
    private final String shows;
    private String mechanism = "-";
    private Boolean mechanismOk;

    /**
     * A row from the common measurements.
     * @throws TourException if a time is not positive (the program measured nothing)
     */
    public Row(String scenario, long threads, double serialS, double parallelS, String shows) {
        if (!(serialS > 0) || !(parallelS > 0)) {
            throw new TourException(scenario + ": times must be positive, got serial " + serialS
                    + " s, parallel " + parallelS + " s");
        }
        fields.put("scenario", scenario);
        fields.put("threads", threads);
        fields.put("serial_s", serialS);
        fields.put("parallel_s", parallelS);
        fields.put("speedup", serialS / parallelS);
        this.shows = shows;
    }

    /** A row from a program's reported {@code threads}, {@code serial_s}, {@code parallel_s}. */
    public static Row of(String scenario, Map<String, Object> r, String shows) {
        return new Row(scenario, number(scenario, r, "threads").longValue(), number(scenario, r, "serial_s").doubleValue(),
                number(scenario, r, "parallel_s").doubleValue(), shows);
    }

    /** A value the program must have reported as a number. */
    public static Number number(String scenario, Map<String, Object> r, String key) {
        Object v = r.get(key);
        if (!(v instanceof Number n)) throw new TourException(scenario + ": program did not report " + key);
        return n;
    }

    /**
     * Records how the run's own GIL statistics confirm the lesson (e.g. "turns>=24, held 0.98 of
     * wall"), and whether they did ({@code ok}); shown as the table's mechanism column and the
     * JSON keys {@code mechanism} and {@code mechanism_ok}. Returns this.
     */
    public Row mechanism(String text, boolean ok) {
        this.mechanism = text;
        this.mechanismOk = ok;
        return this;
    }

    /** The mechanism text ("-" when the scenario reports none). */
    public String mechanism() {
        return mechanism;
    }

    /** Whether the GIL statistics confirmed the lesson; null when the scenario checks none. */
    public Boolean mechanismOk() {
        return mechanismOk;
    }

    /** Adds a scenario-specific value; returns this. */
    public Row put(String key, Object value) {
        fields.put(key, value);
        return this;
    }

    public String scenario() {
        return (String) fields.get("scenario");
    }

    public long threads() {
        return (Long) fields.get("threads");
    }

    public double serialS() {
        return (Double) fields.get("serial_s");
    }

    public double parallelS() {
        return (Double) fields.get("parallel_s");
    }

    public double speedup() {
        return (Double) fields.get("speedup");
    }

    /** What the row shows, in one sentence with its measured numbers. */
    public String shows() {
        return shows;
    }

    /** All values, in order (the JSON object), including {@code mechanism} and {@code shows}. */
    public Map<String, Object> fields() {
        Map<String, Object> all = new LinkedHashMap<>(fields);
        all.put("mechanism", mechanism);
        if (mechanismOk != null) all.put("mechanism_ok", mechanismOk);
        all.put("shows", shows);
        return Collections.unmodifiableMap(all);
    }
}
