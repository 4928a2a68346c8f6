package org.gilkit.ast;

/** {@code context_expr as optional_vars} in a with statement; optionalVars may be null. */
public record WithItem(Expr contextExpr, Expr optionalVars) {}
