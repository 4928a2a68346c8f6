package org.gilkit.vm;

import java.util.IdentityHashMap;
import java.util.Map;
import org.gilkit.runtime.Ops;
import org.gilkit.runtime.PyBaseException;
import org.gilkit.runtime.PyException;
import org.gilkit.runtime.PyObject;
import org.gilkit.runtime.PyStr;
import org.gilkit.runtime.PyType;
import org.gilkit.runtime.ThreadState;

/**
 * Formats an uncaught exception exactly as CPython 3.11's default {@code sys.excepthook} prints
 * it (caret lines aside): the chain of causes and contexts first, each with "Traceback (most
 * recent call last):", one {@code File "x.py", line N, in name} entry per frame followed by the
 * stripped source line, runs of more than three identical entries collapsed into "[Previous line
 * repeated N more times]", and the "Type: message" line, the type qualified by its module unless
 * it is builtins or __main__.
 *
 * <p>Used by {@link Interpreter} for the final uncaught exception; {@code traceback.print_exc}
 * and the threading excepthook can call {@link #format} too.
 */
public final class TracebackPrinter {
    private static final int RECURSIVE_CUTOFF = 3;
    private static final int LIMIT = 1000;
    private static final String CAUSE = "\nThe above exception was the direct cause of the following exception:\n\n";
    private static final String CONTEXT = "\nDuring handling of the above exception, another exception occurred:\n\n";

    private final ThreadState ts;
    private final SourceLines sources;
    private final StringBuilder out = new StringBuilder();
    private final Map<PyBaseException, Boolean> seen = new IdentityHashMap<>();

    private TracebackPrinter(ThreadState ts, SourceLines sources) {
        this.ts = ts;
        this.sources = sources;
    }

    /** The full text CPython would print on stderr for {@code exc}. */
    public static String format(ThreadState ts, PyBaseException exc) {
        TracebackPrinter p = new TracebackPrinter(ts, SourceLines.of(ts));
        p.chain(exc);
        return p.out.toString();
    }

    private void chain(PyBaseException exc) {
        seen.put(exc, Boolean.TRUE);
        if (exc.cause != null && !seen.containsKey(exc.cause)) {
            chain(exc.cause);
            out.append(CAUSE);
        } else if (exc.context != null && !exc.suppressContext && !seen.containsKey(exc.context)) {
            chain(exc.context);
            out.append(CONTEXT);
        }
        single(exc);
    }

    private void single(PyBaseException exc) {
        if (exc.traceback instanceof PyTraceback tb) {
            out.append("Traceback (most recent call last):\n");
            entries(tb);
        }
        String syntax = SyntaxErrors.format(exc);
        if (syntax != null) {
            out.append(syntax);
        } else {
            out.append(exceptionLine(ts, exc)).append('\n');
        }
    }

    private void entries(PyTraceback head) {
        int n = 0;
        for (PyTraceback t = head; t != null; t = t.next) n++;
        PyTraceback tb = head;
        for (int skip = n - LIMIT; skip > 0; skip--) tb = tb.next;
        String lastFile = null;
        String lastName = null;
        int lastLine = -1;
        int count = 0;
        for (; tb != null; tb = tb.next) {
            String file = tb.filename();
            String name = tb.name();
            if (!file.equals(lastFile) || tb.line != lastLine || !name.equals(lastName)) {
                repeated(count);
                lastFile = file;
                lastLine = tb.line;
                lastName = name;
                count = 0;
            }
            count++;
            if (count <= RECURSIVE_CUTOFF) entry(file, tb.line, name);
        }
        repeated(count);
    }

    private void repeated(int count) {
        if (count <= RECURSIVE_CUTOFF) return;
        int more = count - RECURSIVE_CUTOFF;
        out.append("  [Previous line repeated ").append(more).append(" more time").append(more > 1 ? "s" : "")
                .append("]\n");
    }

    private void entry(String file, int line, String name) {
        out.append("  File \"").append(file).append("\", line ").append(line).append(", in ").append(name).append('\n');
        String src = sources.line(file, line);
        if (src != null && !src.isBlank()) out.append("    ").append(src.strip()).append('\n');
    }

    /** Line {@code line} of {@code file} as the traceback shows it (stripped), or null if unknown. */
    public static String sourceLine(ThreadState ts, String file, int line) {
        String src = SourceLines.of(ts).line(file, line);
        return src == null ? null : src.strip();
    }

    /** "ValueError: message", "Boom", "mod.Error: message" (CPython's print_exception). */
    public static String exceptionLine(ThreadState ts, PyBaseException exc) {
        String name = qualifiedName(exc.type());
        String msg;
        try {
            msg = Ops.str(ts, exc);
        } catch (PyException e) {
            msg = "<exception str() failed>";
        }
        return msg.isEmpty() ? name : name + ": " + msg;
    }

    static String qualifiedName(PyType t) {
        String mod = t.module();
        String qn = t.qualname();
        if (mod == null || mod.equals("builtins") || mod.equals("__main__")) return qn;
        return mod + "." + qn;
    }

    static String str(PyObject o) {
        return o instanceof PyStr s ? s.value() : String.valueOf(o);
    }
}
