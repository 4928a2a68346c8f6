/**
 * The {@code numpy} subset (docs/numpy.md): float64, int64 and bool arrays of one or two
 * dimensions whose elements live off-heap in a {@link org.gilkit.kernels.NativeBuffer}, so the
 * C kernels ({@link org.gilkit.kernels.ArrayKernels}) work on them without a copy.
 *
 * <ul>
 * <li>{@link NumpyModule}: the module (registered in {@link org.gilkit.modules.Modules}) and its
 *     {@code numpy.random} submodule ({@link NumpyRandom}, {@link Generator}).</li>
 * <li>{@link NdArray}: the array object (buffer, dtype, offset, shape, strides) and its type;
 *     {@link ArrayMethods} installs its attributes and methods.</li>
 * <li>{@link Creation}: array, zeros, ones, empty, full, arange, linspace.</li>
 * <li>{@link Elementwise}: + - * / with scalars and same-shape arrays, sqrt, exp, comparisons.</li>
 * <li>{@link Reductions}: sum, mean, min, max, argmax; {@link LinAlg}: dot and {@code @}.</li>
 * <li>{@link Indexing}: integer indexes, slices (views) and item assignment.</li>
 * <li>{@link ArrayPrint}, {@link FloatFormatter}: repr and str exactly as NumPy 2 prints them.</li>
 * <li>{@link DType}, {@link DTypeObject}, {@link Scalars}: dtypes and the numpy scalar types.</li>
 * <li>{@link Shapes}: shape arguments and NumPy's shape error texts.</li>
 * </ul>
 *
 * <p>May call: runtime, kernels facades, and org.gilkit.modules' KernelCalls-style helpers
 * (through {@link NumpyKernels}). Every size, shape and dtype is checked here before C is called.
 */
package org.gilkit.modules.numpy;
