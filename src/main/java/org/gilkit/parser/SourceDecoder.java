package org.gilkit.parser;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.gilkit.lexer.EscapedBytes;

/**
 * Strict UTF-8 decoding of a source file, failing as CPython does when it runs a file that is not
 * valid UTF-8: "Non-UTF-8 code starting with '\xff' in file f.py on line 1, but no encoding
 * declared; ..." (no location line). Null bytes fail with CPython's "source code cannot contain
 * null bytes". A PEP 263 encoding declaration in the first two lines ({@code # -*- coding: latin-1 -*-})
 * selects another charset if Java has it ("encoding problem: NAME" otherwise, as CPython says).
 * Under an explicit {@code coding: utf-8} declaration, bad bytes are kept as {@link EscapedBytes}
 * instead: CPython then accepts them in comments and fails only on the token that holds them.
 */
final class SourceDecoder {
    private SourceDecoder() {}

    private static final java.util.regex.Pattern COOKIE =
            java.util.regex.Pattern.compile("^[ \\t\\f]*#.*?coding[:=][ \\t]*([-\\w.]+)");

    static String decode(byte[] data, String filename) {
        String declared = declaredEncoding(data);
        if (declared != null && !declared.equals("utf-8")) {
            return decodeWith(data, declared, filename);
        }
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(data);
        CharBuffer out = CharBuffer.allocate(data.length + 1);
        CoderResult r = dec.decode(in, out, true);
        String s;
        if (r.isError()) {
            if (declared == null) {
                throw nonUtf8(data, in.position(), filename);
            }
            s = EscapedBytes.decode(data); // the lexer fails on a bad byte outside comments, as CPython
        } else {
            dec.flush(out);
            out.flip();
            s = out.toString();
        }
        int nul = s.indexOf('\0');
        if (nul >= 0) throw nullByte(s, nul, filename);
        return s;
    }

    /** The normalized encoding named by a coding cookie in the first two lines, or null. */
    static String declaredEncoding(byte[] data) {
        int lineStart = 0;
        for (int line = 0; line < 2 && lineStart < data.length; line++) {
            int end = lineStart;
            while (end < data.length && data[end] != '\n') {
                end++;
            }
            String text = new String(data, lineStart, end - lineStart, StandardCharsets.ISO_8859_1);
            java.util.regex.Matcher m = COOKIE.matcher(text);
            if (m.find()) {
                return normalName(m.group(1));
            }
            if (!text.strip().isEmpty() && !text.strip().startsWith("#")) {
                return null;
            }
            lineStart = end + 1;
        }
        return null;
    }

    /** CPython's get_normal_name: the spellings of UTF-8 and Latin-1 it recognizes itself. */
    private static String normalName(String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        if (n.equals("utf-8") || n.startsWith("utf-8-")) {
            return "utf-8";
        }
        for (String latin : new String[] {"latin-1", "iso-8859-1", "iso-latin-1"}) {
            if (n.equals(latin) || n.startsWith(latin + "-")) {
                return "iso-8859-1";
            }
        }
        return name;
    }

    private static String decodeWith(byte[] data, String encoding, String filename) {
        java.nio.charset.Charset cs;
        try {
            cs = java.nio.charset.Charset.forName(encoding);
        } catch (IllegalArgumentException e) {
            throw new SyntaxErrorException("SyntaxError", "encoding problem: " + encoding, filename, 0, 0, 0, 0, null);
        }
        try {
            return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(data)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new SyntaxErrorException("SyntaxError", "(unicode error) '" + encoding + "' codec can't decode the "
                    + "source", filename, 0, 0, 0, 0, null);
        }
    }

    /** CPython names the line of the first null byte and shows that line up to the null byte, without a caret. */
    private static SyntaxErrorException nullByte(String s, int at, String filename) {
        int start = s.lastIndexOf('\n', at) + 1;
        int line = 1;
        for (int i = 0; i < start; i++) {
            if (s.charAt(i) == '\n') {
                line++;
            }
        }
        return new SyntaxErrorException("SyntaxError", "source code cannot contain null bytes", filename, line, 0, 0, 0,
                s.substring(start, at));
    }

    private static SyntaxErrorException nonUtf8(byte[] data, int at, String filename) {
        int line = 1;
        for (int i = 0; i < at; i++) {
            if (data[i] == '\n') {
                line++;
            }
        }
        String msg = String.format("Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, but no encoding "
                + "declared; see https://peps.python.org/pep-0263/ for details", data[at] & 0xff, filename, line);
        return new SyntaxErrorException("SyntaxError", msg, filename, 0, 0, 0, 0, null);
    }
}
