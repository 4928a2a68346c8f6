package org.gilkit.observe;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.gilkit.gil.GilEvent;
import org.gilkit.gil.GilEventType;

/**
 * Structural checks of a {@link Trace}, the properties the lock promises:
 * <ol>
 *   <li>per thread, events come in protocol order: THREAD_START first; REQUEST, then (drop
 *       requests set while waiting) ACQUIRE; then (drop requests received while holding, kernel
 *       begin/end) RELEASE; a FORCED_SWITCH right after a RELEASE; THREAD_EXIT last, not holding;
 *       timestamps never go back. A trace that began while a thread held the lock may start that
 *       thread at RELEASE.</li>
 *   <li>no two threads hold the lock at the same time: under new, legacy and fifo this must hold;
 *       under {@code off} overlaps are expected.</li>
 * </ol>
 * Each check returns human-readable problems, empty when the trace is fine. A trace with dropped
 * events may fail check 1 for that reason alone. Used by the tests and by {@code gilkit trace
 * --check}.
 */
public final class TraceChecks {
    private static final int MAX_REPORTED = 10;

    private enum State { UNKNOWN, OUT, WAITING, HOLDING }

    private TraceChecks() {}

    /** Problems with the order of one thread's events (at most 10 are listed). */
    public static List<String> eventOrderProblems(ThreadTrace t) {
        List<String> problems = new ArrayList<>();
        State s = State.UNKNOWN;
        GilEventType previous = null;
        long lastTime = Long.MIN_VALUE;
        List<GilEvent> ev = t.events();
        for (int i = 0; i < ev.size() && problems.size() < MAX_REPORTED; i++) {
            GilEvent e = ev.get(i);
            if (e.timeNanos() < lastTime) problems.add(where(t, i, e) + "time goes back");
            lastTime = e.timeNanos();
            State next = next(s, previous, e.type(), i == 0, i == ev.size() - 1);
            if (next == null) {
                problems.add(where(t, i, e) + e.type() + " is not allowed " + describe(s, previous));
            } else {
                s = next;
            }
            previous = e.type();
        }
        return problems;
    }

    /** The state after {@code type}, or null if the event may not happen in state {@code s}. */
    private static State next(State s, GilEventType previous, GilEventType type, boolean first, boolean last) {
        return switch (type) {
            case THREAD_START -> first ? State.OUT : null;
            case REQUEST -> is(s, State.OUT) ? State.WAITING : null;
            case DROP_REQUEST_SET -> is(s, State.WAITING) ? s : null;
            case ACQUIRE -> is(s, State.OUT) || is(s, State.WAITING) ? State.HOLDING : null;
            case DROP_REQUEST_RECEIVED, KERNEL_BEGIN, KERNEL_END -> is(s, State.HOLDING) ? State.HOLDING : null;
            case RELEASE -> is(s, State.HOLDING) ? State.OUT : null;
            case FORCED_SWITCH -> previous == GilEventType.RELEASE ? State.OUT : null;
            case THREAD_EXIT -> last && is(s, State.OUT) ? State.OUT : null;
        };
    }

    /** Whether the state is {@code want}, or unknown yet (a trace may begin in any state). */
    private static boolean is(State s, State want) {
        return s == want || s == State.UNKNOWN;
    }

    private static String describe(State s, GilEventType previous) {
        String state = switch (s) {
            case UNKNOWN -> "at the start";
            case OUT -> "while not holding or waiting";
            case WAITING -> "while waiting";
            case HOLDING -> "while holding";
        };
        return state + (previous == null ? "" : " (after " + previous + ")");
    }

    private static String where(ThreadTrace t, int i, GilEvent e) {
        return "thread " + t.index() + " '" + t.name() + "' event " + i + " at " + e.timeNanos() + " ns: ";
    }

    /** Pairs of holding intervals of different threads that overlap (at most 10 are listed). */
    public static List<String> overlappingHolders(Trace trace) {
        record Owned(int thread, Interval interval) {}
        List<Owned> all = new ArrayList<>();
        for (ThreadTrace t : trace.threads()) {
            for (Interval i : t.intervals(IntervalKind.HOLDING)) all.add(new Owned(t.index(), i));
        }
        all.sort(Comparator.comparingLong(o -> o.interval().startNanos()));
        List<String> problems = new ArrayList<>();
        Owned latest = null; // the interval seen so far that ends last
        for (Owned o : all) {
            if (latest != null && o.interval().startNanos() < latest.interval().endNanos() && problems.size() < MAX_REPORTED) {
                problems.add("threads " + latest.thread() + " and " + o.thread() + " both hold the lock from "
                        + o.interval().startNanos() + " to " + Math.min(o.interval().endNanos(), latest.interval().endNanos()) + " ns");
            }
            if (latest == null || o.interval().endNanos() > latest.interval().endNanos()) latest = o;
        }
        return problems;
    }

    /** Every problem of every check, for a trace whose policy promises mutual exclusion. */
    public static List<String> problems(Trace trace) {
        List<String> all = new ArrayList<>();
        for (ThreadTrace t : trace.threads()) all.addAll(eventOrderProblems(t));
        if (trace.policy() != org.gilkit.gil.GilPolicy.OFF) all.addAll(overlappingHolders(trace));
        return all;
    }
}
