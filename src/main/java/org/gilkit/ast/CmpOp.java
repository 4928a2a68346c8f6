package org.gilkit.ast;

/** Comparison operators (CPython cmpop). */
public enum CmpOp {
    EQ("=="),
    NOT_EQ("!="),
    LT("<"),
    LT_E("<="),
    GT(">"),
    GT_E(">="),
    IS("is"),
    IS_NOT("is not"),
    IN("in"),
    NOT_IN("not in");

    public final String symbol;

    CmpOp(String symbol) {
        this.symbol = symbol;
    }
}
