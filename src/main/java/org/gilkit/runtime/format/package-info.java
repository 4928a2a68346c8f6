/**
 * Python's text formatting on plain Java values, byte-for-byte as CPython 3.11 prints it. This
 * package knows nothing of the Python object model: the object layer passes {@code long},
 * {@code BigInteger}, {@code double}, {@code String} and {@code boolean} values in, and re-raises
 * {@link org.gilkit.runtime.format.FormatException} as the named Python exception.
 *
 * <ul>
 *   <li>{@link org.gilkit.runtime.format.FloatRepr}: {@code repr(float)}, shortest round-trip
 *       digits ({@link org.gilkit.runtime.format.ShortestDigits}) laid out by
 *       {@link org.gilkit.runtime.format.DoubleText}, the one place float digits are laid out
 *       ({@code PyOS_double_to_string}), fed by {@link org.gilkit.runtime.format.DecimalDigits}.</li>
 *   <li>{@link org.gilkit.runtime.format.FormatSpec}: the format-spec mini-language parser.</li>
 *   <li>{@link org.gilkit.runtime.format.Format}: the builtin {@code format()} for int, bool,
 *       float, str and plain objects, implemented by {@link org.gilkit.runtime.format.IntFormat},
 *       {@link org.gilkit.runtime.format.FloatFormat} and
 *       {@link org.gilkit.runtime.format.StrFormat}, with field layout in
 *       {@link org.gilkit.runtime.format.NumberField} and thousands separators in
 *       {@link org.gilkit.runtime.format.Grouping}.</li>
 *   <li>{@link org.gilkit.runtime.format.Rounding}: {@code round()}; {@link
 *       org.gilkit.runtime.format.IntText}: {@code bin}, {@code oct}, {@code hex}.</li>
 * </ul>
 *
 * <p>Golden expectations for the tests come from CPython through
 * {@code src/test/resources/format/generate.py}. This package calls only the JDK; the runtime's
 * object layer calls it.
 */
package org.gilkit.runtime.format;
