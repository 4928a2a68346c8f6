package org.gilkit.ast;

import java.util.List;

/**
 * A parameter list (CPython's ast.arguments). {@code defaults} belong to the LAST entries of
 * posonlyargs+args; {@code kwDefaults} is parallel to kwonlyargs, with null for "no default".
 * vararg and kwarg are null when absent.
 */
public record Arguments(List<Arg> posonlyargs, List<Arg> args, Arg vararg, List<Arg> kwonlyargs,
        List<Expr> kwDefaults, Arg kwarg, List<Expr> defaults) {
    public static final Arguments EMPTY =
            new Arguments(List.of(), List.of(), null, List.of(), List.of(), null, List.of());
}
