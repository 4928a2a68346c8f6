package org.gilkit.parser;

import static org.gilkit.lexer.TokenType.STRING;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.gilkit.ast.Expr;
import org.gilkit.lexer.Token;

/**
 * Literal values: numbers (Long, BigInteger, Double), string and bytes literals with all escape
 * sequences, adjacent-literal concatenation, and f-strings (via {@link FStringParser}), as
 * CPython's {@code Parser/string_parser.c} and {@code action_helpers.c} build them.
 */
final class Literals {
    /** CPython's default sys.int_info.default_max_str_digits. */
    static final int MAX_STR_DIGITS = 4300;

    private final ExpressionParser ep;

    Literals(ExpressionParser ep) {
        this.ep = ep;
    }

    // ---------------------------------------------------------------- numbers

    Object number(Token t) {
        String s = t.text().replace("_", "");
        char last = s.charAt(s.length() - 1);
        if (last == 'j' || last == 'J') {
            throw ep.err.at(t, "imaginary literals (complex numbers) are not supported by gilkit");
        }
        if (s.length() > 1 && s.charAt(0) == '0' && "xXoObB".indexOf(s.charAt(1)) >= 0) {
            char r = Character.toLowerCase(s.charAt(1));
            return integer(new BigInteger(s.substring(2), r == 'x' ? 16 : r == 'o' ? 8 : 2));
        }
        if (s.indexOf('.') >= 0 || s.indexOf('e') >= 0 || s.indexOf('E') >= 0) {
            return Double.parseDouble(s);
        }
        if (s.length() > MAX_STR_DIGITS) {
            throw ep.err.make("SyntaxError", "Exceeds the limit (" + MAX_STR_DIGITS + " digits) for integer string "
                    + "conversion: value has " + s.length() + " digits; use sys.set_int_max_str_digits() to increase "
                    + "the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.",
                    t.line(), 0, t.line(), 0).withText(t.text());
        }
        if (s.length() <= 18) {
            return Long.parseLong(s);
        }
        return integer(new BigInteger(s));
    }

    private static Object integer(BigInteger b) {
        return b.bitLength() < 64 ? (Object) b.longValue() : b;
    }

    // ---------------------------------------------------------------- strings

    /** One or more adjacent STRING tokens: a Constant (str or bytes) or a JoinedStr. */
    Expr strings() {
        Token first = ep.ts.peek();
        List<Token> toks = new ArrayList<>();
        while (ep.ts.check(STRING)) {
            toks.add(ep.ts.next());
        }
        boolean bytes = false;
        boolean text = false;
        boolean fstring = false;
        for (Token t : toks) {
            String prefix = prefix(t).toLowerCase();
            bytes |= prefix.indexOf('b') >= 0;
            text |= prefix.indexOf('b') < 0;
            fstring |= prefix.indexOf('f') >= 0;
        }
        if (bytes && text) {
            ep.ts.peek();
            throw ep.err.at(ep.ts.furthest(), "cannot mix bytes and nonbytes literals");
        }
        if (bytes) {
            return ep.span(new Expr.Constant(ExpressionParser.pos(first), new Expr.Bytes(concatBytes(toks))), first);
        }
        if (!fstring) {
            StringBuilder sb = new StringBuilder();
            for (Token t : toks) {
                sb.append(decodeStr(t));
            }
            return ep.span(new Expr.Constant(ExpressionParser.pos(first), sb.toString()), first);
        }
        FStringParser fp = new FStringParser(ep, first);
        for (Token t : toks) {
            String prefix = prefix(t).toLowerCase();
            if (prefix.indexOf('f') >= 0) {
                fp.parse(t, prefix.indexOf('r') >= 0);
            } else {
                fp.literal(decodeStr(t));
            }
        }
        return ep.span(fp.build(), first);
    }

    static String prefix(Token t) {
        String s = t.text();
        int i = 0;
        while (s.charAt(i) != '\'' && s.charAt(i) != '"') {
            i++;
        }
        return s.substring(0, i);
    }

    /** Index in the token text where the body starts, and the body's length. */
    static int[] body(Token t) {
        String s = t.text();
        int start = prefix(t).length();
        char q = s.charAt(start);
        int quote = s.length() - start >= 6 && s.charAt(start + 1) == q && s.charAt(start + 2) == q ? 3 : 1;
        return new int[] {start + quote, s.length() - start - 2 * quote};
    }

    private String decodeStr(Token t) {
        int[] b = body(t);
        String body = t.text().substring(b[0], b[0] + b[1]);
        if (prefix(t).toLowerCase().indexOf('r') >= 0) {
            return body;
        }
        return new Escapes(ep, false).decode(body);
    }

    /** CPython reports this one's end in UTF-8 bytes, not characters; so do we, to print the same carets. */
    private SyntaxErrorException nonAsciiBytes(Token t) {
        String line = ep.err.source().line(t.line());
        int endBytes = t.endLine() == t.line() && line != null
                ? line.substring(0, Math.min(t.endCol(), line.length())).getBytes(java.nio.charset.StandardCharsets.UTF_8).length
                : t.endCol();
        return ep.err.make("SyntaxError", "bytes can only contain ASCII literal characters", t.line(), t.col() + 1,
                t.endLine(), endBytes + 1);
    }

    private byte[] concatBytes(List<Token> toks) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Token t : toks) {
            int[] b = body(t);
            String body = t.text().substring(b[0], b[0] + b[1]);
            for (int i = 0; i < body.length(); i++) {
                if (body.charAt(i) >= 128) {
                    throw nonAsciiBytes(t);
                }
            }
            String decoded = prefix(t).toLowerCase().indexOf('r') >= 0 ? body : new Escapes(ep, true).decode(body);
            for (int i = 0; i < decoded.length(); i++) {
                out.write(decoded.charAt(i));
            }
        }
        return out.toByteArray();
    }
}
