package org.gilkit.runtime.format;

/**
 * What {@link FormatTemplate#render} needs from the object layer, for objects of type {@code T}:
 * argument lookup, attribute and item access, {@code str}/{@code repr}, and {@code format()}.
 * Methods raise the object layer's own exceptions (KeyError, AttributeError, IndexError...),
 * which propagate unchanged.
 */
public interface FieldResolver<T> {
    /**
     * {@code args[index]}, or null when index is out of range (the engine raises CPython's
     * IndexError). For {@code format_map}, throw {@link #positionalFieldsError()} instead.
     */
    T positional(long index);

    /** {@code kwargs[name]}; raises the object layer's KeyError when missing. */
    T keyword(String name);

    /** {@code getattr(obj, name)}. */
    T attribute(T obj, String name);

    /** {@code obj[key]} with a str key. */
    T item(T obj, String key);

    /** {@code obj[index]} with an int key. */
    T item(T obj, long index);

    /** {@code str(obj)}, for the {@code !s} conversion. */
    String str(T obj);

    /** {@code repr(obj)}, for {@code !r} and {@code !a}. */
    String repr(T obj);

    /** {@code format(obj, spec)}: the object's {@code __format__} (see {@link Format}). */
    String format(T obj, String spec);

    /** CPython's error for a positional field under {@code str.format_map}. */
    static FormatException positionalFieldsError() {
        return FormatException.valueError("Format string contains positional fields");
    }
}
