package org.gilkit.tour;

import java.util.Map;
import org.gilkit.gil.GilPolicy;

/**
 * {@code refcount}: why the lock exists at all. N threads run Py_INCREF/Py_DECREF pairs in C on
 * one shared object header ({@code gilkit.kernels.RefcountObject}): with the GIL held the count
 * stays exact; with it released the plain updates race and the count drifts (an object freed
 * while referenced, or leaked); atomic updates are exact but cost several times a plain one per
 * pair, the price CPython did not want every single-threaded program to pay. serial_s is the
 * held run, parallel_s the released one. The mechanism column is OK when held and atomic counts
 * are exact (the released drift depends on how often the threads overlap, so it is reported, not
 * required).
 */
final class Refcount implements Scenario {
    @Override
    public String name() {
        return "refcount";
    }

    @Override
    public Row run(int threads, Size size) {
        Map<String, Object> r = ProgramRun.run(program(), GilPolicy.NEW, threads, size.pick(2_000_000, 1_000_000, 20_000),
                size.pick(3, 2, 1));
        long start = Row.number(name(), r, "start").longValue();
        String heldCounts = String.valueOf(r.get("held_counts"));
        String releasedCounts = String.valueOf(r.get("released_counts"));
        long atomicCount = Row.number(name(), r, "atomic_count").longValue();
        long heldDeallocs = Row.number(name(), r, "held_deallocs").longValue();
        long deallocs = Row.number(name(), r, "released_deallocs").longValue();
        double plainNs = Row.number(name(), r, "plain_ns").doubleValue();
        double atomicNs = Row.number(name(), r, "atomic_ns").doubleValue();
        boolean exact = allEqual(heldCounts, start) && atomicCount == start && heldDeallocs == 0;
        long drifted = Row.number(name(), r, "released_drifted").longValue();
        String race = drifted > 0 ? deallocs + " deallocs of a live object"
                : "the threads did not collide this run: rerun on an idle machine";
        double heldS = Row.number(name(), r, "serial_s").doubleValue();
        double atomicS = Row.number(name(), r, "atomic_s").doubleValue();
        String shows = String.format("ob_refcnt from %d: GIL held -> %s; released -> %s (%s);"
                        + " atomic -> %d, but %.1f vs %.1f ns per incref+decref pair (%.1fx), and %.3f s vs %.3f s held"
                        + " with the threads sharing the object",
                start, heldCounts, releasedCounts, race, atomicCount, atomicNs, plainNs, atomicNs / plainNs, atomicS, heldS);
        return Row.of(name(), r, shows)
                .mechanism(exact ? "held+atomic exact" : "held or atomic count wrong", exact)
                .put("start", start)
                .put("held_counts", heldCounts)
                .put("released_counts", releasedCounts)
                .put("released_drifted", drifted)
                .put("released_deallocs", deallocs)
                .put("atomic_count", atomicCount)
                .put("atomic_s", atomicS)
                .put("plain_ns", plainNs)
                .put("atomic_ns", atomicNs)
                .put("pairs_per_thread", Row.number(name(), r, "pairs_per_thread").longValue());
    }

    /** True if every comma-separated count equals {@code start}. */
    private static boolean allEqual(String counts, long start) {
        for (String c : counts.split(",")) {
            if (!c.trim().equals(Long.toString(start))) return false;
        }
        return true;
    }
}
