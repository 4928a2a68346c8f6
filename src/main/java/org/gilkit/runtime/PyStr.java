package org.gilkit.runtime;

/**
 * Python str: an immutable Java String indexed by code point. {@link #isBmp()} (no surrogate
 * pairs, the common case) makes indexing and slicing direct char operations; otherwise they go
 * through code point offsets. Not final: {@link PyStrSub} holds user subclasses.
 */
public class PyStr extends PyObject {
    public static final PyType TYPE = PyType.builtin("str", PyType.OBJECT, true);
    private static final PyStr[] LATIN1 = new PyStr[256];
    public static final PyStr EMPTY = new PyStr("");

    static {
        for (int i = 0; i < 256; i++) LATIN1[i] = new PyStr(String.valueOf((char) i));
        StrMethods.install(TYPE);
    }

    final String value;
    /** Code point count, computed on first use; -1 = unknown. */
    private int cpLength = -1;

    public PyStr(String value) {
        this.value = value;
    }

    /** A str for a single code point (cached for Latin-1). */
    public static PyStr ofCodePoint(int cp) {
        if (cp < 256) return LATIN1[cp];
        return new PyStr(new String(Character.toChars(cp)));
    }

    public static PyStr of(String s) {
        if (s.length() == 1 && s.charAt(0) < 256) return LATIN1[s.charAt(0)];
        if (s.isEmpty()) return EMPTY;
        return new PyStr(s);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public final String value() {
        return value;
    }

    /** len(): the number of code points. */
    public final int length() {
        int n = cpLength;
        if (n < 0) {
            n = value.codePointCount(0, value.length());
            cpLength = n;
        }
        return n;
    }

    /** Whether every code point is one char (no surrogate pairs). */
    public final boolean isBmp() {
        return length() == value.length();
    }

    /** The code point at index i (0 <= i < length()). */
    public final int codePointAt(int i) {
        if (isBmp()) return value.charAt(i);
        return value.codePointAt(value.offsetByCodePoints(0, i));
    }

    /** The char offset of code point index i. */
    public final int offset(int i) {
        return isBmp() ? i : value.offsetByCodePoints(0, i);
    }

    /** Code points [from, to) as a str. */
    public final PyStr substring(int from, int to) {
        if (from >= to) return EMPTY;
        return of(value.substring(offset(from), offset(to)));
    }

    /** Index i of the code points (0 <= i < length()). */
    public final PyStr charAt(int i) {
        return ofCodePoint(codePointAt(i));
    }

    /** This value as an exact str (itself unless this is a subclass instance). */
    public final PyStr asExact() {
        return getClass() == PyStr.class ? this : new PyStr(value);
    }

    /** The code points as an int array (for non-BMP slicing and reversing). */
    public final int[] codePoints() {
        return value.codePoints().toArray();
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (o instanceof PyStr) return value.equals(((PyStr) o).value);
        return o instanceof PyInstance && super.equals(o);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
