package org.gilkit.lexer;

/**
 * Where and why UTF-8 decoding fails, in CPython's terms: its decoder reports the maximal valid
 * prefix of a broken sequence as one error ("bytes in position 3-4: unexpected end of data"),
 * treats overlong forms, surrogates and code points above U+10FFFF as a bad first continuation
 * byte, and gives one of three reasons. Java's decoder finds the same positions but groups some
 * sequences differently, so both the source decoder ({@link EscapedBytes}, for the lexer) and the
 * runtime's {@code bytes.decode} use this. No dependencies: a leaf utility of the lexer package.
 */
public final class Utf8Errors {
    private Utf8Errors() {}

    /** The index of the first byte at or after {@code from} that starts an invalid sequence, or -1. */
    public static int firstError(byte[] b, int from) {
        int i = from;
        while (i < b.length) {
            int need = sequenceLength(b[i] & 0xff);
            if (need == 0 || validPrefix(b, i) < need) {
                return i;
            }
            i += need;
        }
        return -1;
    }

    /** How many bytes the error at {@code at} covers (1 to 3): the lead byte and its valid continuations. */
    public static int errorLength(byte[] b, int at) {
        return sequenceLength(b[at] & 0xff) == 0 ? 1 : validPrefix(b, at);
    }

    /** CPython's reason for the error at {@code at}. */
    public static String reason(byte[] b, int at) {
        if (sequenceLength(b[at] & 0xff) == 0) {
            return "invalid start byte";
        }
        return at + validPrefix(b, at) >= b.length ? "unexpected end of data" : "invalid continuation byte";
    }

    /** "'utf-8' codec can't decode byte 0xe9 in position 3: invalid continuation byte", or null if {@code b} is valid. */
    public static String message(byte[] b) {
        int at = firstError(b, 0);
        if (at < 0) {
            return null;
        }
        int len = errorLength(b, at);
        String where = len == 1 ? String.format("byte 0x%02x in position %d", b[at] & 0xff, at)
                : "bytes in position " + at + "-" + (at + len - 1);
        return "'utf-8' codec can't decode " + where + ": " + reason(b, at);
    }

    /**
     * How many bytes at the end of {@code b} are the valid start of a sequence that the next chunk
     * of a stream may complete (0 to 3): a reader keeps them for the next chunk.
     */
    public static int incompleteTail(byte[] b) {
        for (int k = 1; k <= 3 && k <= b.length; k++) {
            int at = b.length - k;
            int need = sequenceLength(b[at] & 0xff);
            if (need == 0 && (b[at] & 0xC0) == 0x80) {
                continue; // a continuation byte: its lead is further back
            }
            return need > k && validPrefix(b, at) == k ? k : 0;
        }
        return 0;
    }

    /** The lead byte plus the continuation bytes after it that are valid, at most the sequence's length. */
    private static int validPrefix(byte[] b, int at) {
        int lead = b[at] & 0xff;
        int need = sequenceLength(lead);
        int k = 1;
        while (k < need && at + k < b.length && isContinuation(lead, k, b[at + k] & 0xff)) {
            k++;
        }
        return k;
    }

    /** 1 for ASCII, 2-4 for a valid lead byte, 0 for a byte that cannot start a sequence. */
    private static int sequenceLength(int b) {
        if (b < 0x80) {
            return 1;
        }
        if (b >= 0xC2 && b <= 0xDF) {
            return 2;
        }
        if (b >= 0xE0 && b <= 0xEF) {
            return 3;
        }
        if (b >= 0xF0 && b <= 0xF4) {
            return 4;
        }
        return 0;
    }

    /** Whether {@code b} may be the {@code k}-th byte after {@code lead} (no overlongs, no surrogates, ≤ U+10FFFF). */
    private static boolean isContinuation(int lead, int k, int b) {
        if (k == 1) {
            int lo = lead == 0xE0 ? 0xA0 : lead == 0xF0 ? 0x90 : 0x80;
            int hi = lead == 0xED ? 0x9F : lead == 0xF4 ? 0x8F : 0xBF;
            return b >= lo && b <= hi;
        }
        return b >= 0x80 && b <= 0xBF;
    }
}
