package org.gilkit.vm;

import org.gilkit.compiler.Op;
import org.gilkit.compiler.OpCode;
import org.gilkit.runtime.Errors;
import org.gilkit.runtime.PyBaseException;
import org.gilkit.runtime.PyBool;
import org.gilkit.runtime.PyDict;
import org.gilkit.runtime.PyException;
import org.gilkit.runtime.PyExc;
import org.gilkit.runtime.PyNone;
import org.gilkit.runtime.PyObject;
import org.gilkit.runtime.PySlice;
import org.gilkit.runtime.PyStr;
import org.gilkit.runtime.ThreadState;

/**
 * The instructions {@link Eval}'s dispatch loop does not keep inline: names outside fast locals
 * and globals, deletes, container building beyond tuples and list appends, unpacking,
 * formatting, keyword and star calls, function and class creation, imports, raising and
 * exception-handler bookkeeping, {@code with}, and the async protocol ({@link Awaitables}). They run once per statement or per handler, not
 * per loop iteration, so one extra call and switch costs nothing measurable.
 *
 * <p>Why they live here: HotSpot compiles the dispatch loop as one unit. With every opcode
 * inline, C1 gave up on it ("CodeBuffer overflow": its profiled code with all the inlined
 * callees did not fit), so long loops ran in the bytecode interpreter until C2 finished, and
 * C2 pruned every case it had not yet seen, deoptimizing each time a program reached a new
 * opcode. With the rare ones behind one {@code default:} branch the loop is small enough for
 * both compilers, and a program meeting its first rare opcode takes a branch C2 has usually
 * already seen.
 *
 * <p>Contract of {@link #execute}: called with {@code f.lasti} set to the instruction,
 * {@code pc} just past the opcode (at the operand, if the instruction has one) and the
 * current stack pointer; returns the new stack pointer. These instructions never jump or
 * return from the frame; the caller advances {@code pc} by {@link #operandWidth}. On a Python
 * exception the stack pointer the caller holds is still the one from before the instruction,
 * so unwinding discards the operands too.
 */
final class RareInstructions {
    private RareInstructions() {}

    /** 1 when opcode {@code op} has an operand int, else 0. */
    private static final int[] OPERAND_WIDTH = operandWidths();

    private static int[] operandWidths() {
        OpCode[] all = OpCode.values();
        int[] w = new int[all.length];
        for (OpCode o : all) w[o.ordinal()] = o.width() - 1;
        return w;
    }

    /** How far {@code pc} (just past opcode {@code op}) moves to reach the next instruction. */
    static int operandWidth(int op) {
        return OPERAND_WIDTH[op];
    }

    /** Executes one rare instruction of {@code f}; see the class comment for the contract. */
    static int execute(ThreadState ts, Frame f, int op, int pc, int sp) {
        final int[] code = f.code.code;
        final PyObject[] s = f.slots;
        final PyStr[] names = f.names;
        switch (op) {
            case Op.NOP:
                return sp;
            case Op.DELETE_FAST: {
                int i = code[pc];
                if (s[i] == null) throw Instructions.unboundLocal(f.code, i);
                s[i] = null;
                return sp;
            }
            case Op.DELETE_DEREF: {
                int i = code[pc];
                Cell c = (Cell) s[f.code.varnames.length + i];
                if (c.value == null) throw Instructions.unboundDeref(f.code, i);
                c.value = null;
                return sp;
            }
            case Op.LOAD_CLOSURE:
                s[sp] = s[f.code.varnames.length + code[pc]];
                return sp + 1;
            case Op.LOAD_CLASSDEREF:
                s[sp] = Instructions.loadClassDeref(f, code[pc]);
                return sp + 1;
            case Op.DELETE_GLOBAL:
                Instructions.deleteGlobal(f, names[code[pc]]);
                return sp;
            case Op.LOAD_NAME:
                s[sp] = Instructions.loadName(f, names[code[pc]]);
                return sp + 1;
            case Op.STORE_NAME:
                Instructions.storeName(ts, f, names[code[pc]], s[sp - 1]);
                s[sp - 1] = null;
                return sp - 1;
            case Op.DELETE_NAME:
                Instructions.deleteName(ts, f, names[code[pc]]);
                return sp;
            case Op.DELETE_ATTR:
                Instructions.delattr(ts, s[sp - 1], names[code[pc]]);
                s[sp - 1] = null;
                return sp - 1;
            case Op.DELETE_SUBSCR:
                Instructions.delitem(ts, s[sp - 2], s[sp - 1]);
                return pop(s, sp, 2);
            case Op.BUILD_SLICE:
                return buildSlice(s, sp, code[pc]);
            case Op.UNARY_POSITIVE:
            case Op.UNARY_NEGATIVE:
            case Op.UNARY_INVERT:
                s[sp - 1] = Instructions.unary(ts, op, s[sp - 1]);
                return sp;
            case Op.BUILD_LIST:
            case Op.BUILD_SET:
            case Op.BUILD_MAP:
            case Op.BUILD_STRING:
                return build(ts, op, s, sp, code[pc]);
            case Op.SET_ADD:
            case Op.MAP_ADD:
            case Op.LIST_EXTEND:
            case Op.SET_UPDATE:
            case Op.DICT_UPDATE:
            case Op.DICT_MERGE:
                return addToContainer(ts, op, s, sp, code[pc]);
            case Op.LIST_TO_TUPLE:
                s[sp - 1] = Instructions.listToTuple(s[sp - 1]);
                return sp;
            case Op.FORMAT_VALUE:
                s[sp - 1] = Instructions.formatValue(ts, s[sp - 1], code[pc], null);
                return sp;
            case Op.FORMAT_WITH_SPEC:
                s[sp - 2] = Instructions.formatValue(ts, s[sp - 2], code[pc], s[sp - 1]);
                return pop(s, sp, 1);
            case Op.UNPACK_SEQUENCE:
                return unpack(ts, s, sp, code[pc]);
            case Op.UNPACK_EX: {
                int counts = code[pc];
                PyObject seq = s[sp - 1];
                return Instructions.unpackEx(ts, seq, counts & 0xFF, counts >> 8, s, sp - 1);
            }
            case Op.CALL_KW:
                return callKw(ts, s, sp, code[pc]);
            case Op.CALL_EX:
                return callEx(ts, s, sp, code[pc] != 0);
            case Op.MAKE_FUNCTION:
                return Instructions.makeFunction(f, s, sp, code[pc]);
            case Op.LOAD_BUILD_CLASS:
                s[sp] = Instructions.loadBuildClass(f);
                return sp + 1;
            case Op.IMPORT_NAME:
                s[sp - 2] = Instructions.importName(ts, f, names[code[pc]], s[sp - 1], s[sp - 2]);
                return pop(s, sp, 1);
            case Op.IMPORT_FROM:
                s[sp] = Instructions.importFrom(ts, s[sp - 1], names[code[pc]]);
                return sp + 1;
            case Op.IMPORT_STAR:
                Instructions.importStar(ts, f, s[sp - 1]);
                return pop(s, sp, 1);
            case Op.RAISE_VARARGS:
                throw raise(ts, f, s, sp, code[pc]);
            case Op.RERAISE:
                f.reraising = true;
                throw new PyException((PyBaseException) s[sp - 1]);
            case Op.PUSH_EXC_INFO:
                return pushExcInfo(ts, s, sp);
            case Op.POP_EXCEPT: {
                PyObject prev = s[sp - 1];
                ts.setHandledException(prev == PyNone.NONE ? null : (PyBaseException) prev);
                return pop(s, sp, 1);
            }
            case Op.CHECK_EXC_MATCH:
                s[sp - 1] = PyBool.of(Instructions.exceptionMatches(ts, s[sp - 2], s[sp - 1]));
                return sp;
            case Op.BEFORE_WITH:
                return Instructions.beforeWith(ts, s, sp);
            case Op.WITH_EXCEPT_START:
                s[sp] = Instructions.withExceptStart(ts, s[sp - 3], (PyBaseException) s[sp - 1]);
                return sp + 1;
            case Op.LOAD_ASSERTION_ERROR:
                s[sp] = PyExc.AssertionError;
                return sp + 1;
            case Op.GET_YIELD_FROM_ITER:
                s[sp - 1] = Instructions.yieldFromIter(ts, s[sp - 1]);
                return sp;
            case Op.GET_AWAITABLE:
                s[sp - 1] = Awaitables.getAwaitable(ts, s[sp - 1], code[pc]);
                return sp;
            case Op.GET_AITER:
                s[sp - 1] = Awaitables.getAiter(ts, s[sp - 1]);
                return sp;
            case Op.GET_ANEXT:
                s[sp] = Awaitables.getAnext(ts, s[sp - 1]);
                return sp + 1;
            case Op.END_ASYNC_FOR:
                return Awaitables.endAsyncFor(f, s, sp);
            case Op.BEFORE_ASYNC_WITH:
                return Awaitables.beforeAsyncWith(ts, s, sp);
            case Op.ASYNC_GEN_WRAP:
                s[sp - 1] = new PyAsyncGenerator.Wrapped(s[sp - 1]);
                return sp;
            default:
                throw Errors.systemError("unknown opcode " + op + " at offset " + (pc - 1) + " in " + f.code.qualname);
        }
    }

    /** Nulls the top {@code n} slots (so popped values can be collected) and returns the new sp. */
    private static int pop(PyObject[] s, int sp, int n) {
        for (int i = 1; i <= n; i++) s[sp - i] = null;
        return sp - n;
    }

    private static int buildSlice(PyObject[] s, int sp, int n) {
        PyObject step = n == 3 ? s[sp - 1] : PyNone.NONE;
        int base = sp - n;
        s[base] = new PySlice(s[base], s[base + 1], step);
        return pop(s, sp, n - 1);
    }

    /** BUILD_LIST/SET/MAP/STRING from the top {@code n} items ({@code 2n} for a map). */
    private static int build(ThreadState ts, int op, PyObject[] s, int sp, int n) {
        int base = sp - (op == Op.BUILD_MAP ? 2 * n : n);
        PyObject r = switch (op) {
            case Op.BUILD_LIST -> Instructions.listFrom(s, base, n);
            case Op.BUILD_SET -> Instructions.setFrom(ts, s, base, n);
            case Op.BUILD_MAP -> Instructions.dictFrom(ts, s, base, n);
            default -> Instructions.concat(s, base, n);
        };
        Instructions.clear(s, base, sp);
        s[base] = r;
        return base + 1;
    }

    /** SET_ADD, MAP_ADD and the *_EXTEND/UPDATE/MERGE ops: the container is {@code d} below the popped operand(s). */
    private static int addToContainer(ThreadState ts, int op, PyObject[] s, int sp, int d) {
        PyObject v = s[sp - 1];
        switch (op) {
            case Op.SET_ADD -> Instructions.setAdd(ts, s[sp - 1 - d], v);
            case Op.MAP_ADD -> {
                ((PyDict) s[sp - 2 - d]).put(s[sp - 2], v);
                return pop(s, sp, 2);
            }
            case Op.LIST_EXTEND -> Instructions.listExtend(ts, s[sp - 1 - d], v);
            case Op.SET_UPDATE -> Instructions.setUpdate(ts, s[sp - 1 - d], v);
            case Op.DICT_UPDATE -> Instructions.dictUpdate(ts, s[sp - 1 - d], v);
            default -> Instructions.dictMerge(ts, s[sp - 1 - d], v, s[sp - 3 - d]);
        }
        return pop(s, sp, 1);
    }

    private static int unpack(ThreadState ts, PyObject[] s, int sp, int n) {
        PyObject seq = s[sp - 1];
        Instructions.unpack(ts, seq, n, s, sp - 1);
        return sp - 1 + n;
    }

    private static int callKw(ThreadState ts, PyObject[] s, int sp, int n) {
        KwNames kw = (KwNames) s[sp - 1];
        int base = sp - 1 - n - 1;
        PyObject r = Instructions.call(ts, s[base], s, base + 1, n, kw.names);
        Instructions.clear(s, base, sp);
        s[base] = r;
        return base + 1;
    }

    private static int callEx(ThreadState ts, PyObject[] s, int sp, boolean hasKwargs) {
        int top = hasKwargs ? sp - 1 : sp;
        PyObject kwargs = hasKwargs ? s[sp - 1] : null;
        int base = top - 2;
        PyObject r = Instructions.callEx(ts, s[base], s[top - 1], kwargs);
        Instructions.clear(s, base, sp);
        s[base] = r;
        return base + 1;
    }

    /** RAISE_VARARGS n: the exception to throw ({@code raise} alone re-raises the handled one). */
    private static PyException raise(ThreadState ts, Frame f, PyObject[] s, int sp, int n) {
        if (n == 0) {
            f.reraising = true;
            return Instructions.reraiseHandled(ts);
        }
        PyObject cause = n == 2 ? s[sp - 1] : null;
        return Instructions.raise(ts, s[sp - n], cause, n == 2);
    }

    /** exc -> previously handled exception (or None), exc; exc becomes the handled one. */
    private static int pushExcInfo(ThreadState ts, PyObject[] s, int sp) {
        PyObject exc = s[sp - 1];
        PyBaseException prev = ts.handledException();
        s[sp - 1] = prev == null ? PyNone.NONE : prev;
        s[sp] = exc;
        ts.setHandledException((PyBaseException) exc);
        return sp + 1;
    }
}
