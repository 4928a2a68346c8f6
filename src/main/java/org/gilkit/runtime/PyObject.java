package org.gilkit.runtime;

/**
 * Every Python value. Subclasses are the built-in layouts ({@link PyInt}, {@link PyStr},
 * {@link PyList}, ...), {@link PyInstance} for instances of user classes, and the VM's own
 * objects (functions, frames, code, modules).
 *
 * <p>Contract: Java {@link #equals}/{@link #hashCode} follow Python {@code ==} and
 * {@code hash()}, so java.util maps can hold Python keys directly (that is how {@link PyDict} and
 * {@link PySet} work). For objects of user classes they call {@code __eq__}/{@code __hash__}
 * through {@link ThreadState#current()} and may therefore raise {@link PyException}. Built-in
 * value types override them with direct Java comparisons.
 *
 * <p>Protocols (attribute access, operators, iteration) are entry points in {@link Ops}, which
 * dispatch through the type's dict; {@link #call} is virtual so that callables (functions,
 * types, bound methods, builtins) get a direct Java dispatch.
 */
public abstract class PyObject {
    /** The Python type (type(self)). */
    public abstract PyType type();

    /** The instance {@code __dict__}, or null if this object has none. */
    public PyDict dict() {
        return null;
    }

    /**
     * Calls this object (vectorcall-like): the last {@code kwnames.length} entries of
     * {@code args} are keyword argument values; {@code kwnames} may be null or empty. The default
     * looks up {@code __call__} on the type.
     */
    public PyObject call(ThreadState ts, PyObject[] args, String[] kwnames) {
        return Ops.callViaType(ts, this, args, kwnames);
    }

    /** Python {@code ==}, as a Java boolean. */
    @Override
    public boolean equals(Object other) {
        if (this == other) return true;
        if (!(other instanceof PyObject)) return false;
        return Ops.eqBool(ThreadState.current(), this, (PyObject) other);
    }

    /** Derived from Python {@code hash()} (raises TypeError for unhashable objects). */
    @Override
    public int hashCode() {
        return javaHash(Ops.hash(ThreadState.current(), this));
    }

    /** Folds a Python hash (64 bits) into a Java hash code; equal Python hashes give equal codes. */
    public static int javaHash(long h) {
        return (int) (h ^ (h >>> 32));
    }

    /** The Python repr when a thread state is at hand, else a Java-level description (debugging). */
    @Override
    public String toString() {
        ThreadState ts = ThreadState.currentOrNull();
        if (ts != null) {
            try {
                return Ops.repr(ts, this);
            } catch (PyException e) {
                // fall through to the Java-level description
            }
        }
        return "<" + type().name() + " object>";
    }
}
