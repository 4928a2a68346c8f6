package org.gilkit.runtime;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.gilkit.lexer.Utf8Errors;

/**
 * str.encode / bytes.decode for the codecs programs use (utf-8, ascii, latin-1, utf-16,
 * utf-32) with the errors handlers strict, ignore, replace, backslashreplace (encode) and
 * surrogateescape-free CPython messages: "'utf-8' codec can't decode byte 0xff in position 0:
 * invalid start byte".
 */
final class Codecs {
    private Codecs() {}

    /** The canonical codec name, or LookupError "unknown encoding: x". */
    static String normalize(String enc) {
        String e = enc.toLowerCase(Locale.ROOT).replace('_', '-').trim();
        switch (e) {
            case "utf-8": case "utf8": case "u8": case "utf": case "cp65001":
                return "utf-8";
            case "ascii": case "us-ascii": case "646":
                return "ascii";
            case "latin-1": case "latin1": case "iso-8859-1": case "iso8859-1": case "8859": case "l1": case "cp819":
                return "latin-1";
            case "utf-16": case "utf16":
                return "utf-16";
            case "utf-16-le": case "utf-16le":
                return "utf-16-le";
            case "utf-16-be": case "utf-16be":
                return "utf-16-be";
            case "utf-32": case "utf32":
                return "utf-32";
            default:
                throw Errors.of(PyExc.LookupError, "unknown encoding: " + enc);
        }
    }

    static byte[] encode(String s, String encoding, String errors) {
        String enc = normalize(encoding);
        switch (enc) {
            case "utf-8":
                return encodeUtf8(s, errors);
            case "ascii":
                return encodeLimited(s, 128, "ascii", errors);
            case "latin-1":
                return encodeLimited(s, 256, "latin-1", errors);
            case "utf-16":
                return concat(new byte[] {(byte) 0xff, (byte) 0xfe}, s.getBytes(StandardCharsets.UTF_16LE));
            case "utf-16-le":
                return s.getBytes(StandardCharsets.UTF_16LE);
            case "utf-16-be":
                return s.getBytes(StandardCharsets.UTF_16BE);
            default:
                return concat(new byte[] {(byte) 0xff, (byte) 0xfe, 0, 0}, s.getBytes(Charset.forName("UTF-32LE")));
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] r = new byte[a.length + b.length];
        System.arraycopy(a, 0, r, 0, a.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    private static byte[] encodeUtf8(String s, String errors) {
        int cpIndex = 0;
        for (int i = 0; i < s.length(); cpIndex++) {
            int c = s.codePointAt(i);
            if (c >= 0xd800 && c <= 0xdfff) {
                if (errors.equals("strict")) throw encodeError(s, "utf-8", cpIndex, "surrogates not allowed");
                break;
            }
            i += Character.charCount(c);
        }
        if (cpIndex == s.codePointCount(0, s.length())) return s.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        s.codePoints().forEach(c -> {
            if (c >= 0xd800 && c <= 0xdfff) {
                if (errors.equals("replace")) out.write('?');
                else if (errors.equals("backslashreplace")) out.writeBytes(String.format("\\u%04x", c).getBytes(StandardCharsets.US_ASCII));
            } else {
                out.writeBytes(new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8));
            }
        });
        return out.toByteArray();
    }

    private static byte[] encodeLimited(String s, int limit, String codec, String errors) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        int[] cps = s.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            int c = cps[i];
            if (c < limit) {
                out.write(c);
                continue;
            }
            switch (errors) {
                case "ignore":
                    break;
                case "replace":
                    out.write('?');
                    break;
                case "backslashreplace":
                    out.writeBytes((c <= 0xff ? String.format("\\x%02x", c) : c <= 0xffff ? String.format("\\u%04x", c)
                            : String.format("\\U%08x", c)).getBytes(StandardCharsets.US_ASCII));
                    break;
                case "xmlcharrefreplace":
                    out.writeBytes(("&#" + c + ";").getBytes(StandardCharsets.US_ASCII));
                    break;
                default: {
                    int j = i;
                    while (j < cps.length && cps[j] >= limit) j++;
                    throw encodeError(s, codec, i, j, "ordinal not in range(" + limit + ")");
                }
            }
        }
        return out.toByteArray();
    }

    private static PyException encodeError(String s, String codec, int pos, String reason) {
        return encodeError(s, codec, pos, pos + 1, reason);
    }

    private static PyException encodeError(String s, String codec, int start, int end, String reason) {
        PyBaseException e = PyBaseException.create(PyExc.UnicodeEncodeError, new PyObject[] {
            new PyStr(codec), new PyStr(s), PyInt.of(start), PyInt.of(end), new PyStr(reason)});
        return e.toThrowable();
    }

    static String decode(byte[] b, String encoding, String errors) {
        String enc = normalize(encoding);
        switch (enc) {
            case "utf-8":
                return decodeUtf8(b, errors);
            case "ascii": {
                StringBuilder sb = new StringBuilder(b.length);
                for (int i = 0; i < b.length; i++) {
                    int c = b[i] & 0xff;
                    if (c < 128) sb.append((char) c);
                    else if (errors.equals("replace")) sb.append('\ufffd');
                    else if (!errors.equals("ignore")) throw decodeError(b, "ascii", i, i + 1, "ordinal not in range(128)");
                }
                return sb.toString();
            }
            case "latin-1":
                return new String(b, StandardCharsets.ISO_8859_1);
            case "utf-16":
                return new String(b, StandardCharsets.UTF_16);
            case "utf-16-le":
                return new String(b, StandardCharsets.UTF_16LE);
            case "utf-16-be":
                return new String(b, StandardCharsets.UTF_16BE);
            default:
                return new String(b, Charset.forName("UTF-32"));
        }
    }

    private static String decodeUtf8(byte[] b, String errors) {
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b);
        CharBuffer out = CharBuffer.allocate(b.length + 1);
        StringBuilder sb = new StringBuilder(b.length);
        while (true) {
            CoderResult r = dec.decode(in, out, true);
            out.flip();
            sb.append(out);
            out.clear();
            if (r.isUnderflow()) break;
            if (r.isOverflow()) continue;
            int pos = in.position();
            int len = Utf8Errors.errorLength(b, pos);
            if (errors.equals("strict")) throw decodeError(b, "utf-8", pos, pos + len, Utf8Errors.reason(b, pos));
            if (errors.equals("replace")) sb.append('\ufffd');
            in.position(pos + len);
        }
        return sb.toString();
    }

    static PyException decodeError(byte[] b, String codec, int start, int end, String reason) {
        PyBaseException e = PyBaseException.create(PyExc.UnicodeDecodeError, new PyObject[] {
            new PyStr(codec), new PyBytes(b), PyInt.of(start), PyInt.of(end), new PyStr(reason)});
        return e.toThrowable();
    }

    /** For callers that need a checked-exception-free strict UTF-8 check. */
    static boolean isValidUtf8(byte[] b) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(b));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
