package org.gilkit.parser;

import org.gilkit.lexer.EscapedBytes;

/**
 * The program text and file name a parse reports errors against: it finds the text of a line for
 * SyntaxError's {@code text}. Lines are found by scanning, since errors are rare.
 */
final class SourceText {
    final String text;
    final String filename;

    SourceText(String text, String filename) {
        this.text = text;
        this.filename = filename;
    }

    /** Line {@code line} (1-based) without its newline, or null past the end. */
    String line(int line) {
        int start = 0;
        for (int i = 1; i < line; i++) {
            int nl = text.indexOf('\n', start);
            if (nl < 0) {
                return null;
            }
            start = nl + 1;
        }
        if (start > text.length() || (start == text.length() && line > 1)) {
            return null;
        }
        int end = text.indexOf('\n', start);
        if (line == 1 && text.startsWith("\uFEFF")) {
            start = 1;
        }
        return EscapedBytes.replaced(text.substring(start, end < 0 ? text.length() : end));
    }

    /** Number of the last line that has any character (CPython's line number at end of file). */
    int lastLine() {
        int lines = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n' && i + 1 < text.length()) {
                lines++;
            }
        }
        return lines;
    }
}
