package org.gilkit.vm;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.gilkit.runtime.ThreadState;

/**
 * CPython's "RuntimeWarning: coroutine 'f' was never awaited", for one interpreter (owned by its
 * {@link Importer}). CPython warns when a coroutine that never ran is freed, which with reference
 * counting is usually the very statement that dropped it ({@code f()} without {@code await}).
 * gilkit has no reference counts, so every coroutine registers an {@link Origin} (the line that
 * created it) and settles it when it first runs or is closed; the ones still pending when the
 * main module finishes are reported then ({@link #report}), before non-daemon threads are joined
 * and atexit runs. For the common case the text is CPython's exactly (the line that created the
 * coroutine is the line that dropped it); only the moment differs. As under CPython's default
 * warning filter each location is reported once.
 */
final class UnawaitedCoroutines {
    /** Pending origins; guarded by {@code this} (coroutines are made on any thread). */
    private final Set<Origin> pending = new LinkedHashSet<>();

    /** Where a coroutine was created; {@link #settle} removes it from the pending set. */
    final class Origin {
        final String qualname;
        final String filename;
        final int line;

        Origin(String qualname, String filename, int line) {
            this.qualname = qualname;
            this.filename = filename;
            this.line = line;
        }

        /** The coroutine ran (or was closed): nothing to warn about. */
        void settle() {
            synchronized (UnawaitedCoroutines.this) {
                pending.remove(this);
            }
        }
    }

    /** Registers the engine of a coroutine being created by the code running on {@code ts}. */
    static void track(ThreadState ts, PyGenerator engine) {
        Frame caller = Eval.current(ts);
        UnawaitedCoroutines u = Importer.of(ts).unawaited();
        Origin o = u.new Origin(engine.qualname, caller == null ? "<unknown>" : caller.filename(),
                caller == null ? 0 : caller.line());
        synchronized (u) {
            u.pending.add(o);
        }
        engine.origin = o;
    }

    /** Prints the warning for every coroutine of the interpreter that never ran; called once at exit. */
    static void report(ThreadState ts) {
        UnawaitedCoroutines u = Importer.of(ts).unawaited();
        List<Origin> left;
        synchronized (u) {
            left = new ArrayList<>(u.pending);
            u.pending.clear();
        }
        Set<String> shown = new HashSet<>();
        StringBuilder sb = new StringBuilder();
        for (Origin o : left) {
            String text = o.filename + ":" + o.line + ": RuntimeWarning: coroutine '" + o.qualname + "' was never awaited\n";
            if (!shown.add(text)) continue;
            sb.append(text);
            String src = SourceLines.of(ts).line(o.filename, o.line);
            if (src != null && !src.isBlank()) sb.append("  ").append(src.strip()).append('\n');
            sb.append("RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n");
        }
        if (sb.length() > 0) Interpreter.writeStderr(ts, sb.toString());
    }
}
