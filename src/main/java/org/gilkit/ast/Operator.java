package org.gilkit.ast;

/** Binary operators (CPython operator), with their source symbol and dunder names. */
public enum Operator {
    ADD("+", "__add__"),
    SUB("-", "__sub__"),
    MULT("*", "__mul__"),
    MATMULT("@", "__matmul__"),
    DIV("/", "__truediv__"),
    MOD("%", "__mod__"),
    POW("**", "__pow__"),
    LSHIFT("<<", "__lshift__"),
    RSHIFT(">>", "__rshift__"),
    BITOR("|", "__or__"),
    BITXOR("^", "__xor__"),
    BITAND("&", "__and__"),
    FLOORDIV("//", "__floordiv__");

    public final String symbol;
    public final String dunder;

    Operator(String symbol, String dunder) {
        this.symbol = symbol;
        this.dunder = dunder;
    }

    /** {@code __radd__} etc. */
    public String reflectedDunder() {
        return "__r" + dunder.substring(2);
    }

    /** {@code __iadd__} etc. */
    public String inplaceDunder() {
        return "__i" + dunder.substring(2);
    }
}
