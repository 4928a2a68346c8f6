package org.gilkit.runtime.format;

/**
 * A formatting error that the object layer re-raises as a Python exception.
 *
 * <p>{@link #pythonType()} names the CPython exception class ({@code "ValueError"},
 * {@code "TypeError"}, {@code "OverflowError"}, {@code "KeyError"}, {@code "IndexError"}) and
 * {@link #getMessage()} is CPython's message text, byte for byte.
 */
public final class FormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String pythonType;

    /** Creates an error of the named Python exception type with CPython's message. */
    public FormatException(String pythonType, String message) {
        super(message, null, false, false);
        this.pythonType = pythonType;
    }

    /** A {@code ValueError}, the type of almost every format-spec error. */
    public static FormatException valueError(String message) {
        return new FormatException("ValueError", message);
    }

    /** A {@code TypeError}. */
    public static FormatException typeError(String message) {
        return new FormatException("TypeError", message);
    }

    /** An {@code OverflowError}. */
    public static FormatException overflowError(String message) {
        return new FormatException("OverflowError", message);
    }

    /** The CPython exception class name, e.g. {@code "ValueError"}. */
    public String pythonType() {
        return pythonType;
    }

    @Override
    public String toString() {
        return pythonType + ": " + getMessage();
    }
}
