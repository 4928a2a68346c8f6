package org.gilkit.diagnose;

import java.util.List;
import java.util.Locale;
import org.gilkit.gil.Gil;
import org.gilkit.observe.WatchdogReport;
import org.gilkit.runtime.FrameInfo;
import org.gilkit.runtime.InterpreterState;
import org.gilkit.runtime.ThreadState;

/**
 * The text of a thread dump of one interpreter: the lock report (who holds the GIL, who waits
 * and for how long, from {@link Gil#snapshot()} via {@link WatchdogReport}), then each attached
 * Python thread's stack, innermost call first, in CPython's {@code faulthandler} format plus the
 * thread's name:
 *
 * <pre>
 * Thread 0x0000000000000021 'first' (most recent call first):
 *   File "dead.py", line 10 in one
 *   File "&lt;threading&gt;", line 940 in run
 * </pre>
 *
 * <p>Contract: never takes the GIL and never blocks on the described threads (they may be
 * deadlocked). Frames are read racily, as faulthandler does: a running thread's innermost line
 * is the line of its last call or check point, and a thread that is returning may show one
 * frame too many or too few. Stacks deeper than {@link #MAX_DEPTH} are cut with "  ...". The
 * thread id is the Java thread id. Used by {@link RunWatchdog} and {@link DumpSignal}.
 */
public final class ThreadDump {
    /** faulthandler's MAX_FRAME_DEPTH. */
    static final int MAX_DEPTH = 100;

    private ThreadDump() {}

    /** The whole dump: {@code headline}, the lock report, then every thread's stack. */
    public static String format(InterpreterState interp, String headline) {
        StringBuilder sb = new StringBuilder();
        if (headline != null && !headline.isEmpty()) sb.append(headline).append('\n');
        sb.append(lockReport(interp.gil()));
        for (ThreadState ts : interp.threads()) {
            sb.append('\n');
            appendStack(sb, ts);
        }
        return sb.toString();
    }

    /** The lock report, or one line saying why there is none (no lock, or it is closed). */
    static String lockReport(Gil gil) {
        if (gil == null) return "GIL: none (--gil=off)\n";
        try {
            return WatchdogReport.format(gil.snapshot());
        } catch (IllegalStateException closed) {
            return "GIL: closed (" + closed.getMessage() + ")\n";
        }
    }

    /** One thread's header line and stack. */
    static void appendStack(StringBuilder sb, ThreadState ts) {
        sb.append(String.format(Locale.ROOT, "Thread 0x%016x '%s' (most recent call first):%n",
                ts.thread().getId(), ts.name()));
        try {
            List<String> lines = stackLines(ts.frame());
            if (lines.isEmpty()) sb.append("  <no Python frame>\n");
            for (String l : lines) sb.append(l).append('\n');
        } catch (RuntimeException racing) {
            sb.append("  <stack unavailable: ").append(racing).append(">\n");
        }
    }

    /** faulthandler's lines for a frame chain, innermost first. */
    static List<String> stackLines(FrameInfo innermost) {
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        FrameInfo f = innermost;
        while (f != null) {
            if (out.size() == MAX_DEPTH) {
                out.add("  ...");
                break;
            }
            out.add("  File \"" + f.filename() + "\", line " + f.line() + " in " + f.codeName());
            f = f.back();
        }
        return out;
    }
}
