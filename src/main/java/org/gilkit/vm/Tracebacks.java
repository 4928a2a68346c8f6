package org.gilkit.vm;

import org.gilkit.runtime.PyBaseException;
import org.gilkit.runtime.ThreadState;

/**
 * Maintains the traceback and the implicit exception chain while an exception unwinds
 * (CPython's {@code PyTraceBack_Here} and the context logic of {@code _PyErr_SetObject}).
 */
final class Tracebacks {
    private Tracebacks() {}

    /**
     * Called when {@code exc} arrives in frame {@code f} at {@code lasti} (raised there or
     * propagated from a callee), except for re-raises: prepends the frame's entry. An exception
     * that has no traceback yet is fresh (raised by Java code in this frame), so it also gets the
     * exception being handled as its {@code __context__}.
     */
    static void record(ThreadState ts, PyBaseException exc, Frame f, int lasti) {
        PyTraceback prev = exc.traceback instanceof PyTraceback t ? t : null;
        if (prev == null && exc.context == null) setContext(ts, exc);
        exc.traceback = new PyTraceback(f, f.code.lineAt(lasti), prev);
    }

    /**
     * Sets {@code exc.__context__} to the exception being handled, breaking any cycle this would
     * create in the chain (as CPython does), so chains always terminate.
     */
    static void setContext(ThreadState ts, PyBaseException exc) {
        PyBaseException handled = ts.handledException();
        if (handled == null || handled == exc) return;
        PyBaseException o = handled;
        while (o.context != null) {
            if (o.context == exc) {
                o.context = null;
                break;
            }
            o = o.context;
        }
        exc.context = handled;
    }
}
