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
 *   <li>{@link org.gilkit.runtime.format.PercentFormat}: {@code str % args}, one
 *       {@link org.gilkit.runtime.format.PercentConversion} per {@code %} directive, arguments
 *       through {@link org.gilkit.runtime.format.PercentArgs} and the adapter interface
 *       {@link org.gilkit.runtime.format.PercentArg}.</li>
 *   <li>{@link org.gilkit.runtime.format.FormatTemplate}: {@code str.format} strings parsed
 *       ({@link org.gilkit.runtime.format.TemplateParser}) into literals and fields
 *       ({@link org.gilkit.runtime.format.FieldName}, {@link org.gilkit.runtime.format.Accessor},
 *       numbered by {@link org.gilkit.runtime.format.AutoNumbering}), rendered by
 *       {@link org.gilkit.runtime.format.TemplateRenderer} through the object layer's
 *       {@link org.gilkit.runtime.format.FieldResolver}.</li>
 *   <li>{@link org.gilkit.runtime.format.StrRepr}: {@code repr(str)} and {@code ascii()}
 *       escaping.</li>
 * </ul>
 *
 * <p>How the interpreter uses it: {@code format(v, spec)} and {@code v.__format__(spec)} call
 * {@link org.gilkit.runtime.format.Format} by the value's type (an empty spec is {@code str(v)});
 * an f-string {@code f"{x!r:>{w}}"} is split by the compiler, and at run time the VM converts
 * {@code x} ({@code !s}/{@code !r}, or {@code !a} through
 * {@link org.gilkit.runtime.format.StrRepr#asciiEscape}), concatenates the spec pieces into a
 * string and calls {@code Format} exactly as {@code format()} does; {@code str.format} and
 * {@code format_map} parse once with {@link org.gilkit.runtime.format.FormatTemplate#parse} and
 * render with a resolver; {@code str % x} builds {@link org.gilkit.runtime.format.PercentArgs}
 * ({@code tuple} for a tuple, {@code mapping} for any non-tuple non-str object with
 * {@code __getitem__}, else {@code single}).
 *
 * <p>Golden expectations for the tests come from CPython through
 * {@code src/test/resources/format/generate.py}. This package calls only the JDK; the runtime's
 * object layer calls it.
 */
package org.gilkit.runtime.format;
