package org.gilkit.lexer;

import java.util.HashMap;
import java.util.Map;

/**
 * Token kinds of the Python 3.11 tokenizer (CPython's {@code Grammar/Tokens}). Keywords are NAME
 * tokens; the parser tells them apart by text. Operators carry their source spelling so the lexer
 * can look them up by longest match.
 */
public enum TokenType {
    NAME(null),
    NUMBER(null),
    /** A whole string literal including prefix and quotes; the parser decodes it. */
    STRING(null),
    NEWLINE(null),
    INDENT(null),
    DEDENT(null),
    ENDMARKER(null),
    /** A character that starts no token (such as {@code $} or {@code ?}): the parser reports it. */
    ERRORTOKEN(null),

    LPAR("("), RPAR(")"), LSQB("["), RSQB("]"), LBRACE("{"), RBRACE("}"),
    COLON(":"), COMMA(","), SEMI(";"), DOT("."), ELLIPSIS("..."), RARROW("->"), COLONEQUAL(":="),
    PLUS("+"), MINUS("-"), STAR("*"), SLASH("/"), VBAR("|"), AMPER("&"), LESS("<"), GREATER(">"),
    EQUAL("="), PERCENT("%"), TILDE("~"), CIRCUMFLEX("^"), AT("@"),
    EQEQUAL("=="), NOTEQUAL("!="), LESSEQUAL("<="), GREATEREQUAL(">="),
    LEFTSHIFT("<<"), RIGHTSHIFT(">>"), DOUBLESTAR("**"), DOUBLESLASH("//"),
    PLUSEQUAL("+="), MINEQUAL("-="), STAREQUAL("*="), SLASHEQUAL("/="), PERCENTEQUAL("%="),
    AMPEREQUAL("&="), VBAREQUAL("|="), CIRCUMFLEXEQUAL("^="), LEFTSHIFTEQUAL("<<="),
    RIGHTSHIFTEQUAL(">>="), DOUBLESTAREQUAL("**="), DOUBLESLASHEQUAL("//="), ATEQUAL("@=");

    /** Source spelling of an operator, null for the other kinds. */
    public final String op;

    private static final Map<String, TokenType> BY_OP = new HashMap<>();

    static {
        for (TokenType t : values()) {
            if (t.op != null) {
                BY_OP.put(t.op, t);
            }
        }
    }

    TokenType(String op) {
        this.op = op;
    }

    /** The operator spelled {@code s}, or null. */
    public static TokenType operator(String s) {
        return BY_OP.get(s);
    }
}
