package org.gilkit.tour;

import java.util.Map;
import org.gilkit.gil.GilPolicy;

/**
 * {@code lock-off-race}: under {@code --gil=off}, {@code box[0] += 1} from several threads loses
 * updates; under a Lock it loses none (why the GIL exists, and why code still needs locks).
 */
final class LockOffRace implements Scenario {
    @Override
    public String name() {
        return "lock-off-race";
    }

    @Override
    public Row run(int threads, Size size) {
        Map<String, Object> r = ProgramRun.run(program(), GilPolicy.OFF, threads, size.pick(200_000, 50_000, 1_000));
        long lost = Row.number(name(), r, "lost_updates").longValue();
        long lostLocked = Row.number(name(), r, "lost_updates_locked").longValue();
        long expected = Row.number(name(), r, "expected").longValue();
        return Row.of(name(), r, "--gil=off: " + lost + " of " + expected + " updates lost without a Lock, "
                        + lostLocked + " with it")
                .put("gil", "off")
                .put("expected", expected)
                .put("lost_updates", lost)
                .put("lost_updates_locked", lostLocked);
    }
}
