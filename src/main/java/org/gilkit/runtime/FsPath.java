package org.gilkit.runtime;

import java.nio.charset.StandardCharsets;

/**
 * The file-system path protocol (PEP 519) for Java callers: open(), the os functions and compile()
 * accept a str, bytes (decoded as UTF-8, the file-system encoding here) or any object whose type
 * has {@code __fspath__} (pathlib.Path, os.DirEntry), as CPython's {@code os.fspath} does.
 */
public final class FsPath {
    private FsPath() {}

    /**
     * The path {@code o} stands for, or null if it is not path-like (callers then raise their own
     * TypeError, as CPython's texts differ per function). A {@code __fspath__} that returns
     * something else than str or bytes raises CPython's TypeError.
     */
    public static String of(ThreadState ts, PyObject o) {
        if (o instanceof PyStr s) return s.value();
        if (o instanceof PyBytes b) return new String(b.bytes(), StandardCharsets.UTF_8);
        PyObject f = o.type().lookup("__fspath__");
        if (f == null) return null;
        PyObject r = Ops.callBound(ts, f, o, new PyObject[0], null);
        if (r instanceof PyStr s) return s.value();
        if (r instanceof PyBytes b) return new String(b.bytes(), StandardCharsets.UTF_8);
        throw Errors.typeError("expected " + o.type().name() + ".__fspath__() to return str or bytes, not "
                + r.type().name());
    }
}
