package org.gilkit.ast;

/** One parameter; annotation may be null (it is parsed and ignored at run time). */
public record Arg(Pos pos, String arg, Expr annotation) implements Node {}
