package org.gilkit.parser;

import java.util.ArrayList;
import java.util.List;
import org.gilkit.lexer.Lexer;
import org.gilkit.lexer.LexerException;
import org.gilkit.lexer.Token;
import org.gilkit.lexer.TokenType;

/**
 * The parser's view of the token sequence: tokens are pulled from the {@link Lexer} on demand and
 * kept, so the parser can look ahead and backtrack by index (CPython's {@code p->tokens}), and the
 * furthest token fetched is known: that is where CPython reports a plain "invalid syntax".
 * Tokens of an f-string's embedded expression are shifted by {@code lineBase}/{@code colBase} so
 * they carry their position in the file.
 */
final class TokenStream {
    private final Lexer lexer;
    private final List<Token> tokens;
    private final int lineBase;
    private final int colBase;
    final Errors errors;
    int p;
    /** Set once the lexer has failed: its state is then unusable. */
    boolean lexerFailed;

    TokenStream(Lexer lexer, Errors errors, int lineBase, int colBase) {
        this.lexer = lexer;
        this.errors = errors;
        // About one token per 4 characters of ordinary code: sized up front, the list never regrows.
        this.tokens = new ArrayList<>(Math.max(16, lexer.source().length() / 4));
        this.lineBase = lineBase;
        this.colBase = colBase;
    }

    Token peek() {
        return at(p);
    }

    Token peek(int k) {
        return at(p + k);
    }

    Token at(int i) {
        while (tokens.size() <= i) {
            if (!tokens.isEmpty() && tokens.get(tokens.size() - 1).type() == TokenType.ENDMARKER) {
                return tokens.get(tokens.size() - 1);
            }
            tokens.add(shift(fetch()));
        }
        return tokens.get(i);
    }

    private Token fetch() {
        try {
            return lexer.next();
        } catch (LexerException e) {
            lexerFailed = true;
            throw errors.fromLexer(e, lineBase, colBase);
        }
    }

    private Token shift(Token t) {
        if (lineBase == 0 && colBase == 0) {
            return t;
        }
        int col = t.line() == 1 && t.col() >= 0 ? t.col() + colBase : t.col();
        int endCol = t.endLine() == 1 && t.endCol() >= 0 ? t.endCol() + colBase : t.endCol();
        return new Token(t.type(), t.text(), t.line() + lineBase, col, t.endLine() + lineBase, endCol);
    }

    Token next() {
        Token t = peek();
        p++;
        return t;
    }

    /** The token before the current one (the last one consumed). */
    Token prev() {
        return tokens.get(p - 1);
    }

    boolean check(TokenType t) {
        return peek().type() == t;
    }

    boolean check(String keyword) {
        return peek().is(keyword);
    }

    boolean match(TokenType t) {
        if (check(t)) {
            p++;
            return true;
        }
        return false;
    }

    boolean match(String keyword) {
        if (check(keyword)) {
            p++;
            return true;
        }
        return false;
    }

    /**
     * For speculative parses that catch a SyntaxError and try something else: errors from the
     * lexer (whose state is then spent) and depth overflows are final and rethrown.
     */
    void rethrowIfFinal(SyntaxErrorException e) {
        if (lexerFailed || e.kind().equals("RecursionError")) {
            throw e;
        }
    }

    /** The furthest token fetched so far: CPython's location for a plain "invalid syntax". */
    Token furthest() {
        return tokens.get(tokens.size() - 1);
    }

    /**
     * After a parser error, read the rest of the file as CPython does
     * ({@code _PyPegen_tokenize_full_source_to_check_for_errors}): a tokenizer error found there
     * replaces the parser's error.
     */
    SyntaxErrorException checkRest(SyntaxErrorException parserError) {
        if (!tokens.isEmpty() && tokens.get(tokens.size() - 1).type() == TokenType.ENDMARKER) {
            return parserError;
        }
        int furthestLine = tokens.isEmpty() ? 0 : furthest().line();
        try {
            while (true) {
                Token t = lexer.next();
                if (t.type() == TokenType.ENDMARKER) {
                    return parserError;
                }
            }
        } catch (LexerException e) {
            if (LexerException.UNCLOSED.equals(e.tag())) {
                return furthestLine > e.line() + lineBase ? errors.fromLexer(e, lineBase, colBase) : parserError;
            }
            return e.overridesParserError() ? errors.fromLexer(e, lineBase, colBase) : parserError;
        }
    }
}
