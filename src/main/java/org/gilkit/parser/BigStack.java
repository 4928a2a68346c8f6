package org.gilkit.parser;

import java.util.function.Supplier;

/**
 * Runs a parse on a thread with a large stack. The parser recurses once per nesting level of the
 * program and stops at Parser.MAX_RECURSION; a big stack makes sure that limit, not the
 * caller's thread stack, is what a deeply nested program meets. Only virtual memory is reserved:
 * pages are touched as the recursion actually goes deep.
 */
final class BigStack {
    private static final long STACK_BYTES = 64L * 1024 * 1024;

    private BigStack() {}

    static <T> T run(String filename, Supplier<T> work) {
        Object[] result = new Object[1];
        Throwable[] failure = new Throwable[1];
        Thread t = new Thread(null, () -> {
            try {
                result[0] = work.get();
            } catch (StackOverflowError e) {
                failure[0] = new SyntaxErrorException("RecursionError",
                        "maximum recursion depth exceeded during compilation", filename, 0, 0, 0, 0, null);
            } catch (Throwable e) {
                failure[0] = e;
            }
        }, "gilkit-parser", STACK_BYTES);
        t.start();
        joinUninterruptibly(t);
        if (failure[0] instanceof RuntimeException r) {
            throw r;
        }
        if (failure[0] instanceof Error e) {
            throw e;
        }
        @SuppressWarnings("unchecked")
        T value = (T) result[0];
        return value;
    }

    private static void joinUninterruptibly(Thread t) {
        boolean interrupted = false;
        while (true) {
            try {
                t.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
