package org.gilkit.parser;

/**
 * A SyntaxError (or its subclasses IndentationError and TabError) with CPython 3.11's location:
 * 1-based {@code line}, 1-based character {@code offset} (0 when CPython reports none), and the
 * end of the highlighted range ({@code endOffset} -1 or 0 when CPython reports none). {@code text}
 * is the offending source line without its newline, or null when there is none (invalid UTF-8).
 *
 * <p>{@link #format()} renders exactly what {@code python3 script.py} prints on stderr for the
 * error (CPython's {@code print_exception}/{@code print_error_text}). The kind "RecursionError"
 * is used for programs nested beyond {@link Parser#MAX_DEPTH}, which CPython rejects at compile
 * time with "maximum recursion depth exceeded during compilation" and no location.
 */
public final class SyntaxErrorException extends RuntimeException {
    private final String kind;
    private final String msg;
    private final String filename;
    private final int line;
    private final int offset;
    private final int endLine;
    private final int endOffset;
    private final String text;

    public SyntaxErrorException(String kind, String msg, String filename, int line, int offset, int endLine,
            int endOffset, String text) {
        super(kind + ": " + msg + (line > 0 ? " (" + filename + ", line " + line + ")" : ""), null, false, false);
        this.kind = kind;
        this.msg = msg;
        this.filename = filename;
        this.line = line;
        this.offset = offset;
        this.endLine = endLine;
        this.endOffset = endOffset;
        this.text = text;
    }

    /** "SyntaxError", "IndentationError", "TabError" or "RecursionError". */
    public String kind() { return kind; }

    /** The message without location (CPython's {@code e.msg}). */
    public String msg() { return msg; }

    public String filename() { return filename; }

    /** 1-based line, 0 when unknown. */
    public int line() { return line; }

    /** 1-based column in characters (CPython's {@code e.offset}), 0 when unknown. */
    public int offset() { return offset; }

    public int endLine() { return endLine; }

    public int endOffset() { return endOffset; }

    /** The source line (no newline), or null. */
    public String text() { return text; }

    /** The same error with another source text (CPython shows a huge literal itself, not its line). */
    public SyntaxErrorException withText(String newText) {
        return new SyntaxErrorException(kind, msg, filename, line, offset, endLine, endOffset, newText);
    }

    /** The same error at other columns of its line (compile() of a string, see DynamicCode). */
    public SyntaxErrorException withOffsets(int newOffset, int newEndOffset) {
        return new SyntaxErrorException(kind, msg, filename, line, newOffset, endLine, newEndOffset, text);
    }

    /** CPython's stderr text for this error, ending with a newline. */
    public String format() {
        StringBuilder sb = new StringBuilder();
        if (line > 0) {
            sb.append("  File \"").append(filename).append("\", line ").append(line).append('\n');
            if (text != null) {
                errorText(sb);
            }
        }
        return sb.append(kind).append(": ").append(msg).append('\n').toString();
    }

    /** CPython 3.11 print_exception + print_error_text: strip indentation, clip, one caret per char. */
    private void errorText(StringBuilder sb) {
        // CPython measures the line in UTF-8 bytes, newline included, for these two adjustments.
        int lineSize = text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length + 1;
        int end = endOffset;
        if (endLine > line) {
            end = lineSize;
        }
        if (end > lineSize + 1) {
            end = lineSize + 1;
        }
        int carets = (end > 0 && end > offset) ? end - offset : 1;
        int off = offset - 1;
        int i = 0;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\f')) {
            i++;
            off--;
        }
        String stripped = text.substring(i);
        if (off > stripped.length()) {
            off = stripped.length();
        }
        sb.append("    ").append(stripped).append('\n');
        if (off < 0) {
            return;
        }
        sb.append("    ").append(" ".repeat(off)).append("^".repeat(carets)).append('\n');
    }
}
