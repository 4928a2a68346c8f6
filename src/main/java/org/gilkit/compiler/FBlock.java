package org.gilkit.compiler;

import java.util.List;

/**
 * A compile-time frame block (CPython's {@code fblockinfo}): one enclosing construct that a
 * {@code break}, {@code continue} or {@code return} must unwind through. Each kind says what the
 * unwinding code emits: a for loop pops its iterator, a finally body is inlined, an except
 * handler restores the previously handled exception and clears its {@code as} name, a with
 * statement calls {@code __exit__(None, None, None)} (and awaits it, for {@code async with}).
 *
 * @param handlerCount the builder's handler-stack size before this block pushed its handlers;
 *     unwinding code runs outside them
 */
record FBlock(Kind kind, Label start, Label exit, int handlerCount, List<org.gilkit.ast.Stmt> finalBody,
        String name) {
    enum Kind {
        WHILE_LOOP,
        FOR_LOOP,
        TRY_EXCEPT,
        FINALLY_TRY,
        FINALLY_END,
        WITH,
        /** An {@code async with}: unwinding awaits {@code __aexit__(None, None, None)}. */
        ASYNC_WITH,
        /** The except clauses of a try (CPython counts it toward the nesting limit; no exit code). */
        EXCEPTION_HANDLER,
        HANDLER_CLEANUP
    }

    /** CPython's CO_MAXBLOCKS: deeper nesting is "too many statically nested blocks". */
    static final int MAX_BLOCKS = 20;

    boolean isLoop() {
        return kind == Kind.WHILE_LOOP || kind == Kind.FOR_LOOP;
    }
}
