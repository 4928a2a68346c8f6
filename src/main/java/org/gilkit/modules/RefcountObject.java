package org.gilkit.modules;

import org.gilkit.kernels.RefcountLesson;
import org.gilkit.runtime.ArgParser;
import org.gilkit.runtime.Errors;
import org.gilkit.runtime.Ops;
import org.gilkit.runtime.PyGetSet;
import org.gilkit.runtime.PyInt;
import org.gilkit.runtime.PyMethodDescr;
import org.gilkit.runtime.PyObject;
import org.gilkit.runtime.PyStr;
import org.gilkit.runtime.PyType;
import org.gilkit.runtime.ThreadState;

/**
 * {@code gilkit.kernels.RefcountObject(start=1)}: a CPython-shaped object header in native
 * memory, for the lesson "why the lock exists at all" (over {@link RefcountLesson}).
 * <ul>
 * <li>{@code refcount}: the header's current {@code ob_refcnt}.</li>
 * <li>{@code incref_decref(pairs, refs=1, *, mode='held')}: {@code pairs} Py_INCREF/Py_DECREF
 *     pairs in C, in rounds of {@code refs} references held at once; {@code mode} is
 *     {@code 'held'} (plain updates, GIL held: CPython's way), {@code 'released'} (plain updates
 *     with the GIL released: the bug, the count drifts when threads overlap) or {@code 'atomic'}
 *     (atomic updates, GIL released: exact, slower). Returns how many decrefs brought the count to
 *     exactly zero, each a deallocation CPython would perform while references remain.</li>
 * </ul>
 * Bad arguments are TypeError/ValueError before C runs; Ctrl-C stops a long call with
 * KeyboardInterrupt. The header is freed when the object is garbage-collected. Registered by
 * {@link GilkitKernelsModule}; the tour's {@code refcount} scenario uses it.
 */
final class RefcountObject extends PyObject {
    static final PyType TYPE = PyType.builtin("gilkit.kernels", "RefcountObject", new PyType[] {PyType.OBJECT}, false);
    private static final ArgParser NEW = new ArgParser("RefcountObject", new String[] {"start"}, 0, 1, 0);
    private static final ArgParser RUN = new ArgParser("incref_decref", new String[] {"pairs", "refs", "mode"}, 1, 2, 0);

    static {
        TYPE.defineNew((ts, cls, args, kw) -> {
            PyObject[] a = NEW.parse(args, kw);
            long start = a[0] == null ? 1 : longArg(ts, a[0], "start");
            return new RefcountObject(KernelCalls.run(ts, () -> RefcountLesson.create(start)));
        });
        TYPE.define("refcount", new PyGetSet(TYPE, "refcount", (ts, s) -> PyInt.of(((RefcountObject) s).lesson.refcount()), null));
        TYPE.define("incref_decref", new PyMethodDescr(TYPE, "incref_decref", (ts, s, a, k) -> ((RefcountObject) s).run(ts, RUN.parse(a, k))));
        TYPE.define("__repr__", PyMethodDescr.noArgs(TYPE, "__repr__", (ts, s) ->
                new PyStr("<gilkit.kernels.RefcountObject ob_refcnt=" + ((RefcountObject) s).lesson.refcount() + ">")));
    }

    private final RefcountLesson lesson;

    private RefcountObject(RefcountLesson lesson) {
        this.lesson = lesson;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private PyObject run(ThreadState ts, PyObject[] v) {
        long pairs = longArg(ts, v[0], "pairs");
        long refs = v[1] == null ? 1 : longArg(ts, v[1], "refs");
        RefcountLesson.Mode mode = mode(v[2]);
        return PyInt.of(KernelCalls.run(ts, () -> lesson.run(pairs, refs, mode)));
    }

    private static RefcountLesson.Mode mode(PyObject o) {
        if (o == null) return RefcountLesson.Mode.HELD;
        if (!(o instanceof PyStr s)) throw Errors.typeError("mode must be a str, not " + o.type().name());
        RefcountLesson.Mode m = RefcountLesson.Mode.named(s.value());
        if (m == null) throw Errors.valueError("mode must be 'held', 'released' or 'atomic', not '" + s.value() + "'");
        return m;
    }

    /** An int argument; values beyond int64 are a ValueError naming the argument. */
    private static long longArg(ThreadState ts, PyObject o, String name) {
        PyInt i = Ops.index(ts, o);
        if (i.isBig()) throw Errors.valueError(name + " out of range: " + i.bigValue());
        return i.longValue();
    }
}
