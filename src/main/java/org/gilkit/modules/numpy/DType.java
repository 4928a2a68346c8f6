package org.gilkit.modules.numpy;

/**
 * The element types of the subset. Every dtype is stored as 8 bytes per element (bool as an
 * int64 0 or 1), so one buffer layout and the same strided copy serve all three; int64 and
 * bool share the int64 kernels.
 */
enum DType {
    FLOAT64("float64", 'f'),
    INT64("int64", 'i'),
    BOOL("bool", 'b');

    private final String label;
    private final char kind;

    DType(String label, char kind) {
        this.label = label;
        this.kind = kind;
    }

    /** NumPy's name: {@code a.dtype.name}, and what {@code str(a.dtype)} prints. */
    String label() {
        return label;
    }

    /** NumPy's kind character ('f', 'i', 'b'). */
    char kind() {
        return kind;
    }

    boolean isFloat() {
        return this == FLOAT64;
    }

    /** The result type of combining two dtypes in arithmetic (bool+bool is int64 here: see docs). */
    static DType promote(DType a, DType b) {
        return a == FLOAT64 || b == FLOAT64 ? FLOAT64 : INT64;
    }
}
