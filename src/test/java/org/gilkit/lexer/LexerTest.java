package org.gilkit.lexer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The token stream itself (types and positions as CPython's tokenizer gives them to its parser);
 * the parser corpus covers everything else.
 */
class LexerTest {
    private static List<String> tokens(String src) {
        Lexer lx = new Lexer(src);
        List<String> out = new ArrayList<>();
        Token t;
        do {
            t = lx.next();
            out.add(t.type() + (t.text().isEmpty() || t.type() == TokenType.NEWLINE ? "" : " " + t.text()) + "@"
                    + t.line() + ":" + t.col());
        } while (t.type() != TokenType.ENDMARKER);
        return out;
    }

    @Test
    void indentationProducesIndentAndDedent() {
        assertEquals(List.of("NAME if@1:0", "NAME x@1:3", "COLON :@1:4", "NEWLINE@1:5", "INDENT@2:3", "NAME y@2:4",
                "NEWLINE@2:5", "DEDENT@3:-1", "NAME z@3:0", "NEWLINE@3:1", "ENDMARKER@3:-1"),
                tokens("if x:\n    y\nz\n"));
    }

    @Test
    void blankLinesCommentsAndBracketsDoNotEndStatements() {
        assertEquals(List.of("NAME x@1:0", "EQUAL =@1:2", "LPAR (@1:4", "NUMBER 1@1:5", "COMMA ,@1:6",
                "NUMBER 2@3:0", "RPAR )@3:1", "NEWLINE@3:2", "ENDMARKER@5:-1"),
                tokens("x = (1,  # c\n\n2)\n\n# end\n"));
    }

    @Test
    void backslashJoinsLines() {
        assertEquals(List.of("NAME x@1:0", "EQUAL =@1:2", "NUMBER 1@1:4", "PLUS +@1:6", "NUMBER 2@2:4",
                "NEWLINE@2:5", "ENDMARKER@2:-1"), tokens("x = 1 + \\\n    2\n"));
    }

    @Test
    void operatorsUseLongestMatch() {
        assertEquals(List.of("NAME a@1:0", "DOUBLESTAREQUAL **=@1:1", "NAME b@1:4", "RIGHTSHIFTEQUAL >>=@1:5",
                "ELLIPSIS ...@1:8", "RARROW ->@1:11", "COLONEQUAL :=@1:13", "NOTEQUAL !=@1:15", "NEWLINE@1:17",
                "ENDMARKER@1:-1"), tokens("a**=b>>=...->:=!="));
    }

    @Test
    void numbersAndStringsAreSingleTokens() {
        assertEquals(List.of("NUMBER 1_000@1:0", "NUMBER 0x_F@1:6", "NUMBER 1.5e-3@1:11", "NUMBER .5@1:18",
                "STRING rb'a'@1:21", "STRING f\"{x}\"@1:27", "STRING '''a\nb'''@1:34", "NEWLINE@2:4",
                "ENDMARKER@2:-1"), tokens("1_000 0x_F 1.5e-3 .5 rb'a' f\"{x}\" '''a\nb'''"));
    }

    @Test
    void dedentToAnUnknownLevelFails() {
        Lexer lx = new Lexer("if x:\n    a\n  b\n");
        LexerException e = assertThrows(LexerException.class, () -> {
            while (lx.next().type() != TokenType.ENDMARKER) {
                continue;
            }
        });
        assertEquals("IndentationError", e.kind());
        assertEquals("unindent does not match any outer indentation level", e.detail());
        assertEquals(3, e.line());
    }

    @Test
    void columnsCountCodePoints() {
        assertEquals(List.of("STRING '\uD83D\uDE00'@1:0", "NAME x@1:4", "NEWLINE@1:5", "ENDMARKER@1:-1"),
                tokens("'\uD83D\uDE00' x"));
    }
}
