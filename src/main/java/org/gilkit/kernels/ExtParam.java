package org.gilkit.kernels;

import java.util.Locale;

/**
 * One parameter of a user kernel's schema ({@code gilkit_ext_param} in {@code gilkit/ext.h}), as
 * read from the native registry: what a caller passes at this position, and the checks
 * {@link ExtKernel#call} applies before C runs.
 *
 * @param index position in the schema (and in the kernel's {@code call->arg[]})
 * @param name a C/Python identifier, unique in the schema; the Python keyword name
 * @param kind what is passed: a buffer (IN, OUT, INOUT) or a scalar (INT, FLOAT)
 * @param dtype the element type of a buffer; null for scalars
 * @param sizeRule a buffer's size rule ("width*rows", "x", "bins"): its length must equal it;
 *        "" for any length; see {@link SizeRule}
 * @param min an INT's inclusive minimum (0 for other kinds)
 * @param max an INT's inclusive maximum (0 for other kinds)
 * @param doc one line for help texts and Python docstrings
 */
public record ExtParam(int index, String name, Kind kind, Dtype dtype, String sizeRule, long min, long max, String doc) {
    /** Parameter kinds, in the order of the C constants {@code GILKIT_EXT_KIND_*}. */
    public enum Kind {
        /** Input buffer, read only. */
        IN,
        /** Output buffer; a caller may leave it out (null) and gets one allocated by its size rule. */
        OUT,
        /** Buffer read and written in place. */
        INOUT,
        /** int64 scalar in [min, max]. */
        INT,
        /** float64 scalar, finite. */
        FLOAT;

        /** True for IN, OUT and INOUT. */
        public boolean isBuffer() {
            return this == IN || this == OUT || this == INOUT;
        }

        /** Lower-case name as in help texts ("in", "out", ...). */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Buffer element types, in the order of the C constants {@code GILKIT_DTYPE_*}. */
    public enum Dtype {
        /** Bytes; Python bytes/bytearray. */
        U8(1),
        /** int64, 8-byte aligned. */
        I64(8),
        /** float64, 8-byte aligned. */
        F64(8);

        private final int size;

        Dtype(int size) {
            this.size = size;
        }

        /** Bytes per element. */
        public int size() {
            return size;
        }

        /** NumPy's name: "uint8", "int64", "float64". */
        public String numpyName() {
            return switch (this) {
                case U8 -> "uint8";
                case I64 -> "int64";
                case F64 -> "float64";
            };
        }
    }

    /** True if the caller may pass null (an OUT buffer with a size rule: it is allocated). */
    public boolean isOptional() {
        return kind == Kind.OUT && !sizeRule.isEmpty();
    }

    /** A one-line description for help texts, e.g. {@code "y: out float64[x]: factor * x"}. */
    public String describe() {
        String type = switch (kind) {
            case INT -> "int in [" + min + ", " + max + "]";
            case FLOAT -> "float";
            default -> kind.label() + " " + dtype.numpyName() + "[" + sizeRule + "]";
        };
        return name + ": " + type + (doc.isEmpty() ? "" : ": " + doc);
    }
}
