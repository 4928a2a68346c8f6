package org.gilkit.ast;

/** {@code arg=value} in a call or class header; arg null means {@code **value}. */
public record Keyword(Pos pos, String arg, Expr value) implements Node {}
