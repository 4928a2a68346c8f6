package org.gilkit.ast;

/**
 * A source position: 1-based line and 0-based column (in code points), as CPython's
 * {@code lineno}/{@code col_offset}. Tracebacks print the line; syntax errors print both.
 */
public record Pos(int line, int col) {
    public static final Pos NONE = new Pos(0, 0);

    @Override
    public String toString() {
        return line + ":" + col;
    }
}
