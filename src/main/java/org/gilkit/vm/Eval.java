package org.gilkit.vm;

import org.gilkit.compiler.Code;
import org.gilkit.compiler.Op;
import org.gilkit.compiler.OpCode;
import org.gilkit.gil.GilThread;
import org.gilkit.runtime.FrameInfo;
import org.gilkit.runtime.PyBaseException;
import org.gilkit.runtime.PyBool;
import org.gilkit.runtime.PyException;
import org.gilkit.runtime.PyInt;
import org.gilkit.runtime.PyIter;
import org.gilkit.runtime.PyList;
import org.gilkit.runtime.PyObject;
import org.gilkit.runtime.PyRangeIterator;
import org.gilkit.runtime.ThreadState;

/**
 * The bytecode interpreter loop: executes one {@link Frame} until it returns or yields (clox's
 * {@code run()}, CPython's {@code _PyEval_EvalFrameDefault}).
 *
 * <p>Two halves. {@link #dispatch} is the one long method the style guide allows: a
 * {@code switch} over the int opcodes of {@link Op} for the instructions that run per loop
 * iteration or per call, operands in the frame's slot array, {@code pc}/{@code sp} in Java
 * locals; the rest go through its {@code default:} to {@link RareInstructions}, and everything
 * longer than a few lines lives in {@link Instructions} and the object model. That split is
 * what lets the JIT compile the loop (C1 could not compile the earlier all-inline version at
 * all; see RareInstructions). {@link #execute} is the exception half: Python exceptions are Java
 * {@link PyException}s; it records the traceback entry, looks up the exception table and either
 * resumes dispatch at the handler or rethrows to the calling frame. Any other Java exception
 * escaping an operation (a bug, or a ConcurrentModificationException from an unsynchronised
 * race under {@code --gil=off}) becomes a Python exception there too, never a JVM-level failure.
 *
 * <p>GIL check points ({@link #checkpoint}): every backward jump and every function entry, as in
 * CPython. The fast path is the {@link GilThread#checkpoint()} VarHandle read plus one volatile
 * read of the interrupt flag.
 */
final class Eval {
    private Eval() {}

    /** Runs a function frame: recursion check, frame linking, function-entry check point. */
    static PyObject run(ThreadState ts, Frame f) {
        enter(ts, f);
        try {
            checkpoint(ts);
            return execute(ts, f, null);
        } catch (StackOverflowError e) {
            throw Instructions.recursionError();
        } finally {
            leave(ts, f);
        }
    }

    /** Links {@code f} as the innermost frame of {@code ts}; RecursionError past the limit. */
    static void enter(ThreadState ts, Frame f) {
        if (++ts.recursionDepth > ts.interp().recursionLimit()) {
            ts.recursionDepth--;
            throw Instructions.recursionError();
        }
        f.back = ts.frame;
        ts.frame = f;
    }

    static void leave(ThreadState ts, Frame f) {
        ts.frame = f.back;
        f.back = null;
        ts.recursionDepth--;
    }

    /**
     * The check point: lets a thread waiting for the GIL in (the lock's eval breaker) and delivers
     * KeyboardInterrupt. Called at backward jumps and function entry.
     */
    static void checkpoint(ThreadState ts) {
        GilThread g = ts.gil();
        if (g != null) g.checkpoint();
        if (ts.interp().interruptPending) Instructions.deliverInterrupt(ts);
    }

    /**
     * Executes {@code f} from its saved {@code pc}/{@code sp} until RETURN_VALUE (then
     * {@code f.pc = -1}) or a yield (then {@code f.pc} is the resume offset). A non-null
     * {@code throwIn} is raised at {@code f.lasti} first (generator.throw).
     *
     * <p>This is the exception half of the interpreter: {@link #dispatch} runs instructions and,
     * when anything escapes an instruction, leaves {@code pc}/{@code sp} in the frame; here the
     * traceback entry is recorded and the exception table either gives a handler (dispatch
     * resumes there) or the exception goes on to the calling frame. Any Java exception that is
     * not a Python one (a bug, a ConcurrentModificationException from an unsynchronised race
     * under {@code --gil=off}, a StackOverflowError) becomes a Python exception first.
     */
    static PyObject execute(ThreadState ts, Frame f, PyException throwIn) {
        PyException pending = throwIn;
        // The failing instruction: -1 = "the one before f.pc", else explicit (a throw into a generator).
        int at = throwIn != null ? f.lasti : -1;
        for (;;) {
            try {
                if (pending != null) {
                    PyException p = pending;
                    pending = null;
                    throw p;
                }
                return dispatch(ts, f);
            } catch (PyException e) {
                if (!unwind(ts, f, e.value(), at)) throw e;
                at = -1;
            } catch (StackOverflowError e) {
                pending = Instructions.recursionError();
            } catch (RuntimeException e) {
                pending = Instructions.fromJava(e);
            }
        }
    }

    /**
     * Records {@code exc} in the traceback (unless it is being re-raised) and moves {@code f} to
     * the handler covering the failing instruction: true if there is one, false (the frame is
     * finished, its stack cleared) if the exception leaves the frame.
     */
    private static boolean unwind(ThreadState ts, Frame f, PyBaseException exc, int at) {
        Code co = f.code;
        int lasti = at >= 0 ? at : co.instructionStart(f.pc - 1);
        if (!f.reraising) Tracebacks.record(ts, exc, f, lasti);
        f.reraising = false;
        int h = co.handlerFor(lasti);
        if (h < 0) {
            Instructions.discard(ts, f.slots, f.stackBase, f.sp);
            f.pc = -1;
            f.lasti = lasti;
            return false;
        }
        int depth = f.stackBase + co.exceptionTable[h + 3];
        Instructions.discard(ts, f.slots, depth, f.sp);
        f.slots[depth] = exc;
        f.sp = depth + 1;
        f.pc = co.exceptionTable[h + 2];
        return true;
    }

    /**
     * The dispatch loop: runs {@code f} from {@code f.pc}/{@code f.sp} until it returns or
     * yields. Anything thrown leaves with the frame's {@code pc} (just past the failing opcode or
     * operand) and {@code sp} saved for {@link #unwind}.
     *
     * <p>Only the instructions that run per loop iteration or per call are inline: fast locals,
     * constants, globals, attributes and methods, subscripts, the int fast paths of + and -,
     * comparisons, jumps and check points, for-loops, calls and returns. Everything else goes
     * through one {@code default:} to {@link RareInstructions}, which keeps this method small
     * enough for C1 and C2 to compile whole (see there for the measurements that motivated it).
     * Keep it that way: a new opcode belongs in RareInstructions unless a benchmark shows it
     * runs per iteration of ordinary loops.
     */
    private static PyObject dispatch(ThreadState ts, Frame f) {
        // Only what every instruction needs is held in locals: the loop keeps few values live so
        // that C2 can keep pc and sp in registers (with ten more locals it spilled both to the
        // stack and reloaded them around every instruction). The rest is a field load from f.
        final int[] code = f.code.code;
        final PyObject[] s = f.slots;
        int pc = f.pc;
        int sp = f.sp;
        try {
            for (;;) {
                int op = code[pc++];
                switch (op) {
                    case Op.POP_TOP:
                        s[--sp] = null;
                        break;
                    case Op.COPY: {
                        PyObject v = s[sp - code[pc++]];
                        s[sp++] = v;
                        break;
                    }
                    case Op.SWAP: {
                        int i = sp - code[pc++];
                        PyObject t = s[sp - 1];
                        s[sp - 1] = s[i];
                        s[i] = t;
                        break;
                    }
                    case Op.LOAD_CONST:
                        s[sp++] = f.consts[code[pc++]];
                        break;
                    case Op.LOAD_FAST: {
                        PyObject v = s[code[pc++]];
                        if (v == null) throw Instructions.unboundLocal(f.code, code[pc - 1]);
                        if (v == IntLocals.UNBOXED) v = IntLocals.box(f, code[pc - 1]);
                        s[sp++] = v;
                        break;
                    }
                    case Op.STORE_FAST:
                        s[code[pc++]] = s[--sp];
                        break;
                    case Op.LOAD_DEREF: {
                        int i = code[pc++];
                        PyObject v = ((Cell) s[f.code.varnames.length + i]).value;
                        if (v == null) throw Instructions.unboundDeref(f.code, i);
                        s[sp++] = v;
                        break;
                    }
                    case Op.STORE_DEREF:
                        ((Cell) s[f.code.varnames.length + code[pc++]]).value = s[--sp];
                        break;
                    case Op.LOAD_GLOBAL:
                        s[sp++] = GlobalSite.load(f, f.caches, pc, f.names[code[pc]]);
                        pc++;
                        break;
                    case Op.STORE_GLOBAL:
                        f.globals.put(f.names[code[pc++]], s[--sp]);
                        break;
                    case Op.LOAD_ATTR:
                        s[sp - 1] = Instructions.getattr(ts, f.caches, pc, s[sp - 1], f.names[code[pc]]);
                        pc++;
                        break;
                    case Op.STORE_ATTR: {
                        PyObject obj = s[--sp];
                        Instructions.setattr(ts, f.caches, pc, obj, f.names[code[pc]], s[--sp]);
                        pc++;
                        break;
                    }
                    case Op.LOAD_METHOD:
                        sp = Instructions.loadMethod(ts, f.caches, pc, s, sp, f.names[code[pc]]);
                        pc++;
                        break;
                    case Op.BINARY_SUBSCR: {
                        PyObject k = s[--sp];
                        s[sp - 1] = Instructions.getitem(ts, s[sp - 1], k);
                        break;
                    }
                    case Op.STORE_SUBSCR: {
                        PyObject k = s[--sp];
                        PyObject obj = s[--sp];
                        Instructions.setitem(ts, obj, k, s[--sp]);
                        break;
                    }
                    case Op.UNARY_NOT:
                        s[sp - 1] = Instructions.isTrue(ts, s[sp - 1]) ? PyBool.FALSE : PyBool.TRUE;
                        break;
                    case Op.BINARY_ADD:
                    case Op.INPLACE_ADD: {
                        PyObject b = s[--sp];
                        PyObject a = s[sp - 1];
                        if (a.getClass() == PyInt.class && b.getClass() == PyInt.class) {
                            s[sp - 1] = PyInt.add((PyInt) a, (PyInt) b);
                        } else {
                            s[sp - 1] = Instructions.binary(ts, op, a, b);
                        }
                        break;
                    }
                    case Op.BINARY_SUBTRACT:
                    case Op.INPLACE_SUBTRACT: {
                        PyObject b = s[--sp];
                        PyObject a = s[sp - 1];
                        if (a.getClass() == PyInt.class && b.getClass() == PyInt.class) {
                            s[sp - 1] = PyInt.sub((PyInt) a, (PyInt) b);
                        } else {
                            s[sp - 1] = Instructions.binary(ts, op, a, b);
                        }
                        break;
                    }
                    case Op.BINARY_MULTIPLY:
                    case Op.BINARY_MATRIX_MULTIPLY:
                    case Op.BINARY_TRUE_DIVIDE:
                    case Op.BINARY_MODULO:
                    case Op.BINARY_POWER:
                    case Op.BINARY_LSHIFT:
                    case Op.BINARY_RSHIFT:
                    case Op.BINARY_OR:
                    case Op.BINARY_XOR:
                    case Op.BINARY_AND:
                    case Op.BINARY_FLOOR_DIVIDE:
                    case Op.INPLACE_MULTIPLY:
                    case Op.INPLACE_MATRIX_MULTIPLY:
                    case Op.INPLACE_TRUE_DIVIDE:
                    case Op.INPLACE_MODULO:
                    case Op.INPLACE_POWER:
                    case Op.INPLACE_LSHIFT:
                    case Op.INPLACE_RSHIFT:
                    case Op.INPLACE_OR:
                    case Op.INPLACE_XOR:
                    case Op.INPLACE_AND:
                    case Op.INPLACE_FLOOR_DIVIDE: {
                        PyObject b = s[--sp];
                        PyObject a = s[sp - 1];
                        s[sp - 1] = a.getClass() == PyInt.class && b.getClass() == PyInt.class
                                ? Instructions.intBinary(ts, op, (PyInt) a, (PyInt) b) : Instructions.binary(ts, op, a, b);
                        break;
                    }
                    case Op.COMPARE_OP: {
                        PyObject b = s[--sp];
                        s[sp - 1] = compare(ts, s[sp - 1], b, code[pc++]);
                        break;
                    }
                    case Op.IS_OP: {
                        PyObject b = s[--sp];
                        s[sp - 1] = PyBool.of((s[sp - 1] == b) ^ (code[pc++] != 0));
                        break;
                    }
                    case Op.CONTAINS_OP: {
                        PyObject container = s[--sp];
                        s[sp - 1] = PyBool.of(Instructions.contains(ts, container, s[sp - 1]) ^ (code[pc++] != 0));
                        break;
                    }
                    case Op.BUILD_TUPLE: {
                        int n = code[pc++];
                        sp -= n;
                        s[sp] = Instructions.tupleFrom(s, sp, n);
                        sp++;
                        break;
                    }
                    case Op.LIST_APPEND: {
                        PyObject v = s[--sp];
                        ((PyList) s[sp - code[pc++]]).append(v);
                        break;
                    }
                    case Op.JUMP_FORWARD:
                        pc = code[pc];
                        break;
                    case Op.JUMP_BACKWARD:
                        f.lasti = pc - 1; // a spinning loop's line for thread dumps (org.gilkit.diagnose)
                        checkpoint(ts);
                        pc = code[pc];
                        break;
                    case Op.POP_JUMP_IF_FALSE:
                    case Op.POP_JUMP_IF_TRUE:
                    case Op.POP_JUMP_BACKWARD_IF_FALSE:
                    case Op.POP_JUMP_BACKWARD_IF_TRUE: {
                        PyObject v = s[--sp];
                        s[sp] = null;
                        boolean t = v == PyBool.TRUE || (v != PyBool.FALSE && Instructions.isTrue(ts, v));
                        if (t != (op == Op.POP_JUMP_IF_FALSE || op == Op.POP_JUMP_BACKWARD_IF_FALSE)) {
                            if (op == Op.POP_JUMP_BACKWARD_IF_FALSE || op == Op.POP_JUMP_BACKWARD_IF_TRUE) {
                                f.lasti = pc - 1;
                                checkpoint(ts);
                            }
                            pc = code[pc];
                        } else {
                            pc++;
                        }
                        break;
                    }
                    case Op.JUMP_IF_FALSE_OR_POP:
                    case Op.JUMP_IF_TRUE_OR_POP:
                        if (Instructions.isTrue(ts, s[sp - 1]) == (op == Op.JUMP_IF_TRUE_OR_POP)) {
                            pc = code[pc];
                        } else {
                            s[--sp] = null;
                            pc++;
                        }
                        break;
                    case Op.GET_ITER:
                        s[sp - 1] = Instructions.getIter(ts, s[sp - 1], code[pc++]);
                        break;
                    case Op.POP_ITER:
                        Instructions.popIter(ts, s[--sp]);
                        s[sp] = null;
                        break;
                    case Op.FOR_ITER_BACK: {
                        PyObject it = s[sp - 1];
                        int body = code[pc];
                        if (it.getClass() == PyRangeIterator.class && code[body] == Op.STORE_FAST) {
                            // The loop variable of a range loop is stored unboxed (IntLocals).
                            PyRangeIterator r = (PyRangeIterator) it;
                            if (!r.hasNext()) {
                                s[--sp] = null;
                                pc++;
                                break;
                            }
                            long v = r.nextLong();
                            f.lasti = pc - 1;
                            checkpoint(ts);
                            long[] iv = IntLocals.ints(f);
                            IntLocals.store(s, iv, code[body + 1], v);
                            pc = IntLocals.predictArith(f, code, body + 2, s, iv);
                            break;
                        }
                        // range first by exact class: this one call site serves every for loop of
                        // the program, so the JIT's profile soon sees many iterator classes and
                        // would otherwise make the commonest loop a virtual call.
                        PyObject v = it.getClass() == PyRangeIterator.class ? ((PyRangeIterator) it).next(ts)
                                : it instanceof PyIter pi ? pi.next(ts) : Instructions.next(ts, it);
                        if (v == null) {
                            s[--sp] = null;
                            pc++;
                            break;
                        }
                        f.lasti = pc - 1;
                        checkpoint(ts);
                        if (code[body] == Op.STORE_FAST) {
                            s[code[body + 1]] = v;
                            pc = body + 2;
                        } else {
                            s[sp++] = v;
                            pc = body;
                        }
                        break;
                    }
                    case Op.COMPARE_FAST_JUMP: {
                        // Fused LOAD_FAST a; LOAD_FAST b | LOAD_CONST b; COMPARE_OP cmp; POP_JUMP_* target
                        // (operands at pc .. pc+6, see Peephole).
                        PyObject a = s[code[pc]];
                        if (a == null) throw Instructions.unboundLocal(f.code, code[pc]);
                        PyObject b = code[pc + 1] == Op.LOAD_FAST ? s[code[pc + 2]] : f.consts[code[pc + 2]];
                        if (b == null) throw Instructions.unboundLocal(f.code, code[pc + 2]);
                        boolean r;
                        if (IntLocals.isLong(a) && IntLocals.isLong(b)) {
                            long[] iv = f.ints;
                            r = compareLongs(IntLocals.longOf(a, iv, code[pc]), IntLocals.longOf(b, iv, code[pc + 2]), code[pc + 4]);
                        } else {
                            if (a == IntLocals.UNBOXED) a = IntLocals.box(f, code[pc]);
                            if (b == IntLocals.UNBOXED) b = IntLocals.box(f, code[pc + 2]);
                            PyObject c = Instructions.compare(ts, a, b, code[pc + 4]);
                            r = c == PyBool.TRUE || (c != PyBool.FALSE && Instructions.isTrue(ts, c));
                        }
                        int jump = code[pc + 5];
                        if (r == (jump == Op.POP_JUMP_IF_TRUE || jump == Op.POP_JUMP_BACKWARD_IF_TRUE)) {
                            if (jump == Op.POP_JUMP_BACKWARD_IF_FALSE || jump == Op.POP_JUMP_BACKWARD_IF_TRUE) {
                                f.lasti = pc - 1;
                                checkpoint(ts);
                            }
                            pc = code[pc + 6];
                        } else {
                            pc += 7;
                        }
                        break;
                    }
                    case Op.BINARY_COMPARE_JUMP: {
                        // Fused LOAD_FAST a; LOAD_FAST|LOAD_CONST b; BINARY_op; LOAD_FAST|LOAD_CONST c;
                        // COMPARE_OP cmp; POP_JUMP_* target (operands at pc .. pc+9, see Peephole).
                        PyObject a = s[code[pc]];
                        PyObject b = code[pc + 1] == Op.LOAD_FAST ? s[code[pc + 2]] : f.consts[code[pc + 2]];
                        PyObject c = code[pc + 4] == Op.LOAD_FAST ? s[code[pc + 5]] : f.consts[code[pc + 5]];
                        int fast = -1;
                        if (IntLocals.isLong(a) && IntLocals.isLong(b) && IntLocals.isLong(c)) {
                            long[] iv = f.ints;
                            fast = IntLocals.binaryCompare(code[pc + 3], IntLocals.longOf(a, iv, code[pc]),
                                    IntLocals.longOf(b, iv, code[pc + 2]), IntLocals.longOf(c, iv, code[pc + 5]), code[pc + 7]);
                        }
                        boolean r = fast >= 0 ? fast == 1 : Instructions.binaryCompare(ts, f, code, pc);
                        int jump = code[pc + 8];
                        if (r == (jump == Op.POP_JUMP_IF_TRUE || jump == Op.POP_JUMP_BACKWARD_IF_TRUE)) {
                            if (jump == Op.POP_JUMP_BACKWARD_IF_FALSE || jump == Op.POP_JUMP_BACKWARD_IF_TRUE) {
                                f.lasti = pc - 1;
                                checkpoint(ts);
                            }
                            pc = code[pc + 9];
                        } else {
                            pc += 10;
                        }
                        break;
                    }
                    case Op.BINARY_FAST_FAST:
                    case Op.BINARY_FAST_CONST: {
                        // Fused LOAD_FAST a; LOAD_FAST b | LOAD_CONST b; BINARY_op; STORE_FAST target
                        // (operands at pc .. pc+5, see Peephole).
                        PyObject a = s[code[pc]];
                        if (a == null) throw Instructions.unboundLocal(f.code, code[pc]);
                        PyObject b = op == Op.BINARY_FAST_FAST ? s[code[pc + 2]] : f.consts[code[pc + 2]];
                        if (b == null) throw Instructions.unboundLocal(f.code, code[pc + 2]);
                        int bop = code[pc + 3];
                        if (IntLocals.isLong(a) && IntLocals.isLong(b)) {
                            long[] iv = IntLocals.ints(f);
                            if (IntLocals.arith(bop, IntLocals.longOf(a, iv, code[pc]), IntLocals.longOf(b, iv, code[pc + 2]),
                                    s, iv, code[pc + 5])) {
                                pc += 6;
                                break;
                            }
                        }
                        if (a == IntLocals.UNBOXED) a = IntLocals.box(f, code[pc]);
                        if (b == IntLocals.UNBOXED) b = IntLocals.box(f, code[pc + 2]);
                        s[code[pc + 5]] = Instructions.binary(ts, bop, a, b);
                        pc += 6;
                        break;
                    }
                    case Op.RETURN_FAST: {
                        PyObject v = s[code[pc]];
                        if (v == null) throw Instructions.unboundLocal(f.code, code[pc]);
                        if (v == IntLocals.UNBOXED) v = IntLocals.box(f, code[pc]);
                        f.pc = -1;
                        f.sp = sp;
                        f.lasti = pc - 1;
                        return v;
                    }
                    case Op.RETURN_CONST:
                        f.pc = -1;
                        f.sp = sp;
                        f.lasti = pc - 1;
                        return f.consts[code[pc]];
                    case Op.RETURN_VALUE: {
                        PyObject v = s[--sp];
                        s[sp] = null;
                        f.pc = -1;
                        f.sp = sp;
                        f.lasti = pc - 1;
                        return v;
                    }
                    case Op.CALL: {
                        int n = code[pc++];
                        int base = sp - n - 1;
                        f.lasti = pc - 1;
                        PyObject fn = s[base];
                        PyObject r = fn instanceof PyFunction pf ? pf.invoke(ts, s, base + 1, n, null)
                                : BuiltinCallSite.call(ts, f.caches, pc - 1, fn, s, base + 1, n);
                        Instructions.clear(s, base + 1, sp);
                        sp = base;
                        if (code[pc] == Op.POP_TOP) { // predicted: a call statement drops its result
                            s[sp] = null;
                            pc++;
                        } else {
                            s[sp++] = r;
                        }
                        break;
                    }
                    case Op.CALL_METHOD: {
                        int n = code[pc++];
                        int base = sp - n - 2;
                        f.lasti = pc - 1;
                        PyObject r = Instructions.callMethod(ts, s[base], s[base + 1], s, base + 2, n);
                        Instructions.clear(s, base + 1, sp);
                        sp = base;
                        if (code[pc] == Op.POP_TOP) { // predicted: a call statement drops its result
                            s[sp] = null;
                            pc++;
                        } else {
                            s[sp++] = r;
                        }
                        break;
                    }
                    case Op.YIELD_VALUE: {
                        PyObject v = s[--sp];
                        s[sp] = null;
                        f.pc = pc;
                        f.sp = sp;
                        f.lasti = pc - 1;
                        return v;
                    }
                    case Op.YIELD_FROM: {
                        PyObject v = s[--sp];
                        PyObject it = s[sp - 1];
                        f.lasti = pc - 1;
                        PyObject r = Instructions.delegate(ts, it, v);
                        if (r != null) {
                            f.pc = pc - 1;
                            f.sp = sp;
                            return r;
                        }
                        s[sp - 1] = Instructions.delegateResult(it);
                        break;
                    }
                    default:
                        f.lasti = pc - 1;
                        sp = RareInstructions.execute(ts, f, op, pc, sp);
                        pc += RareInstructions.operandWidth(op);
                        break;
                }
            }
        } catch (Throwable t) {
            f.pc = pc;
            f.sp = sp;
            throw t;
        }
    }

    /** The comparison {@code a op b} of two longs (COMPARE_OP's operator numbering). */
    private static boolean compareLongs(long a, long b, int op) {
        switch (op) {
            case OpCode.CMP_LT: return a < b;
            case OpCode.CMP_LE: return a <= b;
            case OpCode.CMP_EQ: return a == b;
            case OpCode.CMP_NE: return a != b;
            case OpCode.CMP_GT: return a > b;
            default: return a >= b;
        }
    }

    /** COMPARE_OP with the fast path for two exact ints that fit in a long. */
    private static PyObject compare(ThreadState ts, PyObject a, PyObject b, int op) {
        if (a.getClass() == PyInt.class && b.getClass() == PyInt.class
                && !((PyInt) a).isBig() && !((PyInt) b).isBig()) {
            return Instructions.compareLongs(((PyInt) a).longValue(), ((PyInt) b).longValue(), op);
        }
        return Instructions.compare(ts, a, b, op);
    }

    /** The innermost Python frame of {@code ts}, or null. */
    static Frame current(ThreadState ts) {
        FrameInfo fi = ts.frame();
        return fi instanceof Frame fr ? fr : null;
    }
}
