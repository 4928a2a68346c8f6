package org.gilkit.lexer;

/**
 * Python 3.11's tokenizer (CPython {@code Parser/tokenizer.c}) over a decoded source string: it
 * produces NAME, NUMBER, STRING, operators, NEWLINE, INDENT/DEDENT and ENDMARKER on demand, one
 * token per {@link #next()} call, so that the parser sees tokenizer errors in the same order as
 * CPython does. It handles implicit line joining inside brackets, backslash continuation,
 * comments, blank lines, tabs (to multiples of 8, with CPython's tab-size-1 consistency check)
 * and the bracket stack used for CPython's "was never closed" / "unmatched" messages.
 *
 * <p>String literals are delimited but not decoded here (the parser decodes escapes and f-strings,
 * as CPython's parser does). Errors are {@link LexerException}s located as CPython locates them.
 * Limits are CPython's: {@value #MAX_INDENT} indentation levels, {@value #MAX_LEVEL} nested
 * brackets. Wired in by {@code org.gilkit.parser.Parser}.
 */
public final class Lexer {
    /** CPython's MAXINDENT: "too many levels of indentation" beyond it. */
    public static final int MAX_INDENT = 100;
    /** CPython's MAXLEVEL: "too many nested parentheses" beyond it. */
    public static final int MAX_LEVEL = 200;

    private static final int TABSIZE = 8;

    private final String src;
    private final int n;
    /** True if the source has characters outside the BMP, whose columns need code point counting. */
    private final boolean astral;
    private int pos;
    private int line = 1;
    private int lineStart;

    private boolean atBol = true;
    /** Index of the comment just skipped on this line, or -1: CPython's NEWLINE token starts there. */
    private int commentStart = -1;
    private boolean lineHasTokens;
    private final int[] indents = new int[MAX_INDENT + 1];
    private final int[] altIndents = new int[MAX_INDENT + 1];
    private int indent;
    /** Positive: INDENTs to emit; negative: DEDENTs to emit. */
    private int pending;

    private final char[] parens = new char[MAX_LEVEL];
    private final int[] parenLines = new int[MAX_LEVEL];
    private final int[] parenCols = new int[MAX_LEVEL];
    private int level;
    private boolean done;

    /** @param source the decoded program text; a leading BOM is skipped, CR LF and CR read as LF. */
    public Lexer(String source) {
        this.src = normalizeNewlines(source);
        this.n = src.length();
        this.astral = hasSurrogates(src);
        if (n > 0 && src.charAt(0) == '\uFEFF') {
            pos = 1;
            lineStart = 1;
        }
    }

    /** The source as the lexer sees it (newlines normalized), for error lines. */
    public String source() {
        return src;
    }

    private static boolean hasSurrogates(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isSurrogate(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The column (in code points, as CPython counts characters) of index {@code at} in the line at {@code start}. */
    private int col(int start, int at) {
        return astral ? src.codePointCount(start, at) : at - start;
    }

    private static String normalizeNewlines(String s) {
        if (s.indexOf('\r') < 0) {
            return s;
        }
        return s.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** The next token; after ENDMARKER it keeps returning ENDMARKER. */
    public Token next() {
        if (pending != 0) {
            return pendingToken();
        }
        return scan();
    }

    // ---------------------------------------------------------------- indentation

    private void indentation() {
        int col = 0;
        int altcol = 0;
        while (pos < n) {
            char c = src.charAt(pos);
            if (c == ' ') {
                col++;
                altcol++;
            } else if (c == '\t') {
                col = (col / TABSIZE + 1) * TABSIZE;
                altcol = altcol + 1;
            } else if (c == '\f') {
                col = 0;
                altcol = 0;
            } else {
                break;
            }
            pos++;
        }
        char c = pos < n ? src.charAt(pos) : '\0';
        // As CPython 3.11: a line continuation at the start of a line is not an indentation.
        boolean blank = pos >= n || c == '#' || c == '\n' || c == '\\';
        if (!blank && level == 0) {
            compareIndent(col, altcol);
        }
    }

    private void compareIndent(int col, int altcol) {
        if (col == indents[indent]) {
            if (altcol != altIndents[indent]) {
                throw tabError();
            }
        } else if (col > indents[indent]) {
            if (indent + 1 >= MAX_INDENT) {
                throw new LexerException("IndentationError", "too many levels of indentation", line,
                        -1, -3, null);
            }
            if (altcol <= altIndents[indent]) {
                throw tabError();
            }
            pending++;
            indent++;
            indents[indent] = col;
            altIndents[indent] = altcol;
        } else {
            while (indent > 0 && col < indents[indent]) {
                pending--;
                indent--;
            }
            if (col != indents[indent]) {
                throw new LexerException("IndentationError",
                        "unindent does not match any outer indentation level", line, lineEndCol(), -3, null);
            }
            if (altcol != altIndents[indent]) {
                throw tabError();
            }
        }
    }

    private LexerException tabError() {
        return new LexerException("TabError", "inconsistent use of tabs and spaces in indentation", line, 0, -2,
                null);
    }

    /** Column of the end of the current line (CPython puts the cursor there for indentation errors). */
    private int lineEndCol() {
        int e = src.indexOf('\n', lineStart);
        return col(lineStart, e < 0 ? n : e);
    }

    private Token pendingToken() {
        // CPython gives these tokens no column; errors at them point at the tokenizer's cursor,
        // just after the indentation (so a caret is never printed under them).
        int cursor = col(lineStart, pos) - 1;
        if (pending > 0) {
            pending--;
            return new Token(TokenType.INDENT, "", line, cursor, line, -2);
        }
        pending++;
        return new Token(TokenType.DEDENT, "", line, cursor, line, -2);
    }

    // ---------------------------------------------------------------- main scanner

    private Token scan() {
        while (true) {
            if (atBol) {
                atBol = false;
                indentation();
                if (pending != 0) {
                    return pendingToken();
                }
            }
            skipSpaceAndComment();
            if (pos >= n) {
                return endOfInput();
            }
            char c = src.charAt(pos);
            if (c == '\n') {
                Token t = newline();
                if (t != null) {
                    return t;
                }
                continue;
            }
            if (c == '\\') {
                continuation();
                continue;
            }
            lineHasTokens = true;
            return token(c);
        }
    }

    private void skipSpaceAndComment() {
        commentStart = -1;
        while (pos < n) {
            char c = src.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\f') {
                pos++;
            } else if (c == '#') {
                commentStart = pos;
                while (pos < n && src.charAt(pos) != '\n') {
                    pos++;
                }
            } else {
                return;
            }
        }
    }

    /** A NEWLINE token at the end of a logical line, or null for a newline that ends no statement. */
    private Token newline() {
        int col = col(lineStart, commentStart >= 0 ? commentStart : pos);
        int endCol = col(lineStart, pos);
        int ln = line;
        pos++;
        line++;
        lineStart = pos;
        if (level > 0) {
            return null;
        }
        atBol = true;
        if (!lineHasTokens) {
            return null;
        }
        lineHasTokens = false;
        return new Token(TokenType.NEWLINE, "\n", ln, col, ln, endCol);
    }

    private void continuation() {
        int col = col(lineStart, pos);
        if (pos + 1 >= n) {
            throw new LexerException("SyntaxError", "unexpected EOF while parsing", line, col + 1, -3, null);
        }
        if (src.charAt(pos + 1) != '\n') {
            throw new LexerException("SyntaxError", "unexpected character after line continuation character",
                    line, col + 1, -2, null);
        }
        pos += 2;
        line++;
        lineStart = pos;
        if (pos >= n) {
            throw new LexerException("SyntaxError", "unexpected EOF while parsing", line, 0, -3, null);
        }
    }

    private Token endOfInput() {
        if (level > 0) {
            int i = level - 1;
            throw new LexerException("SyntaxError", "'" + parens[i] + "' was never closed", parenLines[i],
                    parenCols[i], -2, LexerException.UNCLOSED);
        }
        int col = col(lineStart, pos);
        if (lineHasTokens) {
            lineHasTokens = false;
            int start = commentStart >= 0 ? col(lineStart, commentStart) : col;
            return new Token(TokenType.NEWLINE, "", line, start, line, col);
        }
        if (indent > 0) {
            indent--;
            return new Token(TokenType.DEDENT, "", line, 0, line, -2);
        }
        done = true;
        int last = n > 0 && src.charAt(n - 1) == '\n' && line > 1 ? line - 1 : line;
        return new Token(TokenType.ENDMARKER, "", last, -1, last, -2);
    }

    /** True once ENDMARKER has been returned. */
    public boolean isDone() {
        return done;
    }

    private Token token(char c) {
        if (isIdentifierStart(c)) {
            return nameOrString();
        }
        if (isDigit(c) || (c == '.' && pos + 1 < n && isDigit(src.charAt(pos + 1)))) {
            return number();
        }
        if (c == '"' || c == '\'') {
            return string(pos);
        }
        return operator(c);
    }

    // ---------------------------------------------------------------- names and strings

    private static boolean isIdentifierStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128;
    }

    private static boolean isIdentifierChar(char c) {
        return isIdentifierStart(c) || isDigit(c);
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private Token nameOrString() {
        int start = pos;
        boolean sawB = false;
        boolean sawR = false;
        boolean sawU = false;
        boolean sawF = false;
        while (pos < n) {
            char c = src.charAt(pos);
            if (!sawB && !sawU && !sawF && (c == 'b' || c == 'B')) {
                sawB = true;
            } else if (!sawB && !sawU && !sawR && !sawF && (c == 'u' || c == 'U')) {
                sawU = true;
            } else if (!sawR && !sawU && (c == 'r' || c == 'R')) {
                sawR = true;
            } else if (!sawF && !sawB && !sawU && (c == 'f' || c == 'F')) {
                sawF = true;
            } else {
                break;
            }
            pos++;
            if (pos < n && (src.charAt(pos) == '"' || src.charAt(pos) == '\'')) {
                return string(start);
            }
        }
        return name(start);
    }

    private Token name(int start) {
        boolean ascii = true;
        while (pos < n) {
            char c = src.charAt(pos);
            if (c < 128) {
                if (!isIdentifierChar(c)) {
                    break;
                }
                pos++;
            } else if (EscapedBytes.isEscape(c)) {
                ascii = false;
                pos++; // CPython's tokenizer takes any byte >= 0x80 into a name and decodes it after
            } else {
                ascii = false;
                int cp = src.codePointAt(pos);
                if (!Character.isUnicodeIdentifierPart(cp) || Character.isIdentifierIgnorable(cp)) {
                    break;
                }
                pos += Character.charCount(cp);
            }
        }
        if (pos == start) {
            throw invalidCharacter();
        }
        String text = src.substring(start, pos);
        if (astral && EscapedBytes.firstEscape(src, start, pos) >= 0) {
            throw undecodable(text, line, col(lineStart, start));
        }
        if (!ascii) {
            // PEP 3131: identifiers are compared in NFKC form (ｗｉｄｔｈ is width).
            text = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC);
        }
        if (start < n && src.charAt(start) >= 128) {
            int cp = src.codePointAt(start);
            if (!Character.isUnicodeIdentifierStart(cp)) {
                pos = start;
                throw invalidCharacter();
            }
        }
        return make(TokenType.NAME, text, start);
    }

    private LexerException invalidCharacter() {
        int cp = src.codePointAt(pos);
        int col = col(lineStart, pos);
        pos += Character.charCount(cp);
        String hex = String.format("%04X", cp);
        String msg = isPrintable(cp) ? "invalid character '" + new String(Character.toChars(cp)) + "' (U+" + hex + ")"
                : "invalid non-printable character U+" + hex;
        return new LexerException("SyntaxError", msg, line, col, -1, null);
    }

    private static boolean isPrintable(int cp) {
        switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                    Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.SPACE_SEPARATOR:
                return cp == ' ';
            default:
                return true;
        }
    }

    /** A string literal whose prefix starts at {@code start}; pos is at the opening quote. */
    private Token string(int start) {
        int firstLine = line;
        int firstLineStart = lineStart;
        char quote = src.charAt(pos);
        int quoteSize = 1;
        if (pos + 2 < n && src.charAt(pos + 1) == quote && src.charAt(pos + 2) == quote) {
            quoteSize = 3;
        }
        pos += quoteSize;
        int endQuotes = 0;
        while (endQuotes < quoteSize) {
            if (pos >= n || (quoteSize == 1 && src.charAt(pos) == '\n')) {
                throw unterminated(quoteSize, col(firstLineStart, start), firstLine);
            }
            char c = src.charAt(pos++);
            if (c == quote) {
                endQuotes++;
                continue;
            }
            endQuotes = 0;
            if (c == '\n') {
                newlineInToken();
            } else if (c == '\\' && pos < n) {
                if (src.charAt(pos++) == '\n') {
                    newlineInToken();
                }
            }
        }
        String text = src.substring(start, pos);
        if (astral) {
            checkDecodable(start, pos, quoteSize);
        }
        return new Token(TokenType.STRING, text, firstLine, col(firstLineStart, start), line, col(lineStart, pos));
    }

    /**
     * A str literal holding bytes that are not UTF-8 (see {@link EscapedBytes}) fails as CPython
     * decodes it: the whole body at once for a plain or raw literal, but run by run of non-ASCII
     * bytes when escapes are processed (a literal with a backslash, every f-string literal part),
     * which is what the reported position counts from. Bytes literals are left to the parser
     * ("bytes can only contain ASCII literal characters"). Reported on the literal's last line.
     */
    private void checkDecodable(int start, int end, int quoteSize) {
        int open = start;
        while (src.charAt(open) != '"' && src.charAt(open) != '\'') {
            open++;
        }
        String prefix = src.substring(start, open).toLowerCase(java.util.Locale.ROOT);
        int bodyStart = open + quoteSize;
        int bodyEnd = end - quoteSize;
        int bad = EscapedBytes.firstEscape(src, bodyStart, bodyEnd);
        if (bad < 0 || prefix.contains("b")) {
            return;
        }
        String body = src.substring(bodyStart, bodyEnd);
        boolean runs = !prefix.contains("r") && (prefix.contains("f") || body.indexOf('\\') >= 0);
        if (runs) {
            int from = bad;
            while (from > bodyStart && src.charAt(from - 1) >= 128) {
                from--;
            }
            int to = bad;
            while (to < bodyEnd && src.charAt(to) >= 128) {
                to++;
            }
            body = src.substring(from, to);
        }
        int col = bad >= lineStart ? col(lineStart, bad) : 0;
        throw undecodable(body, line, col);
    }

    private static LexerException undecodable(String text, int line, int col) {
        String why = Utf8Errors.message(EscapedBytes.encode(text));
        return new LexerException("SyntaxError", "(unicode error) " + why, line, col, -1, null);
    }

    private void newlineInToken() {
        line++;
        lineStart = pos;
    }

    private LexerException unterminated(int quoteSize, int col, int firstLine) {
        int detected = line;
        if (pos >= n && src.charAt(n - 1) == '\n') {
            detected = line - 1;
        }
        String what = quoteSize == 3 ? "unterminated triple-quoted string literal" : "unterminated string literal";
        return new LexerException("SyntaxError", what + " (detected at line " + detected + ")", firstLine, col,
                -1, "string@" + firstLine);
    }

    // ---------------------------------------------------------------- numbers

    private Token number() {
        int start = pos;
        char c = src.charAt(pos);
        if (c == '0' && pos + 1 < n) {
            char x = Character.toLowerCase(src.charAt(pos + 1));
            if (x == 'x' || x == 'o' || x == 'b') {
                pos += 2;
                radixDigits(x);
                return make(TokenType.NUMBER, src.substring(start, pos), start);
            }
        }
        if (c == '.') {
            pos++;
            decimalTail();
            exponentAndImaginary();
            return make(TokenType.NUMBER, src.substring(start, pos), start);
        }
        decimalTail();
        boolean leadingZero = c == '0';
        char d = peek();
        if (d == '.') {
            pos++;
            if (isDigit(peek())) {
                decimalTail();
            }
        } else if (leadingZero && d != 'e' && d != 'E' && d != 'j' && d != 'J') {
            checkLeadingZeros(start);
        }
        exponentAndImaginary();
        return make(TokenType.NUMBER, src.substring(start, pos), start);
    }

    private void checkLeadingZeros(int start) {
        int zerosEnd = start;
        while (zerosEnd < pos && (src.charAt(zerosEnd) == '0' || src.charAt(zerosEnd) == '_')) {
            zerosEnd++;
        }
        if (zerosEnd < pos) {
            throw new LexerException("SyntaxError",
                    "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal "
                            + "integers", line, col(lineStart, start), col(lineStart, zerosEnd), null);
        }
        verifyEnd("decimal");
    }

    private char peek() {
        return pos < n ? src.charAt(pos) : '\0';
    }

    /** Digits with single underscores between them (CPython tok_decimal_tail). */
    private void decimalTail() {
        while (true) {
            while (isDigit(peek())) {
                pos++;
            }
            if (peek() != '_') {
                return;
            }
            pos++;
            if (!isDigit(peek())) {
                throw errorAtCursor("invalid decimal literal");
            }
        }
    }

    private void exponentAndImaginary() {
        char c = peek();
        if (c == 'e' || c == 'E') {
            int ePos = pos;
            pos++;
            char s = peek();
            if (s == '+' || s == '-') {
                pos++;
                if (!isDigit(peek())) {
                    throw errorAtCursor("invalid decimal literal");
                }
            } else if (!isDigit(s)) {
                pos = ePos;
                verifyEnd("decimal");
                return;
            }
            decimalTail();
            c = peek();
        }
        if (c == 'j' || c == 'J') {
            pos++;
            verifyEnd("imaginary");
        } else {
            verifyEnd("decimal");
        }
    }

    private void radixDigits(char x) {
        String kind = x == 'x' ? "hexadecimal" : x == 'o' ? "octal" : "binary";
        do {
            if (peek() == '_') {
                pos++;
            }
            if (!isRadixDigit(x, peek())) {
                throwBadDigit(x, kind);
            }
            while (isRadixDigit(x, peek())) {
                pos++;
            }
        } while (peek() == '_');
        if (x != 'x' && isDigit(peek())) {
            throwBadDigit(x, kind);
        }
        verifyEnd(kind);
    }

    private void throwBadDigit(char x, String kind) {
        char c = peek();
        if (x != 'x' && isDigit(c)) {
            pos++;
            throw errorAtCursor("invalid digit '" + c + "' in " + kind + " literal");
        }
        throw errorAtCursor("invalid " + kind + " literal");
    }

    private static boolean isRadixDigit(char x, char c) {
        switch (x) {
            case 'x':
                return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
            case 'o':
                return c >= '0' && c <= '7';
            default:
                return c == '0' || c == '1';
        }
    }

    /**
     * CPython's verify_end_of_number: a literal directly followed by an identifier character is an
     * error, except before the keywords that may follow a number (1if x else y), which 3.11 accepts.
     */
    private void verifyEnd(String kind) {
        char c = peek();
        if (!isIdentifierChar(c)) {
            return;
        }
        if (startsKeyword()) {
            return;
        }
        throw errorAtCursor("invalid " + kind + " literal");
    }

    private boolean startsKeyword() {
        for (String kw : new String[] {"and", "else", "for", "if", "in", "is", "or", "not"}) {
            if (src.startsWith(kw, pos)) {
                return true;
            }
        }
        return false;
    }

    /** CPython's syntaxerror(): the offset is the cursor, so the caret sits on the last char read. */
    private LexerException errorAtCursor(String msg) {
        int col = col(lineStart, pos);
        return new LexerException("SyntaxError", msg, line, col - 1, -1, null);
    }

    // ---------------------------------------------------------------- operators and brackets

    private Token operator(char c) {
        int start = pos;
        if (c == '<' && pos + 1 < n && src.charAt(pos + 1) == '>') {
            // CPython tokenizes the Python 2 spelling of != (PEP 401) and lets its parser reject it.
            pos += 2;
            return make(TokenType.NOTEQUAL, "<>", start);
        }
        for (int len = 3; len >= 1; len--) {
            if (pos + len <= n) {
                TokenType t = TokenType.operator(src.substring(pos, pos + len));
                if (t != null) {
                    pos += len;
                    bracket(c, start);
                    return make(t, t.op, start);
                }
            }
        }
        if (c >= 128) {
            throw invalidCharacter();
        }
        pos++;
        return make(TokenType.ERRORTOKEN, String.valueOf(c), start);
    }

    private void bracket(char c, int start) {
        int col = col(lineStart, start);
        if (c == '(' || c == '[' || c == '{') {
            if (level >= MAX_LEVEL) {
                throw new LexerException("SyntaxError", "too many nested parentheses", line, col, -1, null);
            }
            parens[level] = c;
            parenLines[level] = line;
            parenCols[level] = col;
            level++;
        } else if (c == ')' || c == ']' || c == '}') {
            if (level == 0) {
                throw new LexerException("SyntaxError", "unmatched '" + c + "'", line, col, -1, null);
            }
            level--;
            char open = parens[level];
            if (!(open == '(' && c == ')' || open == '[' && c == ']' || open == '{' && c == '}')) {
                String msg = "closing parenthesis '" + c + "' does not match opening parenthesis '" + open + "'";
                if (parenLines[level] != line) {
                    msg += " on line " + parenLines[level];
                }
                throw new LexerException("SyntaxError", msg, line, col, -1, null);
            }
        }
    }

    private Token make(TokenType type, String text, int start) {
        return new Token(type, text, line, col(lineStart, start), line, col(lineStart, pos));
    }
}
