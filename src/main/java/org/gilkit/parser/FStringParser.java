package org.gilkit.parser;

import java.util.ArrayList;
import java.util.List;
import org.gilkit.ast.Expr;
import org.gilkit.ast.Pos;
import org.gilkit.lexer.Lexer;
import org.gilkit.lexer.Token;
import org.gilkit.lexer.TokenType;

/**
 * Builds the JoinedStr of one run of adjacent string literals containing at least one f-string,
 * as CPython 3.11's {@code Parser/string_parser.c} does: literal text (with {@code {{}}/{@code }}}
 * and escapes) is merged into Constant parts, each {@code {expr!c:spec}} becomes a FormattedValue
 * whose expression is parsed by a nested {@link ExpressionParser} over {@code (expr)} positioned
 * at its place in the file; {@code {expr=}} adds the expression text and defaults to {@code !r}.
 * Format specs may hold nested fields one level deep.
 */
final class FStringParser {
    private final ExpressionParser ep;
    private final Pos pos;
    private final List<Expr> values = new ArrayList<>();
    private final StringBuilder pending = new StringBuilder();

    private Token tok;
    private String text;
    private boolean raw;
    private int i;
    private int end;

    FStringParser(ExpressionParser ep, Token first) {
        this.ep = ep;
        this.pos = ExpressionParser.pos(first);
    }

    void literal(String s) {
        pending.append(s);
    }

    Expr.JoinedStr build() {
        flush(values, pending);
        return new Expr.JoinedStr(pos, values);
    }

    private void flush(List<Expr> out, StringBuilder sb) {
        if (sb.length() > 0) {
            out.add(new Expr.Constant(pos, sb.toString()));
            sb.setLength(0);
        }
    }

    /** Parses the f-string token t into this JoinedStr. */
    void parse(Token t, boolean isRaw) {
        tok = t;
        text = t.text();
        raw = isRaw;
        int[] b = Literals.body(t);
        i = b[0];
        end = b[0] + b[1];
        parts(0, values, pending);
    }

    /** Literal text and fields up to the end of the body, or (nested) up to the spec's closing brace. */
    private void parts(int level, List<Expr> out, StringBuilder lit) {
        while (i < end) {
            char c = text.charAt(i);
            if (c == '{' || c == '}') {
                if (level == 0 && i + 1 < end && text.charAt(i + 1) == c) {
                    lit.append(c);
                    i += 2;
                    continue;
                }
                if (c == '}') {
                    if (level == 0) {
                        throw error("f-string: single '}' is not allowed");
                    }
                    return;
                }
                i++;
                field(level, out, lit);
                continue;
            }
            int j = i;
            while (j < end && text.charAt(j) != '{' && text.charAt(j) != '}') {
                j += text.charAt(j) == '\\' && !raw && j + 1 < end ? skipEscape(j) : 1;
            }
            String chunk = text.substring(i, j);
            lit.append(raw ? chunk : new Escapes(ep, false).decode(chunk));
            i = j;
        }
    }

    /**
     * Length to skip for the backslash at j, as CPython's fstring_find_literal: the escaped character
     * goes with it, except a brace (still a field delimiter); {@code \N{...}} goes whole.
     */
    private int skipEscape(int j) {
        char next = text.charAt(j + 1);
        if (next == '{' || next == '}') {
            return 1;
        }
        if (next != 'N') {
            return 2;
        }
        if (j + 2 < end && text.charAt(j + 2) == '{') {
            int close = text.indexOf('}', j);
            if (close > 0 && close < end) {
                return close + 1 - j;
            }
        }
        return 2;
    }

    /** One replacement field; i is just after its '{'. */
    private void field(int level, List<Expr> out, StringBuilder lit) {
        if (level >= 2) {
            throw error("f-string: expressions nested too deeply");
        }
        int exprStart = i;
        int exprEnd = scanExpression();
        String exprText = text.substring(exprStart, exprEnd);
        if (exprText.isBlank()) {
            throw error("f-string: empty expression not allowed");
        }
        Expr value = parseExpression(exprStart, exprText);
        String debug = null;
        if (i < end && text.charAt(i) == '=') {
            i++;
            while (i < end && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            debug = text.substring(exprStart, i);
        }
        int conversion = conversion();
        Expr spec = null;
        if (i < end && text.charAt(i) == ':') {
            i++;
            List<Expr> specParts = new ArrayList<>();
            StringBuilder specLit = new StringBuilder();
            parts(level + 1, specParts, specLit);
            // CPython 3.11 places a format spec at the literal token holding it, not at the first one.
            Pos here = ExpressionParser.pos(tok);
            if (specLit.length() > 0) {
                specParts.add(new Expr.Constant(here, specLit.toString()));
            }
            spec = new Expr.JoinedStr(here, specParts);
        }
        if (i >= end || text.charAt(i) != '}') {
            throw error("f-string: expecting '}'");
        }
        i++;
        if (debug != null) {
            lit.append(debug);
            if (conversion == -1 && spec == null) {
                conversion = 'r';
            }
        }
        flush(out, lit);
        out.add(new Expr.FormattedValue(pos, value, conversion, spec));
    }

    private int conversion() {
        if (i >= end || text.charAt(i) != '!') {
            return -1;
        }
        i++;
        if (i >= end) {
            throw error("f-string: expecting '}'");
        }
        char c = text.charAt(i++);
        if (c != 's' && c != 'r' && c != 'a') {
            throw error("f-string: invalid conversion character: expected 's', 'r', or 'a'");
        }
        return c;
    }

    /** Scans the expression text from i (CPython's fstring_find_expr); returns its end, i left there. */
    private int scanExpression() {
        char[] stack = new char[Lexer.MAX_LEVEL];
        int nested = 0;
        char quote = 0;
        int quoteSize = 0;
        for (; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                throw error("f-string expression part cannot include a backslash");
            }
            if (quote != 0) {
                if (c == quote && (quoteSize == 1 || (i + 2 < end && text.charAt(i + 1) == c && text.charAt(i + 2) == c))) {
                    i += quoteSize - 1;
                    quote = 0;
                }
                continue;
            }
            if (c == '\'' || c == '"') {
                quote = c;
                quoteSize = i + 2 < end && text.charAt(i + 1) == c && text.charAt(i + 2) == c ? 3 : 1;
                i += quoteSize - 1;
            } else if (c == '[' || c == '{' || c == '(') {
                if (nested >= Lexer.MAX_LEVEL) {
                    throw error("f-string: too many nested parenthesis");
                }
                stack[nested++] = c;
            } else if (c == '#') {
                throw error("f-string expression part cannot include '#'");
            } else if (nested == 0 && i + 1 < end && "!=<>".indexOf(c) >= 0 && text.charAt(i + 1) == '=') {
                i++;
            } else if (nested == 0 && (c == '!' || c == ':' || c == '}' || c == '=')) {
                break;
            } else if (c == ']' || c == '}' || c == ')') {
                if (nested == 0) {
                    throw error("f-string: unmatched '" + c + "'");
                }
                char open = stack[--nested];
                if (!(open == '(' && c == ')' || open == '[' && c == ']' || open == '{' && c == '}')) {
                    throw error("f-string: closing parenthesis '" + c + "' does not match opening parenthesis '"
                            + open + "'");
                }
            }
        }
        if (quote != 0) {
            throw error("f-string: unterminated string");
        }
        if (nested > 0) {
            throw error("f-string: unmatched '" + stack[nested - 1] + "'");
        }
        if (i >= end) {
            throw error("f-string: expecting '}'");
        }
        return i;
    }

    /** Parses {@code (exprText)} with tokens positioned where the text sits in the file. */
    private Expr parseExpression(int offset, String exprText) {
        int line = tok.line();
        int lastNewline = -1;
        for (int k = 0; k < offset; k++) {
            if (text.charAt(k) == '\n') {
                line++;
                lastNewline = k;
            }
        }
        int col = lastNewline < 0 ? tok.col() + text.codePointCount(0, offset)
                : text.codePointCount(lastNewline + 1, offset);
        int startCol = col - 1;
        TokenStream sub = new TokenStream(new Lexer("(" + exprText + ")"), ep.err, line - 1, startCol);
        ExpressionParser inner = new ExpressionParser(sub, ep.depth());
        try {
            Expr e = inner.starExpressions();
            if (sub.peek().type() != TokenType.NEWLINE) {
                throw inner.fail();
            }
            return e;
        } catch (SyntaxErrorException ex) {
            throw relocate(ex, line, startCol, exprText);
        }
    }

    /**
     * CPython 3.11 reports an error inside a field against the text {@code (expr)} it parsed: the
     * line is the file's, the column counts from that opening parenthesis, and the message gets
     * the "f-string: " prefix.
     */
    private SyntaxErrorException relocate(SyntaxErrorException ex, int line, int startCol, String exprText) {
        if (ex.kind().equals("RecursionError")) {
            return ex;
        }
        String msg = ex.msg().startsWith("f-string") ? ex.msg() : "f-string: " + ex.msg();
        int offset = ex.line() == line && ex.offset() > 0 ? ex.offset() - startCol : ex.offset();
        int endOffset = ex.endLine() == line && ex.endOffset() > 0 ? ex.endOffset() - startCol : ex.endOffset();
        return new SyntaxErrorException(ex.kind(), msg, ex.filename(), ex.line(), offset, ex.endLine(), endOffset,
                "(" + exprText + ")");
    }

    private SyntaxErrorException error(String msg) {
        ep.ts.peek();
        return ep.err.at(ep.ts.furthest(), msg);
    }
}
