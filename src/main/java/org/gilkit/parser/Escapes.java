package org.gilkit.parser;

import java.nio.charset.StandardCharsets;

/**
 * Backslash escapes of a non-raw string or bytes literal body (CPython's
 * {@code _PyUnicode_DecodeUnicodeEscapeInternal} and {@code _PyBytes_DecodeEscape}): {@code \newline},
 * {@code \\ \' \" \a \b \f \n \r \t \v}, octal {@code \ooo}, {@code \xhh}, and for str also
 * {@code \\uXXXX}, {@code \\UXXXXXXXX} and {@code \N{name}}. Unknown escapes keep their backslash,
 * as CPython does (it only warns). For bytes the result holds one char per byte (0..255).
 */
final class Escapes {
    private final ExpressionParser ep;
    private final boolean bytes;

    Escapes(ExpressionParser ep, boolean bytes) {
        this.ep = ep;
        this.bytes = bytes;
    }

    String decode(String s) {
        int bs = s.indexOf('\\');
        if (bs < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        sb.append(s, 0, bs);
        int i = bs;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 >= n) {
                sb.append(c);
                i++;
                continue;
            }
            i = escape(s, i, sb);
        }
        return sb.toString();
    }

    /** Decodes the escape at s[i] (a backslash) into sb; returns the index after it. */
    private int escape(String s, int i, StringBuilder sb) {
        char e = s.charAt(i + 1);
        switch (e) {
            case '\n': return i + 2;
            case '\\': sb.append('\\'); return i + 2;
            case '\'': sb.append('\''); return i + 2;
            case '"': sb.append('"'); return i + 2;
            case 'a': sb.append('\u0007'); return i + 2;
            case 'b': sb.append('\b'); return i + 2;
            case 'f': sb.append('\f'); return i + 2;
            case 'n': sb.append('\n'); return i + 2;
            case 'r': sb.append('\r'); return i + 2;
            case 't': sb.append('\t'); return i + 2;
            case 'v': sb.append('\u000b'); return i + 2;
            case 'x': return hex(s, i, 2, sb, "truncated \\xXX escape");
            default: break;
        }
        if (e >= '0' && e <= '7') {
            return octal(s, i, sb);
        }
        if (!bytes && e == 'u') {
            return hex(s, i, 4, sb, "truncated \\uXXXX escape");
        }
        if (!bytes && e == 'U') {
            return hex(s, i, 8, sb, "truncated \\UXXXXXXXX escape");
        }
        if (!bytes && e == 'N') {
            return named(s, i, sb);
        }
        sb.append('\\');
        return i + 1;
    }

    private int octal(String s, int i, StringBuilder sb) {
        int v = 0;
        int j = i + 1;
        while (j < s.length() && j < i + 4 && s.charAt(j) >= '0' && s.charAt(j) <= '7') {
            v = v * 8 + (s.charAt(j) - '0');
            j++;
        }
        sb.append((char) (bytes ? v & 0xff : v));
        return j;
    }

    private int hex(String s, int i, int digits, StringBuilder sb, String what) {
        int v = 0;
        int j = i + 2;
        for (int k = 0; k < digits; k++, j++) {
            int d = j < s.length() ? Character.digit(s.charAt(j), 16) : -1;
            if (d < 0 || s.charAt(j) > 127) {
                throw error(s, i, j - 1, what);
            }
            v = v * 16 + d;
        }
        if (v > 0x10FFFF) {
            throw error(s, i, j - 1, "illegal Unicode character");
        }
        sb.appendCodePoint(v);
        return j;
    }

    private int named(String s, int i, StringBuilder sb) {
        int close = s.indexOf('}', i);
        if (i + 2 >= s.length() || s.charAt(i + 2) != '{' || close < 0) {
            throw error(s, i, Math.min(i + 1, s.length() - 1), "malformed \\N character escape");
        }
        String name = s.substring(i + 3, close);
        int cp;
        try {
            cp = Character.codePointOf(name);
        } catch (IllegalArgumentException ex) {
            throw error(s, i, close, "unknown Unicode character name");
        }
        sb.appendCodePoint(cp);
        return close + 1;
    }

    private SyntaxErrorException error(String s, int from, int to, String what) {
        int a = utf8Length(s, from);
        int b = utf8Length(s, to);
        String msg = bytes ? "(value error) invalid \\x escape at position " + a
                : "(unicode error) 'unicodeescape' codec can't decode bytes in position " + a + "-" + b + ": " + what;
        ep.ts.peek();
        return ep.err.at(ep.ts.furthest(), msg);
    }

    private static int utf8Length(String s, int end) {
        return s.substring(0, Math.max(0, Math.min(end, s.length()))).getBytes(StandardCharsets.UTF_8).length;
    }
}
