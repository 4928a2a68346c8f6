package org.gilkit.kernels;

/** Elementwise arithmetic of {@link ArrayKernels#binary} and {@link ArrayKernels#scalar}. */
public enum BinaryOp {
    ADD, SUB, MUL,
    /** True division; float64 only (NumPy's int64 / int64 gives float64, converted above this layer). */
    DIV
}
