package org.gilkit.parser;

import java.util.IdentityHashMap;
import java.util.Map;
import org.gilkit.ast.Expr;
import org.gilkit.lexer.LexerException;
import org.gilkit.lexer.Token;

/**
 * The one error path of the parser (jlox's {@code Parser.error}): every syntax error is built
 * here from a token, a node or a lexer error, located as CPython 3.11 locates it, and returned for
 * the caller to throw. It also remembers where each expression ends, for errors that highlight a
 * whole expression ("cannot assign to function call").
 */
final class Errors {
    private final SourceText source;
    private final Map<Expr, Token> ends;
    private final Map<Expr, Token> starts;

    Errors(SourceText source) {
        this.source = source;
        // About one expression per 6 characters of ordinary code: sized up front, the maps never rehash.
        int expected = Math.max(64, source.text.length() / 6);
        this.ends = new IdentityHashMap<>(expected);
        this.starts = new IdentityHashMap<>(expected);
    }

    SourceText source() {
        return source;
    }

    /** Records the first and last token of {@code e}; returns e. */
    <T extends Expr> T span(T e, Token first, Token last) {
        if (first != null) {
            starts.put(e, first);
            ends.put(e, last);
        }
        return e;
    }

    Token start(Expr e) {
        return starts.get(e);
    }

    Token end(Expr e) {
        return ends.get(e);
    }

    SyntaxErrorException at(Token t, String msg) {
        return make("SyntaxError", msg, t.line(), t.col() + 1, t.endLine(), t.endCol() + 1);
    }

    SyntaxErrorException indentation(Token t, String msg) {
        return make("IndentationError", msg, t.line(), t.col() + 1, t.endLine(), t.endCol() + 1);
    }

    /** An error highlighting from the start of token a to the end of token b. */
    SyntaxErrorException range(Token a, Token b, String msg) {
        return make("SyntaxError", msg, a.line(), a.col() + 1, b.endLine(), b.endCol() + 1);
    }

    /** An error highlighting expression e (falls back to its start position). */
    SyntaxErrorException node(Expr e, String msg) {
        Token a = starts.get(e);
        Token b = ends.get(e);
        if (a == null || b == null) {
            return make("SyntaxError", msg, e.pos().line(), e.pos().col() + 1, e.pos().line(), e.pos().col() + 1);
        }
        return range(a, b, msg);
    }

    SyntaxErrorException fromLexer(LexerException e, int lineBase, int colBase) {
        int line = e.line() + lineBase;
        int col = e.line() == 1 && e.col() >= 0 ? e.col() + colBase : e.col();
        int offset = col + 1;
        int endOffset = switch (e.endCol()) {
            case -1 -> offset;
            case -2 -> 0;
            case -3 -> -1;
            default -> (e.line() == 1 ? e.endCol() + colBase : e.endCol()) + 1;
        };
        return make(e.kind(), e.detail(), line, offset, line, endOffset);
    }

    SyntaxErrorException make(String kind, String msg, int line, int offset, int endLine, int endOffset) {
        return new SyntaxErrorException(kind, msg, source.filename, line, offset, endLine, endOffset,
                source.line(line));
    }
}
