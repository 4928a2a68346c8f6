package org.gilkit.lexer;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Source bytes that are not valid UTF-8 in a file that declares {@code # coding: utf-8}. CPython
 * then decodes lazily: bad bytes inside comments are accepted, and a bad byte inside a string
 * literal or a name fails only when that token is decoded, with the codec's own message
 * ("(unicode error) 'utf-8' codec can't decode byte 0xe9 in position 3: unexpected end of data").
 * To do the same, {@code SourceDecoder} maps each bad byte to a lone surrogate U+DC80..U+DCFF
 * (Python's "surrogateescape" convention; valid UTF-8 never decodes to a lone surrogate), and the
 * {@link Lexer} turns a token holding one into that error.
 */
public final class EscapedBytes {
    private EscapedBytes() {}

    /** Decodes UTF-8, mapping every byte of an invalid sequence to its escape character. */
    public static String decode(byte[] data) {
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(data);
        CharBuffer out = CharBuffer.allocate(data.length + 1);
        while (true) {
            CoderResult r = dec.decode(in, out, true);
            if (!r.isError()) {
                break;
            }
            for (int i = 0; i < r.length(); i++) {
                out.put(escape(in.get()));
            }
        }
        dec.flush(out);
        out.flip();
        return out.toString();
    }

    static char escape(byte b) {
        return (char) (0xDC00 | (b & 0xff));
    }

    static boolean isEscape(char c) {
        return c >= 0xDC80 && c <= 0xDCFF;
    }

    /** The index of the first escape character in {@code s[from, to)}, or -1. */
    static int firstEscape(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (isEscape(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** {@code s} as CPython shows a source line holding bad bytes: each bad sequence as U+FFFD. */
    public static String replaced(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (isEscape(s.charAt(i))) {
                return new String(encode(s), StandardCharsets.UTF_8);
            }
        }
        return s;
    }

    /** The bytes {@code s} was decoded from: UTF-8 for ordinary characters, the byte for an escape. */
    static byte[] encode(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isEscape(c)) {
                out.write(c & 0xff);
            } else {
                int cp = s.codePointAt(i);
                i += Character.charCount(cp) - 1;
                byte[] b = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
                out.write(b, 0, b.length);
            }
        }
        return out.toByteArray();
    }
}
