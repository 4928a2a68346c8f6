package org.gilkit.runtime.format;

import java.math.BigInteger;

/**
 * The builtin {@code format(value, spec)} for the built-in value types, on plain Java values.
 * The object layer's {@code __format__} methods call these: {@code str.format} reaches them
 * through {@link FieldResolver#format}, and an f-string's {@code FORMAT_VALUE} calls them
 * directly with the spec string it built at run time.
 *
 * <p>An empty spec gives {@code str(value)}. Every error is a {@link FormatException} carrying
 * CPython's exception type and message.
 */
public final class Format {
    private Format() {
    }

    /** {@code format(v, spec)} for an int. */
    public static String ofInt(long v, String spec) {
        return ofInt(BigInteger.valueOf(v), spec);
    }

    /** {@code format(v, spec)} for an int. */
    public static String ofInt(BigInteger v, String spec) {
        return spec.isEmpty() ? v.toString() : IntFormat.format(v, spec, "int");
    }

    /** {@code format(v, spec)} for a bool: {@code 'True'} when empty, otherwise as the int 0/1. */
    public static String ofBool(boolean v, String spec) {
        if (spec.isEmpty()) {
            return v ? "True" : "False";
        }
        return IntFormat.format(v ? BigInteger.ONE : BigInteger.ZERO, spec, "bool");
    }

    /** {@code format(v, spec)} for a float. */
    public static String ofFloat(double v, String spec) {
        return FloatFormat.format(v, spec);
    }

    /** {@code format(s, spec)} for a str. */
    public static String ofStr(String s, String spec) {
        return StrFormat.format(s, spec, "str");
    }

    /**
     * {@code object.__format__}: for types without their own {@code __format__} (None, list,
     * user classes), an empty spec gives {@code str(obj)} and anything else is a TypeError.
     *
     * @param typeName the object's type name, for the message
     * @param str      {@code str(obj)}, computed by the caller
     */
    public static String ofObject(String typeName, String str, String spec) {
        if (!spec.isEmpty()) {
            throw FormatException.typeError("unsupported format string passed to "
                    + typeName + ".__format__");
        }
        return str;
    }
}
