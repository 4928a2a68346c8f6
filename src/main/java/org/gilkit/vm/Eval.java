package org.gilkit.vm;

import org.gilkit.compiler.Code;
import org.gilkit.compiler.Op;
import org.gilkit.gil.GilThread;
import org.gilkit.runtime.Errors;
import org.gilkit.runtime.FrameInfo;
import org.gilkit.runtime.InterpreterState;
import org.gilkit.runtime.PyBaseException;
import org.gilkit.runtime.PyBool;
import org.gilkit.runtime.PyDict;
import org.gilkit.runtime.PyException;
import org.gilkit.runtime.PyExc;
import org.gilkit.runtime.PyInt;
import org.gilkit.runtime.PyIter;
import org.gilkit.runtime.PyList;
import org.gilkit.runtime.PyNone;
import org.gilkit.runtime.PyObject;
import org.gilkit.runtime.PySlice;
import org.gilkit.runtime.PyStr;
import org.gilkit.runtime.PyTuple;
import org.gilkit.runtime.ThreadState;

/**
 * The bytecode interpreter loop: executes one {@link Frame} until it returns or yields (clox's
 * {@code run()}, CPython's {@code _PyEval_EvalFrameDefault}).
 *
 * <p>{@link #execute} is the one long method the style guide allows: a {@code switch} over the
 * int opcodes of {@link Op}, operands in the frame's slot array, {@code pc}/{@code sp} in Java
 * locals. Everything that is not a few lines lives in {@link Instructions} and the object model, so the
 * method stays small enough for the JIT. Python exceptions are Java {@link PyException}s: the
 * catch block records the traceback entry, looks up the exception table and either jumps to the
 * handler or rethrows to the calling frame. Any other Java exception escaping an operation
 * (a bug, or a ConcurrentModificationException from an unsynchronised race under
 * {@code --gil=off}) becomes a Python exception there too, never a JVM-level failure.
 *
 * <p>GIL check points ({@link #checkpoint}): every JUMP_BACKWARD and every function entry, as in
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
     * {@code throwIn} is raised at the current instruction first (generator.throw).
     */
    static PyObject execute(ThreadState ts, Frame f, PyException throwIn) {
        final Code co = f.code;
        final int[] code = co.code;
        final PyObject[] s = f.slots;
        final PyObject[] consts = f.consts;
        final PyStr[] names = f.names;
        final Object[] caches = f.caches;
        final int cells = co.varnames.length;
        final GilThread gil = ts.gil();
        final InterpreterState interp = ts.interp();
        int pc = f.pc;
        int sp = f.sp;
        // The failing instruction is found from pc when an exception occurs (no per-instruction
        // bookkeeping); -1 = "compute it", otherwise an explicit offset (a throw into a generator).
        int lasti = throwIn != null ? f.lasti : -1;
        PyException pending = throwIn;
        boolean reraise = false;
        for (;;) {
            try {
                if (pending != null) {
                    PyException p = pending;
                    pending = null;
                    throw p;
                }
                for (;;) {
                    switch (code[pc++]) {
                        case Op.NOP:
                            break;
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
                            s[sp++] = consts[code[pc++]];
                            break;
                        case Op.LOAD_FAST: {
                            PyObject v = s[code[pc++]];
                            if (v == null) throw Instructions.unboundLocal(co, code[pc - 1]);
                            s[sp++] = v;
                            break;
                        }
                        case Op.STORE_FAST:
                            s[code[pc++]] = s[--sp];
                            break;
                        case Op.DELETE_FAST: {
                            int i = code[pc++];
                            if (s[i] == null) throw Instructions.unboundLocal(co, i);
                            s[i] = null;
                            break;
                        }
                        case Op.LOAD_DEREF: {
                            int i = code[pc++];
                            PyObject v = ((Cell) s[cells + i]).value;
                            if (v == null) throw Instructions.unboundDeref(co, i);
                            s[sp++] = v;
                            break;
                        }
                        case Op.STORE_DEREF:
                            ((Cell) s[cells + code[pc++]]).value = s[--sp];
                            break;
                        case Op.DELETE_DEREF: {
                            int i = code[pc++];
                            Cell c = (Cell) s[cells + i];
                            if (c.value == null) throw Instructions.unboundDeref(co, i);
                            c.value = null;
                            break;
                        }
                        case Op.LOAD_CLOSURE:
                            s[sp++] = s[cells + code[pc++]];
                            break;
                        case Op.LOAD_CLASSDEREF:
                            s[sp++] = Instructions.loadClassDeref(f, code[pc++]);
                            break;
                        case Op.LOAD_GLOBAL:
                            s[sp++] = Instructions.loadGlobal(f, names[code[pc++]]);
                            break;
                        case Op.STORE_GLOBAL:
                            f.globals.put(names[code[pc++]], s[--sp]);
                            break;
                        case Op.DELETE_GLOBAL:
                            Instructions.deleteGlobal(f, names[code[pc++]]);
                            break;
                        case Op.LOAD_NAME:
                            s[sp++] = Instructions.loadName(f, names[code[pc++]]);
                            break;
                        case Op.STORE_NAME:
                            Instructions.storeName(ts, f, names[code[pc++]], s[--sp]);
                            break;
                        case Op.DELETE_NAME:
                            Instructions.deleteName(ts, f, names[code[pc++]]);
                            break;
                        case Op.LOAD_ATTR:
                            s[sp - 1] = Instructions.getattr(ts, caches, pc, s[sp - 1], names[code[pc]]);
                            pc++;
                            break;
                        case Op.STORE_ATTR: {
                            PyObject obj = s[--sp];
                            Instructions.setattr(ts, caches, pc, obj, names[code[pc]], s[--sp]);
                            pc++;
                            break;
                        }
                        case Op.DELETE_ATTR:
                            Instructions.delattr(ts, s[--sp], names[code[pc++]]);
                            break;
                        case Op.LOAD_METHOD:
                            sp = Instructions.loadMethod(ts, caches, pc, s, sp, names[code[pc]]);
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
                        case Op.DELETE_SUBSCR: {
                            PyObject k = s[--sp];
                            Instructions.delitem(ts, s[--sp], k);
                            break;
                        }
                        case Op.BUILD_SLICE: {
                            int n = code[pc++];
                            PyObject step = n == 3 ? s[--sp] : PyNone.NONE;
                            PyObject stop = s[--sp];
                            s[sp - 1] = new PySlice(s[sp - 1], stop, step);
                            break;
                        }
                        case Op.UNARY_POSITIVE:
                        case Op.UNARY_NEGATIVE:
                        case Op.UNARY_INVERT:
                            s[sp - 1] = Instructions.unary(ts, code[pc - 1], s[sp - 1]);
                            break;
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
                                s[sp - 1] = Instructions.binary(ts, code[pc - 1], a, b);
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
                                s[sp - 1] = Instructions.binary(ts, code[pc - 1], a, b);
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
                            s[sp - 1] = Instructions.binary(ts, code[pc - 1], s[sp - 1], b);
                            break;
                        }
                        case Op.COMPARE_OP: {
                            PyObject b = s[--sp];
                            PyObject a = s[sp - 1];
                            int op = code[pc++];
                            if (a.getClass() == PyInt.class && b.getClass() == PyInt.class
                                    && !((PyInt) a).isBig() && !((PyInt) b).isBig()) {
                                s[sp - 1] = Instructions.compareLongs(((PyInt) a).longValue(), ((PyInt) b).longValue(), op);
                            } else {
                                s[sp - 1] = Instructions.compare(ts, a, b, op);
                            }
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
                        case Op.BUILD_LIST: {
                            int n = code[pc++];
                            sp -= n;
                            s[sp] = Instructions.listFrom(s, sp, n);
                            sp++;
                            break;
                        }
                        case Op.BUILD_SET: {
                            int n = code[pc++];
                            sp -= n;
                            s[sp] = Instructions.setFrom(ts, s, sp, n);
                            sp++;
                            break;
                        }
                        case Op.BUILD_MAP: {
                            int n = code[pc++];
                            sp -= 2 * n;
                            s[sp] = Instructions.dictFrom(ts, s, sp, n);
                            sp++;
                            break;
                        }
                        case Op.BUILD_STRING: {
                            int n = code[pc++];
                            sp -= n;
                            s[sp] = Instructions.concat(s, sp, n);
                            sp++;
                            break;
                        }
                        case Op.LIST_APPEND: {
                            PyObject v = s[--sp];
                            ((PyList) s[sp - code[pc++]]).append(v);
                            break;
                        }
                        case Op.SET_ADD: {
                            PyObject v = s[--sp];
                            Instructions.setAdd(ts, s[sp - code[pc++]], v);
                            break;
                        }
                        case Op.MAP_ADD: {
                            PyObject v = s[--sp];
                            PyObject k = s[--sp];
                            ((PyDict) s[sp - code[pc++]]).put(k, v);
                            break;
                        }
                        case Op.LIST_EXTEND: {
                            PyObject v = s[--sp];
                            Instructions.listExtend(ts, s[sp - code[pc++]], v);
                            break;
                        }
                        case Op.SET_UPDATE: {
                            PyObject v = s[--sp];
                            Instructions.setUpdate(ts, s[sp - code[pc++]], v);
                            break;
                        }
                        case Op.DICT_UPDATE: {
                            PyObject v = s[--sp];
                            Instructions.dictUpdate(ts, s[sp - code[pc++]], v);
                            break;
                        }
                        case Op.DICT_MERGE: {
                            PyObject v = s[--sp];
                            int d = code[pc++];
                            Instructions.dictMerge(ts, s[sp - d], v, s[sp - d - 2]);
                            break;
                        }
                        case Op.LIST_TO_TUPLE:
                            s[sp - 1] = Instructions.listToTuple(s[sp - 1]);
                            break;
                        case Op.FORMAT_VALUE:
                            s[sp - 1] = Instructions.formatValue(ts, s[sp - 1], code[pc++], null);
                            break;
                        case Op.FORMAT_WITH_SPEC: {
                            PyObject spec = s[--sp];
                            s[sp - 1] = Instructions.formatValue(ts, s[sp - 1], code[pc++], spec);
                            break;
                        }
                        case Op.UNPACK_SEQUENCE: {
                            int n = code[pc++];
                            PyObject seq = s[--sp];
                            Instructions.unpack(ts, seq, n, s, sp);
                            sp += n;
                            break;
                        }
                        case Op.UNPACK_EX: {
                            int counts = code[pc++];
                            PyObject seq = s[--sp];
                            sp = Instructions.unpackEx(ts, seq, counts & 0xFF, counts >> 8, s, sp);
                            break;
                        }
                        case Op.JUMP_FORWARD:
                            pc = code[pc];
                            break;
                        case Op.JUMP_BACKWARD:
                            f.lasti = pc - 1; // a spinning loop's line for thread dumps (org.gilkit.diagnose)
                            if (gil != null) gil.checkpoint();
                            if (interp.interruptPending) Instructions.deliverInterrupt(ts);
                            pc = code[pc];
                            break;
                        case Op.POP_JUMP_BACKWARD_IF_FALSE: {
                            PyObject v = s[--sp];
                            s[sp] = null;
                            if (v == PyBool.FALSE || (v != PyBool.TRUE && !Instructions.isTrue(ts, v))) {
                                f.lasti = pc - 1;
                                if (gil != null) gil.checkpoint();
                                if (interp.interruptPending) Instructions.deliverInterrupt(ts);
                                pc = code[pc];
                            } else {
                                pc++;
                            }
                            break;
                        }
                        case Op.POP_JUMP_BACKWARD_IF_TRUE: {
                            PyObject v = s[--sp];
                            s[sp] = null;
                            if (v == PyBool.TRUE || (v != PyBool.FALSE && Instructions.isTrue(ts, v))) {
                                f.lasti = pc - 1;
                                if (gil != null) gil.checkpoint();
                                if (interp.interruptPending) Instructions.deliverInterrupt(ts);
                                pc = code[pc];
                            } else {
                                pc++;
                            }
                            break;
                        }
                        case Op.POP_JUMP_IF_FALSE: {
                            PyObject v = s[--sp];
                            s[sp] = null;
                            if (v == PyBool.FALSE || (v != PyBool.TRUE && !Instructions.isTrue(ts, v))) {
                                pc = code[pc];
                            } else {
                                pc++;
                            }
                            break;
                        }
                        case Op.POP_JUMP_IF_TRUE: {
                            PyObject v = s[--sp];
                            s[sp] = null;
                            if (v == PyBool.TRUE || (v != PyBool.FALSE && Instructions.isTrue(ts, v))) {
                                pc = code[pc];
                            } else {
                                pc++;
                            }
                            break;
                        }
                        case Op.JUMP_IF_FALSE_OR_POP:
                            if (!Instructions.isTrue(ts, s[sp - 1])) {
                                pc = code[pc];
                            } else {
                                sp--;
                                pc++;
                            }
                            break;
                        case Op.JUMP_IF_TRUE_OR_POP:
                            if (Instructions.isTrue(ts, s[sp - 1])) {
                                pc = code[pc];
                            } else {
                                sp--;
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
                            PyObject v = it instanceof PyIter pi ? pi.next(ts) : Instructions.next(ts, it);
                            if (v == null) {
                                s[--sp] = null;
                                pc++;
                                break;
                            }
                            f.lasti = pc - 1;
                            if (gil != null) gil.checkpoint();
                            if (interp.interruptPending) Instructions.deliverInterrupt(ts);
                            int body = code[pc];
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
                            PyObject a = s[code[pc]];
                            if (a == null) throw Instructions.unboundLocal(co, code[pc]);
                            PyObject b;
                            if (code[pc + 1] == Op.LOAD_FAST) {
                                b = s[code[pc + 2]];
                                if (b == null) throw Instructions.unboundLocal(co, code[pc + 2]);
                            } else {
                                b = consts[code[pc + 2]];
                            }
                            boolean r;
                            if (a.getClass() == PyInt.class && b.getClass() == PyInt.class
                                    && !((PyInt) a).isBig() && !((PyInt) b).isBig()) {
                                r = Instructions.compareLongs(((PyInt) a).longValue(), ((PyInt) b).longValue(),
                                        code[pc + 4]) == PyBool.TRUE;
                            } else {
                                r = Instructions.isTrue(ts, Instructions.compare(ts, a, b, code[pc + 4]));
                            }
                            int jump = code[pc + 5];
                            if (r == (jump == Op.POP_JUMP_IF_TRUE || jump == Op.POP_JUMP_BACKWARD_IF_TRUE)) {
                                if (jump == Op.POP_JUMP_BACKWARD_IF_FALSE || jump == Op.POP_JUMP_BACKWARD_IF_TRUE) {
                                    f.lasti = pc - 1;
                                    if (gil != null) gil.checkpoint();
                                    if (interp.interruptPending) Instructions.deliverInterrupt(ts);
                                }
                                pc = code[pc + 6];
                            } else {
                                pc += 7;
                            }
                            break;
                        }
                        case Op.BINARY_FAST_FAST:
                        case Op.BINARY_FAST_CONST: {
                            PyObject a = s[code[pc]];
                            if (a == null) throw Instructions.unboundLocal(co, code[pc]);
                            PyObject b;
                            if (code[pc - 1] == Op.BINARY_FAST_FAST) {
                                b = s[code[pc + 2]];
                                if (b == null) throw Instructions.unboundLocal(co, code[pc + 2]);
                            } else {
                                b = consts[code[pc + 2]];
                            }
                            int op = code[pc + 3];
                            PyObject r;
                            if ((op == Op.INPLACE_ADD || op == Op.BINARY_ADD) && a.getClass() == PyInt.class
                                    && b.getClass() == PyInt.class) {
                                r = PyInt.add((PyInt) a, (PyInt) b);
                            } else {
                                r = Instructions.binary(ts, op, a, b);
                            }
                            s[code[pc + 5]] = r;
                            pc += 6;
                            break;
                        }
                        case Op.RETURN_VALUE: {
                            PyObject v = s[--sp];
                            f.pc = -1;
                            f.sp = sp;
                            f.lasti = pc - 1;
                            return v;
                        }
                        case Op.CALL: {
                            int n = code[pc++];
                            int base = sp - n - 1;
                            f.lasti = pc - 1;
                            PyObject r = Instructions.call(ts, s[base], s, base + 1, n, null);
                            Instructions.clear(s, base, sp);
                            sp = base;
                            s[sp++] = r;
                            break;
                        }
                        case Op.CALL_KW: {
                            int n = code[pc++];
                            KwNames kw = (KwNames) s[--sp];
                            int base = sp - n - 1;
                            f.lasti = pc - 1;
                            PyObject r = Instructions.call(ts, s[base], s, base + 1, n, kw.names);
                            Instructions.clear(s, base, sp + 1);
                            sp = base;
                            s[sp++] = r;
                            break;
                        }
                        case Op.CALL_METHOD: {
                            int n = code[pc++];
                            int base = sp - n - 2;
                            f.lasti = pc - 1;
                            PyObject r = Instructions.callMethod(ts, s[base], s[base + 1], s, base + 2, n);
                            Instructions.clear(s, base, sp);
                            sp = base;
                            s[sp++] = r;
                            break;
                        }
                        case Op.CALL_EX: {
                            PyObject kwargs = code[pc++] != 0 ? s[--sp] : null;
                            PyObject args = s[--sp];
                            f.lasti = pc - 1;
                            s[sp - 1] = Instructions.callEx(ts, s[sp - 1], args, kwargs);
                            break;
                        }
                        case Op.MAKE_FUNCTION:
                            sp = Instructions.makeFunction(f, s, sp, code[pc++]);
                            break;
                        case Op.LOAD_BUILD_CLASS:
                            s[sp++] = Instructions.loadBuildClass(f);
                            break;
                        case Op.IMPORT_NAME: {
                            PyObject fromlist = s[--sp];
                            f.lasti = pc - 1;
                            s[sp - 1] = Instructions.importName(ts, f, names[code[pc++]], fromlist, s[sp - 1]);
                            break;
                        }
                        case Op.IMPORT_FROM:
                            f.lasti = pc - 1;
                            s[sp] = Instructions.importFrom(ts, s[sp - 1], names[code[pc++]]);
                            sp++;
                            break;
                        case Op.IMPORT_STAR:
                            Instructions.importStar(ts, f, s[--sp]);
                            break;
                        case Op.RAISE_VARARGS: {
                            int n = code[pc++];
                            if (n == 0) {
                                reraise = true;
                                throw Instructions.reraiseHandled(ts);
                            }
                            PyObject cause = n == 2 ? s[--sp] : null;
                            throw Instructions.raise(ts, s[--sp], cause, n == 2);
                        }
                        case Op.RERAISE:
                            reraise = true;
                            throw new PyException((PyBaseException) s[--sp]);
                        case Op.PUSH_EXC_INFO: {
                            PyObject exc = s[sp - 1];
                            PyBaseException prev = ts.handledException();
                            s[sp - 1] = prev == null ? PyNone.NONE : prev;
                            s[sp++] = exc;
                            ts.setHandledException((PyBaseException) exc);
                            break;
                        }
                        case Op.POP_EXCEPT: {
                            PyObject prev = s[--sp];
                            ts.setHandledException(prev == PyNone.NONE ? null : (PyBaseException) prev);
                            break;
                        }
                        case Op.CHECK_EXC_MATCH: {
                            PyObject type = s[--sp];
                            s[sp] = PyBool.of(Instructions.exceptionMatches(ts, s[sp - 1], type));
                            sp++;
                            break;
                        }
                        case Op.BEFORE_WITH:
                            f.lasti = pc - 1;
                            sp = Instructions.beforeWith(ts, s, sp);
                            break;
                        case Op.WITH_EXCEPT_START:
                            f.lasti = pc - 1;
                            s[sp] = Instructions.withExceptStart(ts, s[sp - 3], (PyBaseException) s[sp - 1]);
                            sp++;
                            break;
                        case Op.LOAD_ASSERTION_ERROR:
                            s[sp++] = PyExc.AssertionError;
                            break;
                        case Op.YIELD_VALUE: {
                            PyObject v = s[--sp];
                            f.pc = pc;
                            f.sp = sp;
                            f.lasti = pc - 1;
                            return v;
                        }
                        case Op.GET_YIELD_FROM_ITER:
                            s[sp - 1] = Instructions.yieldFromIter(ts, s[sp - 1]);
                            break;
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
                            throw Errors.systemError("unknown opcode " + code[pc - 1] + " at offset " + (pc - 1)
                                    + " in " + co.qualname);
                    }
                }
            } catch (PyException e) {
                PyBaseException exc = e.value();
                int at = lasti >= 0 ? lasti : co.instructionStart(pc - 1);
                lasti = -1;
                if (!reraise) Tracebacks.record(ts, exc, f, at);
                reraise = false;
                int h = co.handlerFor(at);
                if (h < 0) {
                    Instructions.discard(ts, s, f.stackBase, sp);
                    f.pc = -1;
                    f.lasti = at;
                    throw e;
                }
                int depth = f.stackBase + co.exceptionTable[h + 3];
                Instructions.discard(ts, s, depth, sp);
                sp = depth;
                s[sp++] = exc;
                pc = co.exceptionTable[h + 2];
            } catch (StackOverflowError e) {
                pending = Instructions.recursionError();
            } catch (RuntimeException e) {
                pending = Instructions.fromJava(e);
            }
        }
    }

    /** The innermost Python frame of {@code ts}, or null. */
    static Frame current(ThreadState ts) {
        FrameInfo fi = ts.frame();
        return fi instanceof Frame fr ? fr : null;
    }
}
