package org.gilkit.tour;

import java.util.List;
import java.util.function.Function;

/**
 * One row of {@code gilkit bench}: a shipped program under {@code /org/gilkit/tour/bench/}, the
 * arguments it gets at each {@link Size}, and the key of the figure it prints that the row
 * compares ({@code metric}, e.g. {@code ns_per_iter} or {@code speedup}).
 *
 * @param name       the row's name (what {@code --only} takes)
 * @param title      what the row measures, in a few words
 * @param program    the program's name, e.g. {@code bench/loop}
 * @param metric     the key of the compared figure in the program's output
 * @param unit       the figure's unit as printed ("ns", "x")
 * @param args       the program's arguments (sys.argv[1:]) for a size and thread count
 * @param onCPython  false when CPython has no equivalent (hold mode, gilkit.kernels)
 */
public record BenchItem(String name, String title, String program, String metric, String unit,
        Function<Sizing, List<Object>> args, boolean onCPython) {

    /** The size and thread count the arguments are built from. */
    public record Sizing(Size size, int threads) {
        /** Seconds of work per timing. */
        public double seconds() {
            return size.pick(0.3, 0.1, 0.002);
        }

        /** Timed rounds (best or median of these). */
        public int rounds() {
            return size.pick(3, 3, 1);
        }
    }
}
