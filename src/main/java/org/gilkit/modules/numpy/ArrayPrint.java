package org.gilkit.modules.numpy;

import java.util.function.LongFunction;

/**
 * {@code repr(a)} and {@code str(a)} exactly as NumPy 2 prints them with its default options
 * (a port of numpy/_core/arrayprint.py: _array_repr_implementation, _array2string, _formatArray,
 * IntegerFormat, BoolFormat; floats in {@link FloatFormatter}): line width 75, arrays of more
 * than 1000 elements summarized to 3 edge items per axis with "...", and repr's extras
 * ({@code shape=} for summarized or oddly empty arrays, {@code dtype=} when not implied).
 */
final class ArrayPrint {
    private static final int LINE_WIDTH = 75;
    private static final int THRESHOLD = 1000;
    private static final int EDGE_ITEMS = 3;

    private ArrayPrint() {}

    /** {@code repr(a)}: "array([1., 2.])". */
    static String repr(NdArray a) {
        String prefix = "array(";
        String body = a.size == 0 ? "[]" : array2string(a, ", ", prefix, LINE_WIDTH - 1);
        StringBuilder extras = new StringBuilder();
        if (a.size == 0 && !(a.ndim() == 1) || a.size > THRESHOLD) extras.append("shape=").append(Shapes.text(a.shape));
        if (a.size == 0) extras.append(extras.length() == 0 ? "" : ", ").append("dtype=").append(a.dtype.label());
        if (extras.length() == 0) return prefix + body + ")";
        String arr = prefix + body + ",";
        String extra = extras + ")";
        int lastLine = arr.length() - (arr.lastIndexOf('\n') + 1);
        String spacer = lastLine + extra.length() + 1 > LINE_WIDTH ? "\n" + " ".repeat(prefix.length()) : " ";
        return arr + spacer + extra;
    }

    /** {@code str(a)}: "[1. 2.]". */
    static String str(NdArray a) {
        return a.size == 0 ? "[]" : array2string(a, " ", "", LINE_WIDTH);
    }

    private static String array2string(NdArray a, String separator, String prefix, int lineWidth) {
        boolean summary = a.size > THRESHOLD;
        LongFunction<String> format = formatter(a, summary);
        Formatter f = new Formatter(a, format, separator, summary);
        return f.recurse(new int[0], " " + " ".repeat(prefix.length()), lineWidth);
    }

    /** The element formatter, fitted to the elements that will be shown. */
    private static LongFunction<String> formatter(NdArray a, boolean summary) {
        long[] shown = shownIndexes(a, summary);
        switch (a.dtype) {
            case FLOAT64: {
                double[] v = new double[shown.length];
                for (int i = 0; i < v.length; i++) v[i] = a.getDouble(shown[i]);
                FloatFormatter ff = new FloatFormatter(v);
                return i -> ff.format(a.getDouble(i));
            }
            case INT64: {
                long max = Long.MIN_VALUE, min = Long.MAX_VALUE;
                for (long i : shown) {
                    long x = a.getLong(i);
                    max = Math.max(max, x);
                    min = Math.min(min, x);
                }
                int width = Math.max(Long.toString(max).length(), Long.toString(min).length());
                return i -> pad(Long.toString(a.getLong(i)), width);
            }
            default:
                return i -> a.getLong(i) != 0 ? " True" : "False";
        }
    }

    /** Row-major indexes of the elements printed (all, or the edges of each axis). */
    private static long[] shownIndexes(NdArray a, boolean summary) {
        int[][] axes = new int[a.ndim()][];
        for (int d = 0; d < a.ndim(); d++) axes[d] = edges(a.shape[d], summary);
        if (a.ndim() == 1) {
            long[] out = new long[axes[0].length];
            for (int i = 0; i < out.length; i++) out[i] = axes[0][i];
            return out;
        }
        long[] out = new long[axes[0].length * axes[1].length];
        int k = 0;
        for (int r : axes[0]) for (int c : axes[1]) out[k++] = (long) r * a.shape[1] + c;
        return out;
    }

    private static int[] edges(int n, boolean summary) {
        boolean cut = summary && n > 2 * EDGE_ITEMS;
        int[] idx = new int[cut ? 2 * EDGE_ITEMS : n];
        for (int i = 0; i < idx.length; i++) idx[i] = cut && i >= EDGE_ITEMS ? n - 2 * EDGE_ITEMS + i : i;
        return idx;
    }

    static String pad(String s, int width) {
        return s.length() >= width ? s : " ".repeat(width - s.length()) + s;
    }

    /** arrayprint._formatArray's recursion, for one array. */
    private static final class Formatter {
        private final NdArray a;
        private final LongFunction<String> format;
        private final String separator;
        private final boolean summary;

        Formatter(NdArray a, LongFunction<String> format, String separator, boolean summary) {
            this.a = a;
            this.format = format;
            this.separator = separator;
            this.summary = summary;
        }

        String recurse(int[] index, String hanging, int width) {
            int axis = index.length, axesLeft = a.ndim() - axis;
            if (axesLeft == 0) return format.apply(rowMajor(index));
            String nextHanging = hanging + " ";
            int nextWidth = width - 1;
            int n = a.shape[axis];
            boolean show = summary && 2 * EDGE_ITEMS < n;
            int leading = show ? EDGE_ITEMS : 0, trailing = show ? EDGE_ITEMS : n;
            StringBuilder s = new StringBuilder();
            if (axesLeft == 1) {
                int elemWidth = width - Math.max(separator.strip().length(), 1);
                StringBuilder line = new StringBuilder(hanging);
                for (int i = 0; i < leading; i++) {
                    line = extend(s, line, recurse(with(index, i), nextHanging, nextWidth), elemWidth, hanging);
                    line.append(separator);
                }
                if (show) {
                    line = extend(s, line, "...", elemWidth, hanging);
                    line.append(separator);
                }
                for (int i = trailing; i > 1; i--) {
                    line = extend(s, line, recurse(with(index, n - i), nextHanging, nextWidth), elemWidth, hanging);
                    line.append(separator);
                }
                line = extend(s, line, recurse(with(index, n - 1), nextHanging, nextWidth), elemWidth, hanging);
                s.append(line);
            } else {
                String lineSep = separator.stripTrailing() + "\n".repeat(axesLeft - 1);
                for (int i = 0; i < leading; i++) s.append(hanging).append(recurse(with(index, i), nextHanging, nextWidth)).append(lineSep);
                if (show) s.append(hanging).append("...").append(lineSep);
                for (int i = trailing; i > 1; i--) s.append(hanging).append(recurse(with(index, n - i), nextHanging, nextWidth)).append(lineSep);
                s.append(hanging).append(recurse(with(index, n - 1), nextHanging, nextWidth));
            }
            return "[" + s.substring(hanging.length()) + "]";
        }

        /** arrayprint._extendLine: wraps before {@code word} if the line would get too long. */
        private static StringBuilder extend(StringBuilder s, StringBuilder line, String word, int width, String hanging) {
            boolean wrap = line.length() + word.length() > width && line.length() > hanging.length();
            if (wrap) {
                s.append(line.toString().stripTrailing()).append('\n');
                line = new StringBuilder(hanging);
            }
            return line.append(word);
        }

        private long rowMajor(int[] index) {
            return index.length == 1 ? index[0] : (long) index[0] * a.shape[1] + index[1];
        }

        private static int[] with(int[] index, int i) {
            int[] out = java.util.Arrays.copyOf(index, index.length + 1);
            out[index.length] = i;
            return out;
        }
    }
}
