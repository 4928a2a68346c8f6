package org.gilkit.runtime.format;

/**
 * {@code repr(float)} and {@code str(float)} exactly as CPython 3 prints them
 * ({@code float_repr_style == 'short'}): the shortest digits that read back as the same double,
 * fixed notation for {@code 1e-4 <= |x| < 1e16}, otherwise an exponent with at least two digits,
 * and {@code .0} on integral values: {@code 0.1}, {@code 1e-05}, {@code 1e+16}, {@code 1.0},
 * {@code -0.0}, {@code 5e-324}, {@code inf}, {@code nan}.
 *
 * <p>Java's {@code Double.toString} differs ({@code 1.0E-5}, and sometimes an extra digit), so the
 * object layer's float type must call this for {@code __repr__} and {@code __str__}.
 */
public final class FloatRepr {
    private FloatRepr() {
    }

    /** {@code repr(v)} as CPython prints it. */
    public static String repr(double v) {
        return DoubleText.toString(v, 'r', 0, DoubleText.ADD_DOT_0);
    }
}
