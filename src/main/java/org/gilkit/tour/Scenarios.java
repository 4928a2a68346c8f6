package org.gilkit.tour;

import java.util.ArrayList;
import java.util.List;

/** Every tour scenario, in the order the tour runs them. */
public final class Scenarios {
    private static final List<Scenario> ALL = List.of(
            new CpuThreads(),
            new SleepThreads(),
            new KernelScenario(true),
            new KernelScenario(false),
            new Processes(),
            new LockOffRace(),
            new Refcount(),
            new Convoy(),
            new SwitchInterval());

    private Scenarios() {}

    /** All scenarios in tour order. */
    public static List<Scenario> all() {
        return ALL;
    }

    /** The scenario names, in tour order. */
    public static List<String> names() {
        List<String> names = new ArrayList<>();
        for (Scenario s : ALL) names.add(s.name());
        return names;
    }

    /**
     * The named scenarios in tour order.
     * @throws TourException naming the unknown scenario and listing the known ones
     */
    public static List<Scenario> select(List<String> wanted) {
        for (String w : wanted) {
            if (!names().contains(w)) {
                throw new TourException("unknown scenario '" + w + "' (known: " + String.join(", ", names()) + ")");
            }
        }
        List<Scenario> out = new ArrayList<>();
        for (Scenario s : ALL) if (wanted.contains(s.name())) out.add(s);
        return out;
    }

    /** The scenario named {@code name}, or a TourException. */
    public static Scenario named(String name) {
        return select(List.of(name)).get(0);
    }
}
