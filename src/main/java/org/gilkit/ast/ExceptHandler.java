package org.gilkit.ast;

import java.util.List;

/** {@code except type as name: body}; type and name may be null (bare except). */
public record ExceptHandler(Pos pos, Expr type, String name, List<Stmt> body) implements Node {}
