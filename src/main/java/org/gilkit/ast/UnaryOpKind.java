package org.gilkit.ast;

/** Unary operators (CPython unaryop). */
public enum UnaryOpKind {
    INVERT("~"),
    NOT("not"),
    UADD("+"),
    USUB("-");

    public final String symbol;

    UnaryOpKind(String symbol) {
        this.symbol = symbol;
    }
}
