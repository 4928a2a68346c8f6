package org.gilkit.runtime;

/**
 * The Java throwable that carries a raised Python exception ({@link PyBaseException}) through
 * Java frames: the VM catches it to run {@code except} clauses, everything else lets it pass.
 *
 * <p>It captures no Java stack trace (the Python traceback lives on the exception object and
 * is built by the VM), which makes raising as cheap as an allocation.
 */
public final class PyException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final PyBaseException value;

    public PyException(PyBaseException value) {
        super(null, null, false, false);
        this.value = value;
    }

    /** A new exception of {@code type} with the single argument {@code message}. */
    public PyException(PyType type, String message) {
        this(PyBaseException.create(type, new PyObject[] {new PyStr(message)}));
    }

    /** The Python exception object. */
    public PyBaseException value() {
        return value;
    }

    /** Whether the exception is an instance of {@code type} (what {@code except type:} tests). */
    public boolean matches(PyType type) {
        return value.type().isSubtypeOf(type);
    }

    /** "TypeError: message", as the last line of a traceback. */
    @Override
    public String getMessage() {
        ThreadState ts = ThreadState.currentOrNull();
        String s;
        try {
            s = ts == null ? value.args().toString() : Ops.str(ts, value);
        } catch (PyException e) {
            s = "<exception str() failed>";
        }
        return s.isEmpty() ? value.type().name() : value.type().name() + ": " + s;
    }
}
