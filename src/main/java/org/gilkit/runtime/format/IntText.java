package org.gilkit.runtime.format;

import java.math.BigInteger;

/**
 * Integers as text in a base, as the builtins {@code bin}, {@code oct} and {@code hex} write them:
 * the sign goes before the prefix ({@code hex(-255) == '-0xff'}).
 */
public final class IntText {
    private IntText() {
    }

    /** {@code bin(v)}. */
    public static String bin(BigInteger v) {
        return withPrefix(v, 2);
    }

    /** {@code oct(v)}. */
    public static String oct(BigInteger v) {
        return withPrefix(v, 8);
    }

    /** {@code hex(v)}. */
    public static String hex(BigInteger v) {
        return withPrefix(v, 16);
    }

    /** {@code bin/oct/hex} for a long. */
    public static String withPrefix(long v, int base) {
        return withPrefix(BigInteger.valueOf(v), base);
    }

    /** The sign, the prefix of {@code base} (2, 8, 10 or 16) and the lower-case digits of |v|. */
    public static String withPrefix(BigInteger v, int base) {
        String digits = v.abs().toString(base);
        return (v.signum() < 0 ? "-" : "") + prefix(base) + digits;
    }

    /** {@code 0b}, {@code 0o}, {@code 0x}, or empty for base 10. */
    static String prefix(int base) {
        switch (base) {
            case 2:
                return "0b";
            case 8:
                return "0o";
            case 16:
                return "0x";
            case 10:
                return "";
            default:
                throw new IllegalArgumentException("base " + base);
        }
    }
}
