package org.gilkit.runtime.format;

import java.util.List;
import java.util.function.Function;

/**
 * The right operand of {@code str % args}, and the cursor over it that CPython's
 * {@code PyUnicode_Format} keeps: a tuple is consumed item by item; any other object is one
 * argument; an object that is a mapping (anything with {@code __getitem__} that is neither a
 * tuple nor a str, so a list counts, as in CPython) also serves {@code %(key)s} lookups, and then
 * unused arguments are not an error.
 *
 * <p>A {@code %(key)} lookup makes the looked-up value the current single argument, exactly as
 * CPython does, so {@code '%(a)s %s' % {'a': 1}} fails with "not enough arguments".
 */
public final class PercentArgs {
    private final List<PercentArg> tuple;
    private final Function<String, PercentArg> mapping;
    private PercentArg single;
    private int length;
    private int index;

    private PercentArgs(List<PercentArg> tuple, PercentArg single, Function<String, PercentArg> mapping) {
        this.tuple = tuple;
        this.mapping = mapping;
        if (tuple != null) {
            length = tuple.size();
            index = 0;
        } else {
            useSingle(single);
        }
    }

    /** {@code fmt % (a, b, ...)}: a tuple of arguments. */
    public static PercentArgs tuple(List<PercentArg> items) {
        return new PercentArgs(List.copyOf(items), null, null);
    }

    /** {@code fmt % x} where x is neither a tuple nor a mapping. */
    public static PercentArgs single(PercentArg arg) {
        return new PercentArgs(null, arg, null);
    }

    /**
     * {@code fmt % m} where m is a mapping: m itself for plain conversions, and {@code lookup}
     * (which raises the object layer's KeyError for a missing key) for {@code %(key)}.
     */
    public static PercentArgs mapping(PercentArg self, Function<String, PercentArg> lookup) {
        return new PercentArgs(null, self, lookup);
    }

    /** CPython's unicode_format_getnextarg. */
    PercentArg next() {
        if (index >= length) {
            throw FormatException.typeError("not enough arguments for format string");
        }
        int i = index++;
        return length < 0 ? single : tuple.get(i);
    }

    /** A {@code %(key)} conversion: the mapped value becomes the only argument. */
    void selectKey(String key) {
        requireMapping();
        useSingle(mapping.apply(key));
    }

    /** Raises CPython's error for {@code %(key)} when the operand is not a mapping. */
    void requireMapping() {
        if (mapping == null) {
            throw FormatException.typeError("format requires a mapping");
        }
    }

    /** Whether arguments remain unused, which is an error unless the operand is a mapping. */
    boolean unconverted() {
        return index < length && mapping == null;
    }

    /** Whether a mapping operand has unused arguments (checked after every conversion). */
    boolean mappingUnconverted() {
        return mapping != null && index < length;
    }

    /** CPython's arglen = -1, argidx = -2 encoding of "one argument, not yet used". */
    private void useSingle(PercentArg arg) {
        single = arg;
        length = -1;
        index = -2;
    }
}
