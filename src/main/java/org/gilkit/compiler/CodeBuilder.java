package org.gilkit.compiler;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Accumulates one code object's instructions (clox's {@code Chunk} writer): emits opcodes with
 * their operands and source lines, interns constants and names, binds {@link Label}s and patches
 * jumps, tracks the stack depth with {@link OpCode#stackEffect} to size the frame, and records
 * which exception handler covers each instruction to build the exception table.
 *
 * <p>Exception handling uses a table, as CPython 3.11 does, instead of a runtime block stack: the
 * compiler pushes a handler ({@link #pushHandler}) before a protected region and pops it after;
 * every instruction emitted in between is covered by the innermost handler. At run time an
 * exception at offset {@code pc} looks up its entry, truncates the value stack to the recorded depth,
 * pushes the exception and jumps to the handler.
 */
public final class CodeBuilder {
    private int[] code = new int[64];
    private int[] lines = new int[64];
    private int length;
    private int line;
    private int depth;
    private int maxDepth;
    private boolean reachable = true;

    private final List<Object> constants = new ArrayList<>();
    private final Map<Object, Integer> constantIndex = new HashMap<>();
    private final List<String> names = new ArrayList<>();
    private final Map<String, Integer> nameIndex = new HashMap<>();
    private final List<int[]> jumpFixups = new ArrayList<>(); // {operand offset}, label in parallel list
    private final List<Label> jumpTargets = new ArrayList<>();

    /** The handler covering each emitted instruction start, or null (parallel to code offsets). */
    private final List<Handler> handlerOf = new ArrayList<>();
    private final List<Handler> handlerStack = new ArrayList<>();

    /** An exception handler: where to jump and how deep the value stack is when it runs. */
    record Handler(Label target, int depth) {}

    /** Sets the source line recorded for the following instructions. */
    public void setLine(int line) {
        if (line > 0) this.line = line;
    }

    public int line() {
        return line;
    }

    /** Current stack depth (values on the operand stack at this point of the code). */
    public int depth() {
        return depth;
    }

    /** Overrides the tracked depth (after code whose depth the builder cannot follow). */
    public void setDepth(int d) {
        depth = d;
        maxDepth = Math.max(maxDepth, d);
    }

    /** Offset of the next instruction. */
    public int offset() {
        return length;
    }

    public void emit(OpCode op) {
        if (op.hasOperand()) throw new IllegalArgumentException(op + " needs an operand");
        put(op, 0);
    }

    public void emit(OpCode op, int arg) {
        if (!op.hasOperand()) throw new IllegalArgumentException(op + " takes no operand");
        if (op.isJump()) throw new IllegalArgumentException(op + " jumps: use emitJump");
        put(op, arg);
    }

    /**
     * Emits a jump to {@code target}. To a bound label (a backward jump, a GIL check point)
     * JUMP_FORWARD becomes JUMP_BACKWARD and POP_JUMP_IF_X becomes POP_JUMP_BACKWARD_IF_X.
     */
    public void emitJump(OpCode op, Label target) {
        if (!op.isJump()) throw new IllegalArgumentException(op + " is not a jump");
        if (target.isBound()) op = backward(op);
        int branchDepth = depth + op.stackEffect(0, true);
        noteTargetDepth(target, branchDepth);
        put(op, 0);
        jumpFixups.add(new int[] {length - 1});
        jumpTargets.add(target);
    }

    private static OpCode backward(OpCode op) {
        switch (op) {
            case JUMP_FORWARD: return OpCode.JUMP_BACKWARD;
            case POP_JUMP_IF_FALSE: return OpCode.POP_JUMP_BACKWARD_IF_FALSE;
            case POP_JUMP_IF_TRUE: return OpCode.POP_JUMP_BACKWARD_IF_TRUE;
            case FOR_ITER_BACK: return op;
            default: throw new IllegalStateException(op + " cannot jump backward");
        }
    }

    /** Makes {@code label} point at the next instruction. */
    public void bind(Label label) {
        if (label.isBound()) throw new IllegalStateException("label bound twice");
        label.offset = length;
        if (!reachable && label.depth >= 0) {
            depth = label.depth;
        } else if (label.depth < 0) {
            label.depth = depth;
        }
        reachable = true;
    }

    /**
     * Starts a region whose exceptions go to {@code target} with the stack truncated to the current
     * depth ({@code extra} more values kept, for handlers that keep state below the exception).
     */
    public void pushHandler(Label target, int extra) {
        Handler h = new Handler(target, depth + extra);
        noteTargetDepth(target, h.depth + 1);
        handlerStack.add(h);
    }

    public void popHandler() {
        handlerStack.remove(handlerStack.size() - 1);
    }

    /** The handler stack, saved before unwinding through it (return/break out of a try). */
    public List<Handler> saveHandlers() {
        return new ArrayList<>(handlerStack);
    }

    public void restoreHandlers(List<Handler> saved) {
        handlerStack.clear();
        handlerStack.addAll(saved);
    }

    public int handlerCount() {
        return handlerStack.size();
    }

    /** Drops the innermost handlers down to {@code n} (in the unwinding code only). */
    public void truncateHandlers(int n) {
        while (handlerStack.size() > n) popHandler();
    }

    private void noteTargetDepth(Label target, int d) {
        if (target.depth < 0) target.depth = d;
        maxDepth = Math.max(maxDepth, d);
    }

    private void put(OpCode op, int arg) {
        ensure(2);
        Handler h = handlerStack.isEmpty() ? null : handlerStack.get(handlerStack.size() - 1);
        while (handlerOf.size() < length) handlerOf.add(null);
        handlerOf.add(h);
        lines[length] = line;
        code[length++] = op.ordinal();
        if (op.hasOperand()) {
            handlerOf.add(h);
            lines[length] = line;
            code[length++] = arg;
        }
        depth += op.stackEffect(arg, false);
        maxDepth = Math.max(maxDepth, depth);
        reachable = !op.isTerminal();
    }

    private void ensure(int n) {
        if (length + n > code.length) {
            code = java.util.Arrays.copyOf(code, code.length * 2 + n);
            lines = java.util.Arrays.copyOf(lines, lines.length * 2 + n);
        }
    }

    /** Interns a constant (Java value, see {@link Code#constants}); returns its index. */
    public int constant(Object value) {
        Object key = ConstKey.of(value);
        Integer i = constantIndex.get(key);
        if (i != null) return i;
        constants.add(value);
        constantIndex.put(key, constants.size() - 1);
        return constants.size() - 1;
    }

    /** Interns a name (attribute, global, import); returns its index. */
    public int name(String n) {
        Integer i = nameIndex.get(n);
        if (i != null) return i;
        names.add(n);
        nameIndex.put(n, names.size() - 1);
        return names.size() - 1;
    }

    int[] finishCode() {
        java.util.BitSet targets = new java.util.BitSet(length);
        for (int i = 0; i < jumpFixups.size(); i++) {
            Label l = jumpTargets.get(i);
            if (!l.isBound()) throw new IllegalStateException("unbound label");
            code[jumpFixups.get(i)[0]] = l.offset;
            targets.set(l.offset);
        }
        for (Handler h : handlerOf) {
            if (h != null) targets.set(h.target().offset);
        }
        Peephole.fuse(code, length, lines, handlerOf, targets);
        return java.util.Arrays.copyOf(code, length);
    }

    int[] finishLines() {
        return java.util.Arrays.copyOf(lines, length);
    }

    /** Runs of instructions with the same handler, as {start, end, target, depth} quadruples. */
    int[] finishExceptionTable() {
        List<Integer> out = new ArrayList<>();
        int i = 0;
        while (i < handlerOf.size()) {
            Handler h = handlerOf.get(i);
            int start = i;
            while (i < handlerOf.size() && handlerOf.get(i) == h) i++;
            if (h != null) {
                out.add(start);
                out.add(i);
                out.add(h.target().offset);
                out.add(h.depth());
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    Object[] finishConstants() {
        return constants.toArray();
    }

    String[] finishNames() {
        return names.toArray(new String[0]);
    }

    int maxDepth() {
        return maxDepth;
    }

    /**
     * Constant identity for interning: 1, 1.0 and True are equal in Java's equals only partly
     * and in Python fully, but must stay distinct constants, so the key includes the class; -0.0
     * and 0.0 differ by their bits. Arrays (kwnames) compare by content. Code objects are never
     * shared.
     */
    private record ConstKey(Class<?> type, Object value) {
        static Object of(Object v) {
            if (v instanceof Double d) return new ConstKey(Double.class, Double.doubleToRawLongBits(d));
            if (v instanceof String[] a) return new ConstKey(String[].class, java.util.List.of(a));
            if (v instanceof Code) return new Object();
            return new ConstKey(v.getClass(), v);
        }
    }
}
