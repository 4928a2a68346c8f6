package org.gilkit.modules;

import java.util.function.Supplier;
import org.gilkit.kernels.KernelCancelledException;
import org.gilkit.kernels.ReleasePolicy;
import org.gilkit.runtime.Errors;
import org.gilkit.runtime.PyObject;
import org.gilkit.runtime.PyStr;
import org.gilkit.runtime.ThreadState;

/**
 * The boundary between Python modules and the kernel facades: parses the {@code policy=}
 * keyword, and runs a facade call turning its Java exceptions into Python ones. The modules
 * validate every argument before calling, so an IllegalArgumentException from a facade means a
 * check is missing here; it still becomes a Python ValueError, never a JVM crash. A closed
 * (freed) buffer is a ValueError; a kernel cancelled by Ctrl-C is KeyboardInterrupt (the
 * thread's cancel flag is cleared so that the next kernel runs).
 */
final class KernelCalls {
    private KernelCalls() {}

    /** {@code policy='auto' | 'always' | 'never'} (null: not given, 'auto'). */
    static ReleasePolicy policy(PyObject p) {
        if (p == null) return ReleasePolicy.AUTO;
        if (!(p instanceof PyStr s)) throw Errors.typeError("policy must be a str, not " + p.type().name());
        switch (s.value()) {
            case "auto": return ReleasePolicy.AUTO;
            case "always": return ReleasePolicy.ALWAYS;
            case "never": return ReleasePolicy.NEVER;
            default: throw Errors.valueError("policy must be 'auto', 'always' or 'never', not '" + s.value() + "'");
        }
    }

    /** Runs a facade call with the exception mapping of the class comment. */
    static <T> T run(ThreadState ts, Supplier<T> call) {
        try {
            return call.get();
        } catch (RuntimeException e) {
            throw toPython(ts, e);
        }
    }

    /**
     * The exception mapping of the class comment, for hot paths that call a facade directly
     * instead of through {@link #run} (no lambda): {@code catch (RuntimeException e) { throw
     * KernelCalls.toPython(ts, e); }}. Exceptions outside the mapping are returned unchanged.
     */
    static RuntimeException toPython(ThreadState ts, RuntimeException e) {
        if (e instanceof KernelCancelledException) return Signals.keyboardInterrupt(ts);
        if (e instanceof IllegalStateException) return Errors.valueError(freedMessage((IllegalStateException) e));
        if (e instanceof IllegalArgumentException || e instanceof IndexOutOfBoundsException) return Errors.valueError(e.getMessage());
        return e;
    }

    /** Runs a facade call returning nothing. */
    static void runVoid(ThreadState ts, Runnable call) {
        run(ts, () -> {
            call.run();
            return null;
        });
    }

    private static String freedMessage(IllegalStateException e) {
        String m = String.valueOf(e.getMessage());
        return m.contains("closed") ? "operation on a freed buffer (" + m + ")" : m;
    }
}
