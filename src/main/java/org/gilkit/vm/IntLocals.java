package org.gilkit.vm;

import org.gilkit.compiler.Op;
import org.gilkit.compiler.OpCode;
import org.gilkit.runtime.PyInt;
import org.gilkit.runtime.PyObject;
import org.gilkit.runtime.PyType;

/**
 * Unboxed int locals: a fast local whose value is an int that fits in a long may live as a
 * machine {@code long} in the frame's {@link Frame#ints} array, with the marker {@link #UNBOXED}
 * in its slot, instead of as a {@link PyInt} object in the slot itself.
 *
 * <p>Why: in {@code for i in range(n): total += i} the two PyInt allocations per iteration (the
 * loop variable and the new total) were about half the cost of the iteration once dispatch was
 * down to two instructions. Only the instructions that produce machine longs anyway store
 * unboxed: FOR_ITER_BACK over a range iterator into its STORE_FAST target, and the
 * BINARY_FAST_FAST / BINARY_FAST_CONST superinstructions when both operands are long ints and the
 * result does not overflow (see {@link #arith}); their operands, and COMPARE_FAST_JUMP's, are
 * read unboxed. Every other reader boxes: LOAD_FAST calls {@link #box}, which also writes the box
 * back into the slot, so a local costs at most one allocation per assignment, as before, and
 * nothing when only the unboxing instructions read it (a loop counter, an accumulator).
 *
 * <p>Invariant (what keeps the marker inside the VM): the marker only ever sits in a fast-local
 * slot (index below {@code code.varnames.length}, never a cell or the operand stack), only after
 * {@link Frame#ints} exists, and every reader of fast-local slots handles it: Eval's LOAD_FAST and
 * the fused instructions, {@link Frame#locals()}. DELETE_FAST and argument binding only test
 * slots for null or write them. A marker that escaped anyway fails loudly (its {@code type()}
 * throws, which the VM turns into a SystemError), never as a wrong value.
 */
final class IntLocals {
    private IntLocals() {}

    /** The slot marker: "the value is {@code frame.ints[slot]}". */
    static final PyObject UNBOXED = new Marker();

    private static final class Marker extends PyObject {
        @Override
        public PyType type() {
            throw new IllegalStateException("internal error: an unboxed int local escaped the VM");
        }

        @Override
        public String toString() {
            return "<unboxed int local>";
        }
    }

    /** The frame's long array, made on first use (most frames never store an unboxed int). */
    static long[] ints(Frame f) {
        long[] iv = f.ints;
        if (iv == null) iv = f.ints = new long[f.code.varnames.length];
        return iv;
    }

    /** The value of a slot holding the marker, as a PyInt; written back so the slot is boxed again. */
    static PyInt box(Frame f, int slot) {
        PyInt b = PyInt.of(f.ints[slot]);
        f.slots[slot] = b;
        return b;
    }

    /**
     * The value of fast local {@code slot} as a Python object, or null if unbound, without
     * writing a box back: for readers that may run on another thread than the frame's
     * ({@link Frame#locals()} from a thread dump), where a write-back could replace a newer
     * unboxed value with an older box.
     */
    static PyObject value(Frame f, int slot) {
        PyObject v = f.slots[slot];
        long[] iv = f.ints;
        if (v != UNBOXED) return v;
        return iv != null ? PyInt.of(iv[slot]) : null; // null only if another thread saw the marker before the array
    }

    /** Whether {@code v} (a slot's content or a constant) is an int that fits in a long. */
    static boolean isLong(PyObject v) {
        return v == UNBOXED || (v != null && v.getClass() == PyInt.class && !((PyInt) v).isBig());
    }

    /** The long value of {@code v}, which {@link #isLong} accepted, read from {@code iv[slot]} if unboxed. */
    static long longOf(PyObject v, long[] iv, int slot) {
        return v == UNBOXED ? iv[slot] : ((PyInt) v).longValue();
    }

    /** Stores {@code v} unboxed in local {@code slot}; the marker store is skipped when already there (no GC barrier). */
    static void store(PyObject[] s, long[] iv, int slot, long v) {
        iv[slot] = v;
        if (s[slot] != UNBOXED) s[slot] = UNBOXED;
    }

    /**
     * Computes {@code x bop y} for the binary operators whose long result is the Python result
     * unless it overflows (+, -, *, &amp;, |, ^, plain and in-place) and stores it unboxed in
     * {@code target}: false, storing nothing, when the operator is another one or the result
     * overflows (the caller then takes the generic path, which gives the big int).
     */
    static boolean arith(int bop, long x, long y, PyObject[] s, long[] iv, int target) {
        long r;
        switch (bop) {
            case Op.BINARY_ADD:
            case Op.INPLACE_ADD:
                r = x + y;
                if (((x ^ r) & (y ^ r)) < 0) return false;
                break;
            case Op.BINARY_SUBTRACT:
            case Op.INPLACE_SUBTRACT:
                r = x - y;
                if (((x ^ y) & (x ^ r)) < 0) return false;
                break;
            case Op.BINARY_MULTIPLY:
            case Op.INPLACE_MULTIPLY: {
                long hi = Math.multiplyHigh(x, y);
                r = x * y;
                if (hi != (r >> 63)) return false;
                break;
            }
            case Op.BINARY_AND:
            case Op.INPLACE_AND:
                r = x & y;
                break;
            case Op.BINARY_OR:
            case Op.INPLACE_OR:
                r = x | y;
                break;
            case Op.BINARY_XOR:
            case Op.INPLACE_XOR:
                r = x ^ y;
                break;
            default:
                return false;
        }
        store(s, iv, target, r);
        return true;
    }

    /**
     * BINARY_COMPARE_JUMP's fast path: {@code (x bop y) cmp z} on longs as 1 (true) or 0 (false),
     * or -1 when the operator is not one computed here or its long result would not be Python's
     * (overflow, a zero divisor): the caller then takes the generic path, which also raises.
     * {@code %} and {@code //} round toward negative infinity, as Python's do.
     */
    static int binaryCompare(int bop, long x, long y, long z, int cmp) {
        long r;
        switch (bop) {
            case Op.BINARY_ADD:
                r = x + y;
                if (((x ^ r) & (y ^ r)) < 0) return -1;
                break;
            case Op.BINARY_SUBTRACT:
                r = x - y;
                if (((x ^ y) & (x ^ r)) < 0) return -1;
                break;
            case Op.BINARY_MULTIPLY: {
                long hi = Math.multiplyHigh(x, y);
                r = x * y;
                if (hi != (r >> 63)) return -1;
                break;
            }
            case Op.BINARY_MODULO:
                if (y == 0) return -1;
                r = Math.floorMod(x, y);
                break;
            case Op.BINARY_FLOOR_DIVIDE:
                if (y == 0 || (x == Long.MIN_VALUE && y == -1)) return -1;
                r = Math.floorDiv(x, y);
                break;
            case Op.BINARY_AND:
                r = x & y;
                break;
            default:
                return -1;
        }
        switch (cmp) {
            case OpCode.CMP_LT: return r < z ? 1 : 0;
            case OpCode.CMP_LE: return r <= z ? 1 : 0;
            case OpCode.CMP_EQ: return r == z ? 1 : 0;
            case OpCode.CMP_NE: return r != z ? 1 : 0;
            case OpCode.CMP_GT: return r > z ? 1 : 0;
            default: return r >= z ? 1 : 0;
        }
    }

    /**
     * Opcode prediction (CPython's {@code PREDICT()}): when the instruction at {@code pc} is
     * BINARY_FAST_FAST or BINARY_FAST_CONST on long ints whose result fits, runs it here and
     * returns the offset after it; otherwise returns {@code pc} unchanged and the dispatch loop
     * runs the instruction normally. FOR_ITER_BACK calls it after storing a range loop's
     * variable: the body of most counting loops starts with {@code total += i}, and each
     * dispatch saved is a pass through the interpreter loop's head (measured: the larger part of
     * an iteration's cost). Nothing here can raise, so no instruction boundary is lost.
     */
    static int predictArith(Frame f, int[] code, int pc, PyObject[] s, long[] iv) {
        int op = code[pc];
        if (op != Op.BINARY_FAST_FAST && op != Op.BINARY_FAST_CONST) return pc;
        int ka = code[pc + 1];
        int kb = code[pc + 3];
        PyObject a = s[ka];
        PyObject b = op == Op.BINARY_FAST_FAST ? s[kb] : f.consts[kb];
        if (isLong(a) && isLong(b) && arith(code[pc + 4], longOf(a, iv, ka), longOf(b, iv, kb), s, iv, code[pc + 6])) {
            return pc + 7;
        }
        return pc;
    }
}
