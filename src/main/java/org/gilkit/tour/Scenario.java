package org.gilkit.tour;

/**
 * One lesson of the tour: a shipped program ({@link #program()}, shown by {@code --show}) and
 * how to run and report it. Implementations are listed in {@link Scenarios}.
 */
public interface Scenario {
    /** The scenario's name, also its program's name (e.g. {@code cpu-threads}). */
    String name();

    /** The program's name under /org/gilkit/tour (the same as {@link #name()}). */
    default String program() {
        return name();
    }

    /** Runs the scenario with {@code threads} threads at the given size. */
    Row run(int threads, Size size);
}
