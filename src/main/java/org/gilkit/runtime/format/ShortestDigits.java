package org.gilkit.runtime.format;

import java.math.BigInteger;

/**
 * Shortest round-trip digits of a positive finite double (dtoa mode 0, what {@code repr(float)}
 * prints): the fewest significant digits whose decimal reads back as the same double, and among
 * those the one nearest the exact binary value (ties to an even last digit).
 *
 * <p>Java 17's {@code Double.toString} always reads back correctly but is sometimes too long
 * (JDK-4511638, fixed only in JDK 19). Two paths use it:
 * <ul>
 *   <li>Fast path, for normal doubles whose Java digits number at most 15: those digits are the
 *       answer. Proof sketch: the rounding interval of a normal double is one ulp wide, less
 *       than a quarter of the spacing of 15-significant-digit decimals, so it holds at most one
 *       such decimal; Java's string is one (it reads back), and any shorter candidate padded
 *       with zeros would be one too, hence equal to it.</li>
 *   <li>Exact path otherwise (16-17 digits, subnormals). Decimals on the grid {@code 10^q}
 *       with fewer digits lie on a coarser grid, and a coarser grid's points are also on every
 *       finer one, so starting from Java's grid (which has a point in the interval) the
 *       coarsest grid with a point in the rounding interval gives the shortest digits; on it
 *       the candidates are the grid points just below and just above the value. All
 *       comparisons are exact BigInteger arithmetic on {@code v = V * 2^e}.</li>
 * </ul>
 */
final class ShortestDigits {
    /** The value and its rounding interval, as numerators over {@code 2^shift}. */
    private final BigInteger value;
    private final BigInteger low;
    private final BigInteger high;
    private final int shift;
    /** Round-half-even ties go to an even mantissa, so its interval includes both ends. */
    private final boolean closed;

    private ShortestDigits(double v) {
        long bits = Double.doubleToRawLongBits(v);
        int biased = (int) (bits >>> 52) & 0x7ff;
        long fraction = bits & ((1L << 52) - 1);
        long m = biased == 0 ? fraction : fraction | (1L << 52);
        int e = (biased == 0 ? 1 : biased) - 1075;
        // Units of 2^(e-2): the value is 4m; the gap below is half as wide at a power of two.
        boolean narrowBelow = fraction == 0 && biased > 1;
        long vUnits = 4 * m;
        long lUnits = vUnits - (narrowBelow ? 1 : 2);
        long hUnits = vUnits + 2;
        int exp2 = e - 2;
        int up = Math.max(exp2, 0);
        shift = Math.max(-exp2, 0);
        value = BigInteger.valueOf(vUnits).shiftLeft(up);
        low = BigInteger.valueOf(lUnits).shiftLeft(up);
        high = BigInteger.valueOf(hUnits).shiftLeft(up);
        closed = (m & 1) == 0;
    }

    /** The shortest digits of {@code v > 0}, finite. */
    static DecimalDigits of(double v) {
        DecimalDigits java = parseJava(Double.toString(v));
        if (v >= Double.MIN_NORMAL && java.digits().length() <= 15) {
            return java;
        }
        ShortestDigits s = new ShortestDigits(v);
        int q = java.decpt() - java.digits().length();
        BigInteger best = s.nearestOnGrid(q);
        while (true) {
            BigInteger coarser = s.nearestOnGrid(q + 1);
            if (coarser == null) {
                break;
            }
            best = coarser;
            q++;
        }
        if (best == null) {
            throw new IllegalStateException("no round-trip digits for " + v);
        }
        return digits(best, q);
    }

    /** c * 10^q as DecimalDigits. */
    private static DecimalDigits digits(BigInteger c, int q) {
        String s = c.toString();
        int end = s.length();
        while (end > 1 && s.charAt(end - 1) == '0') {
            end--;
        }
        return new DecimalDigits(s.substring(0, end), q + s.length());
    }

    /**
     * The multiple c of {@code 10^q} in the rounding interval nearest the value, or null. The
     * interval is convex around the value, so only the multiples just below and above matter.
     */
    private BigInteger nearestOnGrid(int q) {
        BigInteger scaleX = q < 0 ? BigInteger.TEN.pow(-q) : BigInteger.ONE;
        BigInteger scaleC = (q > 0 ? BigInteger.TEN.pow(q) : BigInteger.ONE).shiftLeft(shift);
        BigInteger x = value.multiply(scaleX);
        BigInteger[] qr = x.divideAndRemainder(scaleC);
        BigInteger down = qr[0];
        BigInteger downPos = x.subtract(qr[1]);
        boolean downOk = down.signum() > 0 && inside(downPos, scaleX);
        if (qr[1].signum() == 0) {
            return downOk ? down : null;
        }
        BigInteger upPos = downPos.add(scaleC);
        boolean upOk = inside(upPos, scaleX);
        if (downOk && upOk) {
            int cmp = qr[1].shiftLeft(1).compareTo(scaleC);
            boolean pickUp = cmp > 0 || (cmp == 0 && down.testBit(0));
            return pickUp ? down.add(BigInteger.ONE) : down;
        }
        return downOk ? down : upOk ? down.add(BigInteger.ONE) : null;
    }

    /** Whether {@code pos} (a value scaled like {@code value * scaleX}) reads back as v. */
    private boolean inside(BigInteger pos, BigInteger scaleX) {
        int lo = pos.compareTo(low.multiply(scaleX));
        int hi = pos.compareTo(high.multiply(scaleX));
        return closed ? lo >= 0 && hi <= 0 : lo > 0 && hi < 0;
    }

    /**
     * The digits and decimal point of a positive {@code Double.toString} result, which is
     * {@code ddd.ddd} or {@code d.dddE[-]n}.
     */
    static DecimalDigits parseJava(String java) {
        int e = java.indexOf('E');
        int exp = e < 0 ? 0 : Integer.parseInt(java.substring(e + 1));
        String mantissa = e < 0 ? java : java.substring(0, e);
        int dot = mantissa.indexOf('.');
        String all = mantissa.substring(0, dot) + mantissa.substring(dot + 1);
        int lead = 0;
        while (lead < all.length() - 1 && all.charAt(lead) == '0') {
            lead++;
        }
        int end = all.length();
        while (end > lead + 1 && all.charAt(end - 1) == '0') {
            end--;
        }
        return new DecimalDigits(all.substring(lead, end), dot - lead + exp);
    }
}
