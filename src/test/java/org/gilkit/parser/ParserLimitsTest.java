package org.gilkit.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gilkit.ast.Expr;
import org.gilkit.ast.Module;
import org.gilkit.ast.Stmt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile inputs too big for golden files: each must end in a SyntaxErrorException with CPython's
 * message (or parse), never a StackOverflowError, OutOfMemoryError or hang. The messages are the
 * ones python3 3.11 prints for the same inputs (checked when this test was written; the small
 * versions of each case are golden files under parser/bad/limit_*).
 */
class ParserLimitsTest {
    private static SyntaxErrorException error(String source) {
        return assertThrows(SyntaxErrorException.class, () -> Parser.parse(source, "t.py"));
    }

    @Test
    void tenThousandNestedParenthesesHitTheTokenizerLimit() {
        SyntaxErrorException e = error("x = " + "(".repeat(10_000) + "1" + ")".repeat(10_000) + "\n");
        assertEquals("SyntaxError", e.kind());
        assertEquals("too many nested parentheses", e.msg());
        assertEquals(205, e.offset());
    }

    @Test
    void tenThousandNestedListsHitTheTokenizerLimit() {
        assertEquals("too many nested parentheses", error("[".repeat(10_000) + "]".repeat(10_000)).msg());
    }

    @Test
    void aHundredThousandTermSumIsARecursionError() {
        StringBuilder sb = new StringBuilder("x = 1");
        sb.append("+1".repeat(100_000)).append('\n');
        SyntaxErrorException e = error(sb.toString());
        assertEquals("RecursionError", e.kind());
        assertEquals("RecursionError: maximum recursion depth exceeded during compilation\n", e.format());
    }

    @Test
    void deepUnaryNotLambdaAndConditionalChainsAreRecursionErrors() {
        assertEquals("RecursionError", error("x = " + "-".repeat(100_000) + "1\n").kind());
        assertEquals("RecursionError", error("x = " + "not ".repeat(100_000) + "x\n").kind());
        assertEquals("RecursionError", error("x = " + "lambda: ".repeat(100_000) + "1\n").kind());
        assertEquals("RecursionError", error("x = " + "1 if 1 else ".repeat(100_000) + "1\n").kind());
        assertEquals("RecursionError", error("x = 2" + "**2".repeat(100_000) + "\n").kind());
        assertEquals("RecursionError", error("x = a" + ".b".repeat(100_000) + "\n").kind());
        assertEquals("RecursionError", error("x = f" + "()".repeat(100_000) + "\n").kind());
    }

    @Test
    void theDepthLimitIsExactlyCPythons() {
        Module ok = Parser.parse("x = " + "-".repeat(2998) + "1\n", "t.py");
        assertEquals(1, ok.body().size());
        assertEquals("RecursionError", error("x = " + "-".repeat(2999) + "1\n").kind());
    }

    @Test
    void hugeFlatProgramsParse() {
        String longList = "x = [" + "1, ".repeat(200_000) + "]\n";
        Stmt.Assign a = (Stmt.Assign) Parser.parse(longList, "t.py").body().get(0);
        assertEquals(200_000, ((Expr.ListExpr) a.value()).elts().size());
        String longString = "s = '" + "a".repeat(1_000_000) + "'\n";
        Stmt.Assign b = (Stmt.Assign) Parser.parse(longString, "t.py").body().get(0);
        assertEquals(1_000_000, ((String) ((Expr.Constant) b.value()).value()).length());
    }

    @Test
    void hugeIntegerLiteralsBecomeBigIntegersUpTo4300Digits() {
        Stmt.Assign a = (Stmt.Assign) Parser.parse("x = " + "9".repeat(4300) + "\n", "t.py").body().get(0);
        assertEquals(new java.math.BigInteger("9".repeat(4300)), ((Expr.Constant) a.value()).value());
        Stmt.Assign hex = (Stmt.Assign) Parser.parse("x = 0x" + "f".repeat(10_000) + "\n", "t.py").body().get(0);
        assertEquals(40_000, ((java.math.BigInteger) ((Expr.Constant) hex.value()).value()).bitLength());
        assertTrue(error("x = " + "9".repeat(4301) + "\n").msg().startsWith("Exceeds the limit (4300 digits)"));
    }

    @Test
    void invalidUtf8NamesTheByteAndLine(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("bad.py");
        Files.write(f, new byte[] {'x', '=', '1', '\n', 'y', '=', (byte) 0xff, '\n'});
        SyntaxErrorException e = assertThrows(SyntaxErrorException.class, () -> Parser.parseFile(f));
        assertEquals("SyntaxError: Non-UTF-8 code starting with '\\xff' in file " + f + " on line 2, but no encoding "
                + "declared; see https://peps.python.org/pep-0263/ for details\n", e.format());
    }

    @Test
    void nullBytesAreRejected() {
        SyntaxErrorException e = assertThrows(SyntaxErrorException.class,
                () -> Parser.parseBytes("x = 1\0\n".getBytes(StandardCharsets.UTF_8), "t.py"));
        assertEquals("source code cannot contain null bytes", e.msg());
    }

    @Test
    void aCodingCookieSelectsTheCharset() {
        byte[] latin1 = "# -*- coding: latin-1 -*-\ns = '\u00e9'\n".getBytes(StandardCharsets.ISO_8859_1);
        Stmt.Assign a = (Stmt.Assign) Parser.parseBytes(latin1, "t.py").body().get(0);
        assertEquals("\u00e9", ((Expr.Constant) a.value()).value());
        SyntaxErrorException e = assertThrows(SyntaxErrorException.class,
                () -> Parser.parseBytes("# coding: foobar\nx = 1\n".getBytes(StandardCharsets.UTF_8), "t.py"));
        assertEquals("SyntaxError: encoding problem: foobar\n", e.format());
    }

    @Test
    void unsupportedFeaturesSaySo() {
        assertTrue(error("match x:\n    case 1:\n        pass\n").msg().contains("match statement is not supported"));
        assertTrue(error("x = 1j\n").msg().contains("imaginary literals"));
        assertTrue(error("try:\n    pass\nexcept* E:\n    pass\n").msg().contains("'except*' is not supported"));
    }

    @Test
    void matchAndCaseStayOrdinaryNames() {
        Module m = Parser.parse("match = 1\ncase = match(2)\nmatch.x = [match]\n", "t.py");
        assertEquals(3, m.body().size());
    }
}
