package org.gilkit.ast;

import java.util.List;

/** {@code for target in iter if ifs...} inside a comprehension; {@code async for} when {@code isAsync}. */
public record Comprehension(Expr target, Expr iter, List<Expr> ifs, boolean isAsync) {
    public Comprehension(Expr target, Expr iter, List<Expr> ifs) {
        this(target, iter, ifs, false);
    }
}
