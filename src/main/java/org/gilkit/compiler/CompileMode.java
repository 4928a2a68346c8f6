package org.gilkit.compiler;

/**
 * What a piece of source is compiled as, CPython's {@code compile()} modes: a module body
 * ({@code 'exec'}, also every script and imported file), one expression whose value the code
 * returns ({@code 'eval'}), or an interactive statement whose top-level expression statements
 * print their value through {@code sys.displayhook} ({@code 'single'}, what a REPL compiles).
 * Chosen by {@link Compiler#compile(org.gilkit.ast.Module, String, String, java.util.List, CompileMode)}.
 */
public enum CompileMode {
    EXEC,
    EVAL,
    SINGLE
}
