package org.gilkit.compiler;

import org.gilkit.ast.Pos;
import org.gilkit.parser.SyntaxErrorException;

/**
 * The compiler's one error path (jlox's {@code error(token, message)}): builds the
 * {@link SyntaxErrorException} CPython's compiler and symtable raise ("'return' outside function",
 * "no binding for nonlocal 'x' found"...), located at a node, with the source line when the source
 * text is known. Callers throw what it returns.
 */
final class CompileErrors {
    private final String filename;
    private final String[] lines;
    private final java.util.List<String> warnings;

    CompileErrors(String filename, String source, java.util.List<String> warnings) {
        this.filename = filename;
        this.lines = source == null ? null : source.split("\r\n|\r|\n", -1);
        this.warnings = warnings;
    }

    /**
     * Records a SyntaxWarning as Python's default warning display prints it:
     * {@code file:line: SyntaxWarning: message} and the stripped source line.
     */
    void warn(Pos pos, String msg) {
        if (warnings == null) return;
        String text = lines != null && pos.line() >= 1 && pos.line() <= lines.length ? lines[pos.line() - 1] : null;
        String w = filename + ":" + pos.line() + ": SyntaxWarning: " + msg + "\n";
        if (text != null && !text.isBlank()) w += "  " + text.strip() + "\n";
        warnings.add(w);
    }

    SyntaxErrorException at(Pos pos, String msg) {
        return at(pos.line(), pos.col(), msg);
    }

    /** An error at 1-based {@code line} and 0-based column {@code col}. */
    SyntaxErrorException at(int line, int col, String msg) {
        String text = lines != null && line >= 1 && line <= lines.length ? programText(lines[line - 1]) : null;
        return new SyntaxErrorException("SyntaxError", msg, filename, line, col + 1, line, col + 1, text);
    }

    /**
     * The source line as CPython's compiler errors show it: {@code err_programtext} reads the file
     * with a 1000-byte fgets buffer, so a line longer than 999 bytes shows only its last chunk.
     */
    static String programText(String line) {
        byte[] b = (line + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        if (b.length <= 999) return line;
        int start = 999 * ((b.length - 1) / 999);
        String tail = new String(b, start, b.length - start, java.nio.charset.StandardCharsets.UTF_8);
        return tail.endsWith("\n") ? tail.substring(0, tail.length() - 1) : tail;
    }
}
