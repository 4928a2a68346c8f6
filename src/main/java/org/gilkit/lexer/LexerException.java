package org.gilkit.lexer;

/**
 * A tokenizer error, located the way CPython's tokenizer locates it: {@code line} is 1-based,
 * {@code col}/{@code endCol} are 0-based code point offsets in that line such that CPython's 1-based
 * SyntaxError offset is {@code col + 1} (the parser converts to code points and wraps this in its
 * SyntaxErrorException). {@code endCol} is -1 when CPython's end offset equals its offset, -2 when it
 * reports 0 and -3 when it reports -1. {@code kind} is SyntaxError, IndentationError or TabError.
 */
public final class LexerException extends RuntimeException {
    /** Unclosed brackets at end of file: the parser decides whether this or its own error wins. */
    public static final String UNCLOSED = "unclosed";

    private final String kind;
    private final String detail;
    private final int line;
    private final int col;
    private final int endCol;
    private final String tag;

    public LexerException(String kind, String message, int line, int col, int endCol, String tag) {
        super(message, null, false, false);
        this.kind = kind;
        this.detail = message;
        this.line = line;
        this.col = col;
        this.endCol = endCol;
        this.tag = tag;
    }

    public String kind() { return kind; }

    public String detail() { return detail; }

    public int line() { return line; }

    public int col() { return col; }

    public int endCol() { return endCol; }

    /**
     * True when CPython raises this error eagerly (its tokenizer's {@code syntaxerror()}), so that it
     * replaces a parser error found earlier in the file; indentation and line-continuation errors
     * are only reported when the parser reaches them.
     */
    public boolean overridesParserError() {
        return kind.equals("SyntaxError") && !detail.startsWith("unexpected ") && tag == null
                || (tag != null && tag.startsWith("string@"));
    }

    /** {@link #UNCLOSED} for "'(' was never closed", else null. */
    public String tag() { return tag; }
}
