package org.gilkit.lexer;

/**
 * One token. Lines are 1-based; columns are 0-based offsets in code points within their line,
 * as CPython counts characters (and as {@link org.gilkit.ast.Pos} stores them). The end is exclusive.
 * {@code text} is the exact source text (for STRING the whole literal with prefix and quotes).
 */
public record Token(TokenType type, String text, int line, int col, int endLine, int endCol) {

    /** True for a NAME token spelled {@code word} (keywords are NAME tokens). */
    public boolean is(String word) {
        return type == TokenType.NAME && text.equals(word);
    }

    /** True for the operator token {@code t}. */
    public boolean is(TokenType t) {
        return type == t;
    }

    @Override
    public String toString() {
        return type + "(" + text + ")@" + line + ":" + col;
    }
}
