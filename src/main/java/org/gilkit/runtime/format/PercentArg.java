package org.gilkit.runtime.format;

import java.math.BigInteger;

/**
 * One argument of printf-style {@code %} formatting, as the object layer presents a Python object
 * to {@link PercentFormat}. Only the views a conversion asks for are called:
 * {@code %s} calls {@link #str()}, {@code %r} and {@code %a} call {@link #repr()}, numeric
 * conversions call {@link #asIndex()} and {@link #asFloat()}, {@code %c} also {@link #isStr()}.
 * The object layer may throw its own exceptions from these methods (they propagate unchanged).
 *
 * <p>{@link #of(long)}, {@link #of(double)}, {@link #of(String)} and friends adapt plain values,
 * for callers (and tests) that have no object at hand.
 */
public interface PercentArg {
    /** The Python type name, for error messages ({@code "str"}, {@code "float"}, {@code "NoneType"}). */
    String typeName();

    /** {@code str(obj)}. */
    String str();

    /** {@code repr(obj)}; {@code %a} escapes its non-ASCII characters. */
    String repr();

    /** Whether obj is a str ({@code %c} accepts a one-character str). */
    default boolean isStr() {
        return false;
    }

    /** The int value of an int or bool (or an object with {@code __index__}); null otherwise. */
    default BigInteger asIndex() {
        return null;
    }

    /**
     * The value of a float (or an object with {@code __float__}) that is not an int; null for
     * anything else. Ints are converted by the formatter itself, from {@link #asIndex()}.
     */
    default Double asFloat() {
        return null;
    }

    /** An int argument. */
    static PercentArg of(long v) {
        return of(BigInteger.valueOf(v));
    }

    /** An int argument. */
    static PercentArg of(BigInteger v) {
        return new Values.IntArg(v, "int", v.toString());
    }

    /** A bool argument: {@code True}/{@code False} for {@code %s}, 1/0 for numbers. */
    static PercentArg of(boolean v) {
        return new Values.IntArg(v ? BigInteger.ONE : BigInteger.ZERO, "bool", v ? "True" : "False");
    }

    /** A float argument. */
    static PercentArg of(double v) {
        return new Values.FloatArg(v);
    }

    /** A str argument. */
    static PercentArg of(String s) {
        return new Values.StrArg(s);
    }

    /** Adapters for plain values. */
    final class Values {
        private Values() {
        }

        /** An int or bool. */
        record IntArg(BigInteger value, String typeName, String str) implements PercentArg {
            @Override
            public String repr() {
                return str;
            }

            @Override
            public BigInteger asIndex() {
                return value;
            }
        }

        /** A float. */
        record FloatArg(double value) implements PercentArg {
            @Override
            public String typeName() {
                return "float";
            }

            @Override
            public String str() {
                return FloatRepr.repr(value);
            }

            @Override
            public String repr() {
                return FloatRepr.repr(value);
            }

            @Override
            public Double asFloat() {
                return value;
            }
        }

        /** A str. */
        record StrArg(String value) implements PercentArg {
            @Override
            public String typeName() {
                return "str";
            }

            @Override
            public String str() {
                return value;
            }

            @Override
            public String repr() {
                return StrRepr.repr(value);
            }

            @Override
            public boolean isStr() {
                return true;
            }
        }
    }
}
