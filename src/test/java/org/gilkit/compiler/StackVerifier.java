package org.gilkit.compiler;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/**
 * Test oracle for the compiler: follows every path through a {@link Code} (jumps both ways,
 * exception handlers from every covered instruction) and checks that each instruction is always
 * reached with the same stack depth, that the depth stays within [0, maxStack], that operands
 * index their tables, and that handler depths fit. Returns null or the first problem found.
 */
final class StackVerifier {
    private StackVerifier() {}

    static String verify(Code c) {
        int[] depthAt = new int[c.code.length];
        Arrays.fill(depthAt, -1);
        Deque<int[]> work = new ArrayDeque<>();
        work.push(new int[] {0, 0});
        while (!work.isEmpty()) {
            int[] w = work.pop();
            int pc = w[0];
            int depth = w[1];
            if (pc < 0 || pc >= c.code.length) return c.qualname + ": jump out of code to " + pc;
            if (depthAt[pc] >= 0) {
                if (depthAt[pc] != depth) {
                    return c.qualname + ": offset " + pc + " reached with depth " + depth + " and " + depthAt[pc];
                }
                continue;
            }
            depthAt[pc] = depth;
            OpCode op = OpCode.of(c.code[pc]);
            int arg = op.hasOperand() ? c.code[pc + 1] : 0;
            String bad = checkOperand(c, op, arg, depth);
            if (bad != null) return c.qualname + ": offset " + pc + " " + op + ": " + bad;
            int h = c.handlerFor(pc);
            if (h >= 0) {
                int hd = c.exceptionTable[h + 3];
                if (hd > depth + 1 || hd < 0) {
                    return c.qualname + ": offset " + pc + " handler depth " + hd + " but stack depth " + depth;
                }
                work.push(new int[] {c.exceptionTable[h + 2], hd + 1});
            }
            int next = depth + op.stackEffect(arg, false);
            if (next < 0) return c.qualname + ": offset " + pc + " " + op + " underflows";
            if (next > c.maxStack) return c.qualname + ": offset " + pc + " exceeds maxStack " + c.maxStack;
            if (op.isJump()) {
                int jd = depth + op.stackEffect(arg, true);
                if (jd > c.maxStack) return c.qualname + ": jump depth exceeds maxStack";
                work.push(new int[] {arg, jd});
            }
            if (!op.isTerminal()) work.push(new int[] {op.next(pc), next});
        }
        for (Object k : c.constants) {
            if (k instanceof Code nested) {
                String r = verify(nested);
                if (r != null) return r;
            }
        }
        return null;
    }

    private static String checkOperand(Code c, OpCode op, int arg, int depth) {
        switch (op.operand) {
            case CONST: return arg < c.constants.length ? null : "const index " + arg;
            case NAME: return arg < c.names.length ? null : "name index " + arg;
            case LOCAL: return arg < c.varnames.length ? null : "local index " + arg;
            case CELL: return arg < c.cellCount() ? null : "cell index " + arg;
            case DEPTH: return arg <= depth ? null : "depth operand " + arg + " > stack " + depth;
            default: return null;
        }
    }
}
