package org.gilkit.runtime;

/**
 * Names a blocking call for traces by where the program made it: {@code "sleep at app.py:12"},
 * or, when the call was made inside a library module shipped with gilkit (threading, queue,
 * concurrent.futures: files named {@code <gilkit>/...}), by the library function the program
 * called and the primitive that blocked: {@code "join (lock.acquire) at app.py:20"},
 * {@code "get (lock.acquire) at app.py:18"} for a queue get. Walks the frame chain, so it is
 * called only while a trace session records ({@link ThreadState#blocking(String, ThreadState.BlockingCall)}).
 */
final class BlockingSite {
    /** The filename prefix of modules loaded from the jar (see the VM's Importer). */
    private static final String LIBRARY_PREFIX = "<gilkit>/";

    private BlockingSite() {}

    /** {@code what}, qualified as the class comment shows; just {@code what} without Python frames. */
    static String describe(FrameInfo innermost, String what) {
        String api = null;
        FrameInfo f = innermost;
        while (f != null && f.filename() != null && f.filename().startsWith(LIBRARY_PREFIX)) {
            api = f.codeName();
            f = f.back();
        }
        // StringBuilder rather than '+': each '+' site is bootstrapped (invokedynamic) on first use,
        // which cost milliseconds inside the first traced blocking call of a run.
        StringBuilder b = new StringBuilder(64);
        if (api == null) b.append(what); else b.append(api).append(" (").append(what).append(')');
        if (f != null) b.append(" at ").append(baseName(f.filename())).append(':').append(f.line());
        return b.toString();
    }

    private static String baseName(String filename) {
        if (filename == null) return "?";
        int slash = filename.lastIndexOf('/');
        return slash < 0 ? filename : filename.substring(slash + 1);
    }
}
