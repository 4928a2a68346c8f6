package org.gilkit.ast;

import java.util.List;

/** {@code for target in iter if ifs...} inside a comprehension (async comprehensions are not supported). */
public record Comprehension(Expr target, Expr iter, List<Expr> ifs) {}
