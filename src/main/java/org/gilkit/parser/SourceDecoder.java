package org.gilkit.parser;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 decoding of a source file, failing as CPython does when it runs a file that is not
 * valid UTF-8: "Non-UTF-8 code starting with '\xff' in file f.py on line 1, but no encoding
 * declared; ..." (no location line). Null bytes fail with CPython's "source code cannot contain
 * null bytes". Encoding declarations other than UTF-8 are not supported.
 */
final class SourceDecoder {
    private SourceDecoder() {}

    static String decode(byte[] data, String filename) {
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(data);
        CharBuffer out = CharBuffer.allocate(data.length + 1);
        CoderResult r = dec.decode(in, out, true);
        if (r.isError()) {
            throw nonUtf8(data, in.position(), filename);
        }
        dec.flush(out);
        out.flip();
        String s = out.toString();
        if (s.indexOf('\0') >= 0) {
            throw new SyntaxErrorException("SyntaxError", "source code cannot contain null bytes", filename, 0, 0, 0,
                    0, null);
        }
        return s;
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
