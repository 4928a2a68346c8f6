package org.gilkit.compiler;

/**
 * Every bytecode instruction, defined once (Wren's {@code wren_opcodes.h}): its operand shape and
 * its stack effect as data. The compiler's max-stack computation ({@link CodeBuilder}), the VM's
 * dispatch ({@code org.gilkit.vm.Interpreter}, which switches on {@link #ordinal()} through the
 * {@code static final int} copies in {@link Op}) and the {@link Disassembler} all read this table.
 *
 * <p>An instruction is one int (the opcode) followed by one int operand when
 * {@link #operand} is not {@link Operand#NONE}. The comment on each constant names the operand in
 * brackets and shows the stack before and after ("TOS" is the top of stack). The stack effect is
 * {@code fixed + perArg * operand} on the fall-through path, and {@link #jumpEffect} when a
 * conditional jump is taken. Three instructions whose effect depends on bit fields of their operand
 * ({@link #UNPACK_EX}, {@link #MAKE_FUNCTION}) say so with {@link Operand#COUNTS} or
 * {@link Operand#FN_FLAGS} and are computed in {@link #stackEffect(int, boolean)}.
 */
public enum OpCode {
    /** No operation (a placeholder the line table can point at). */
    NOP(Operand.NONE, 0),
    /** [] value -> (discarded) */
    POP_TOP(Operand.NONE, -1),
    /** [n] ... x(n-th from top) ... -> ... x ... x (n = 1 duplicates TOS) */
    COPY(Operand.COUNT, 1),
    /** [n] swaps TOS and the n-th item from the top (n >= 2) */
    SWAP(Operand.COUNT, 0),

    /** [const] -> value */
    LOAD_CONST(Operand.CONST, 1),
    /** [local] -> value; UnboundLocalError if unset */
    LOAD_FAST(Operand.LOCAL, 1),
    /** [local] value -> */
    STORE_FAST(Operand.LOCAL, -1),
    /** [local] unbinds a local; UnboundLocalError if unset */
    DELETE_FAST(Operand.LOCAL, 0),
    /** [cell] -> the cell's value (cellvars then freevars) */
    LOAD_DEREF(Operand.CELL, 1),
    /** [cell] value -> */
    STORE_DEREF(Operand.CELL, -1),
    /** [cell] empties a cell */
    DELETE_DEREF(Operand.CELL, 0),
    /** [cell] -> the cell object itself (to build a closure tuple) */
    LOAD_CLOSURE(Operand.CELL, 1),
    /** [cell] -> class body: the namespace's value if present, else the cell's value */
    LOAD_CLASSDEREF(Operand.CELL, 1),
    /** [name] -> globals[name], else builtins[name] */
    LOAD_GLOBAL(Operand.NAME, 1),
    /** [name] value -> */
    STORE_GLOBAL(Operand.NAME, -1),
    /** [name] removes a global */
    DELETE_GLOBAL(Operand.NAME, 0),
    /** [name] -> locals[name], else globals, else builtins (class bodies) */
    LOAD_NAME(Operand.NAME, 1),
    /** [name] value -> (into the frame's locals mapping) */
    STORE_NAME(Operand.NAME, -1),
    /** [name] removes a name from the locals mapping */
    DELETE_NAME(Operand.NAME, 0),

    /** [name] obj -> getattr(obj, name) */
    LOAD_ATTR(Operand.NAME, 0),
    /** [name] value obj -> (obj.name = value) */
    STORE_ATTR(Operand.NAME, -2),
    /** [name] obj -> */
    DELETE_ATTR(Operand.NAME, -1),
    /** [name] obj -> function obj (an unbound method found on the type), or attr NULL */
    LOAD_METHOD(Operand.NAME, 1),
    /** [] container key -> container[key] */
    BINARY_SUBSCR(Operand.NONE, -1),
    /** [] value container key -> (container[key] = value) */
    STORE_SUBSCR(Operand.NONE, -3),
    /** [] container key -> */
    DELETE_SUBSCR(Operand.NONE, -2),
    /** [n] start stop (step if n = 3) -> slice */
    BUILD_SLICE(Operand.COUNT, 1, -1),

    /** [] x -> +x */
    UNARY_POSITIVE(Operand.NONE, 0),
    /** [] x -> -x */
    UNARY_NEGATIVE(Operand.NONE, 0),
    /** [] x -> not x */
    UNARY_NOT(Operand.NONE, 0),
    /** [] x -> ~x */
    UNARY_INVERT(Operand.NONE, 0),

    /** [] a b -> a + b */
    BINARY_ADD(Operand.NONE, -1),
    /** [] a b -> a - b */
    BINARY_SUBTRACT(Operand.NONE, -1),
    /** [] a b -> a * b */
    BINARY_MULTIPLY(Operand.NONE, -1),
    /** [] a b -> a @ b */
    BINARY_MATRIX_MULTIPLY(Operand.NONE, -1),
    /** [] a b -> a / b */
    BINARY_TRUE_DIVIDE(Operand.NONE, -1),
    /** [] a b -> a % b */
    BINARY_MODULO(Operand.NONE, -1),
    /** [] a b -> a ** b */
    BINARY_POWER(Operand.NONE, -1),
    /** [] a b -> a << b */
    BINARY_LSHIFT(Operand.NONE, -1),
    /** [] a b -> a >> b */
    BINARY_RSHIFT(Operand.NONE, -1),
    /** [] a b -> a | b */
    BINARY_OR(Operand.NONE, -1),
    /** [] a b -> a ^ b */
    BINARY_XOR(Operand.NONE, -1),
    /** [] a b -> a & b */
    BINARY_AND(Operand.NONE, -1),
    /** [] a b -> a // b */
    BINARY_FLOOR_DIVIDE(Operand.NONE, -1),
    /** [] a b -> a += b */
    INPLACE_ADD(Operand.NONE, -1),
    /** [] a b -> a -= b */
    INPLACE_SUBTRACT(Operand.NONE, -1),
    /** [] a b -> a *= b */
    INPLACE_MULTIPLY(Operand.NONE, -1),
    /** [] a b -> a @= b */
    INPLACE_MATRIX_MULTIPLY(Operand.NONE, -1),
    /** [] a b -> a /= b */
    INPLACE_TRUE_DIVIDE(Operand.NONE, -1),
    /** [] a b -> a %= b */
    INPLACE_MODULO(Operand.NONE, -1),
    /** [] a b -> a **= b */
    INPLACE_POWER(Operand.NONE, -1),
    /** [] a b -> a <<= b */
    INPLACE_LSHIFT(Operand.NONE, -1),
    /** [] a b -> a >>= b */
    INPLACE_RSHIFT(Operand.NONE, -1),
    /** [] a b -> a |= b */
    INPLACE_OR(Operand.NONE, -1),
    /** [] a b -> a ^= b */
    INPLACE_XOR(Operand.NONE, -1),
    /** [] a b -> a &= b */
    INPLACE_AND(Operand.NONE, -1),
    /** [] a b -> a //= b */
    INPLACE_FLOOR_DIVIDE(Operand.NONE, -1),
    /** [cmp] a b -> a (cmp) b, cmp: 0 <, 1 <=, 2 ==, 3 !=, 4 >, 5 >= */
    COMPARE_OP(Operand.COMPARE, -1),
    /** [invert] a b -> a is b (is not, when invert = 1) */
    IS_OP(Operand.INVERT, -1),
    /** [invert] a b -> a in b (not in, when invert = 1) */
    CONTAINS_OP(Operand.INVERT, -1),

    /** [n] item1 ... itemN -> tuple */
    BUILD_TUPLE(Operand.COUNT, 1, -1),
    /** [n] item1 ... itemN -> list */
    BUILD_LIST(Operand.COUNT, 1, -1),
    /** [n] item1 ... itemN -> set */
    BUILD_SET(Operand.COUNT, 1, -1),
    /** [n] key1 value1 ... keyN valueN -> dict */
    BUILD_MAP(Operand.COUNT, 1, -2),
    /** [n] str1 ... strN -> the concatenation (f-strings) */
    BUILD_STRING(Operand.COUNT, 1, -1),
    /** [depth] appends TOS to the list depth items below it (comprehensions and displays) */
    LIST_APPEND(Operand.DEPTH, -1),
    /** [depth] adds TOS to the set depth items below it */
    SET_ADD(Operand.DEPTH, -1),
    /** [depth] key value -> (the dict depth items below gets key: value) */
    MAP_ADD(Operand.DEPTH, -2),
    /** [depth] iterable -> (extends the list depth items below) */
    LIST_EXTEND(Operand.DEPTH, -1),
    /** [depth] iterable -> (updates the set depth items below) */
    SET_UPDATE(Operand.DEPTH, -1),
    /** [depth] mapping -> (dict display {**m}: updates the dict depth items below) */
    DICT_UPDATE(Operand.DEPTH, -1),
    /** [depth] mapping -> (call f(**m): like DICT_UPDATE, TypeError on a repeated keyword) */
    DICT_MERGE(Operand.DEPTH, -1),
    /** [] list -> tuple(list) */
    LIST_TO_TUPLE(Operand.NONE, 0),
    /** [conversion] value -> format(conversion(value), "") ; conversion -1 none, 's', 'r', 'a' */
    FORMAT_VALUE(Operand.CONVERSION, 0),
    /** [conversion] value spec -> format(conversion(value), spec) */
    FORMAT_WITH_SPEC(Operand.CONVERSION, -1),
    /** [n] iterable -> itemN ... item1 (item1 on top); ValueError unless exactly n items */
    UNPACK_SEQUENCE(Operand.COUNT, -1, 1),
    /** [before | after << 8] iterable -> after-items, starred list, before-items (first on top) */
    UNPACK_EX(Operand.COUNTS, 0),

    /** [target] jumps forward */
    JUMP_FORWARD(Operand.JUMP, 0),
    /** [target] jumps backward; a GIL check point */
    JUMP_BACKWARD(Operand.JUMP, 0),
    /** [target] cond -> ; jumps if not cond */
    POP_JUMP_IF_FALSE(Operand.JUMP, -1, 0, -1),
    /** [target] cond -> ; jumps if cond */
    POP_JUMP_IF_TRUE(Operand.JUMP, -1, 0, -1),
    /** [target] cond -> ; jumps backward if not cond; a GIL check point (bottom test of a while loop) */
    POP_JUMP_BACKWARD_IF_FALSE(Operand.JUMP, -1, 0, -1),
    /** [target] cond -> ; jumps backward if cond; a GIL check point (bottom test of a while loop) */
    POP_JUMP_BACKWARD_IF_TRUE(Operand.JUMP, -1, 0, -1),
    /** [target] cond -> cond and jumps if false, else pops it ({@code and}) */
    JUMP_IF_FALSE_OR_POP(Operand.JUMP, -1, 0, 0),
    /** [target] cond -> cond and jumps if true, else pops it ({@code or}) */
    JUMP_IF_TRUE_OR_POP(Operand.JUMP, -1, 0, 0),
    /**
     * [owned] iterable -> iter(iterable); owned = 1 when the iterable is a fresh call result only
     * this for loop references, so a generator it returns is closed when the loop is abandoned
     * (CPython closes it when its refcount drops)
     */
    GET_ITER(Operand.COUNT, 0),
    /** [] iterator -> ; closes it if it is a loop-owned generator (break/return out of a for loop) */
    POP_ITER(Operand.NONE, -1),
    /**
     * [target] iterator -> iterator next and jumps back to the loop body (a GIL check point); at
     * exhaustion pops the iterator and falls through. The bottom of every for loop: one dispatch
     * per iteration instead of a loop-top test plus a JUMP_BACKWARD. When the body starts with STORE_FAST,
     * the VM stores the value directly and skips it; over a range it stores the int unboxed and, when
     * a BINARY_FAST_FAST/CONST on ints follows, runs that too (opcode prediction: see the VM's
     * IntLocals). Both still show in the disassembly as the instructions they are.
     */
    FOR_ITER_BACK(Operand.JUMP, -1, 0, 1),
    /** [] value -> returns value to the caller */
    RETURN_VALUE(Operand.NONE, -1),

    /** [argc] callable arg1 ... argN -> result */
    CALL(Operand.COUNT, 0, -1),
    /** [argc] callable args... kwvalues... kwnames(tuple) -> result; argc counts positionals and kwvalues */
    CALL_KW(Operand.COUNT, -1, -1),
    /** [argc] method self-or-NULL arg1 ... argN -> result (pairs with LOAD_METHOD) */
    CALL_METHOD(Operand.COUNT, -1, -1),
    /** [hasKwargs] callable argtuple (kwargsdict) -> result */
    CALL_EX(Operand.COUNT, -1, -1),
    /** [flags] (defaults) (kwdefaults) (closure) code -> function; 1 defaults, 2 kwdefaults, 8 closure */
    MAKE_FUNCTION(Operand.FN_FLAGS, 0),
    /** [] -> __build_class__ */
    LOAD_BUILD_CLASS(Operand.NONE, 1),
    /** [name] level fromlist -> module */
    IMPORT_NAME(Operand.NAME, -1),
    /** [name] module -> module attr */
    IMPORT_FROM(Operand.NAME, 1),
    /** [] module -> (binds every public name into the locals) */
    IMPORT_STAR(Operand.NONE, -1),

    /** [n] (exc (cause)) -> raises; n = 0 re-raises the exception being handled */
    RAISE_VARARGS(Operand.COUNT, 0, -1),
    /** [] exc -> re-raises exc keeping its traceback (end of finally / unmatched except) */
    RERAISE(Operand.NONE, -1),
    /** [] exc -> previous-handled exc; makes exc the one being handled (handler entry) */
    PUSH_EXC_INFO(Operand.NONE, 1),
    /** [] previous -> ; restores the exception being handled (handler exit) */
    POP_EXCEPT(Operand.NONE, -1),
    /** [] exc type -> exc matches; TypeError unless type is an exception class or tuple of them */
    CHECK_EXC_MATCH(Operand.NONE, 0),
    /** [] manager -> bound __exit__, manager.__enter__() */
    BEFORE_WITH(Operand.NONE, 1),
    /** [] exit previous exc -> exit previous exc exit(type(exc), exc, tb) */
    WITH_EXCEPT_START(Operand.NONE, 1),
    /**
     * [a] superinstruction for {@code LOAD_FAST a; LOAD_FAST b; <binary op>; STORE_FAST c}
     * ({@code total += i}, {@code x = a - b}): the peephole pass rewrites the first opcode and the
     * VM reads b, the operator and c from the covered instructions, which stay in place.
     */
    BINARY_FAST_FAST(Operand.LOCAL, 0, 0, 0, 7),
    /** [a] superinstruction for {@code LOAD_FAST a; LOAD_CONST k; <binary op>; STORE_FAST c} ({@code i += 1}) */
    BINARY_FAST_CONST(Operand.LOCAL, 0, 0, 0, 7),
    /**
     * [a] superinstruction for {@code LOAD_FAST a; LOAD_FAST b | LOAD_CONST k; COMPARE_OP op;
     * POP_JUMP_[BACKWARD_]IF_X target} ({@code while i < n}, {@code if x == 0}): compares and
     * branches without touching the operand stack (a check point when it jumps backward)
     */
    COMPARE_FAST_JUMP(Operand.LOCAL, 0, 0, 0, 8),
    /** [] -> AssertionError */
    LOAD_ASSERTION_ERROR(Operand.NONE, 1),

    /** [] value -> sent value (suspends the generator, resumes with send()'s argument) */
    YIELD_VALUE(Operand.NONE, 0),
    /** [] iterable -> iterator (a generator itself, else iter()) for yield from */
    GET_YIELD_FROM_ITER(Operand.NONE, 0),
    /**
     * [] iterator value -> result: sends value into the iterator; if it yields, suspends the
     * generator with the iterator on the stack and re-executes this instruction on resume with the
     * sent value pushed; when the iterator returns r, replaces it by r and continues
     */
    YIELD_FROM(Operand.NONE, -1),

    /**
     * [where] awaitable -> the iterator an await delegates to (YIELD_FROM follows): a coroutine's
     * own frame, else {@code __await__()}'s result. where: 0 {@code await}, 1 after
     * {@code __aenter__}, 2 after {@code __aexit__} (only the TypeError's text differs)
     */
    GET_AWAITABLE(Operand.COUNT, 0),
    /** [] iterable -> iterable.__aiter__() (async for; TypeError without __aiter__) */
    GET_AITER(Operand.NONE, 0),
    /** [] aiterator -> aiterator, awaitable of aiterator.__anext__() (an await follows) */
    GET_ANEXT(Operand.NONE, 1),
    /**
     * [] aiterator exc -> ; the handler at the end of an async for: StopAsyncIteration ends the
     * loop (both popped), any other exception is re-raised
     */
    END_ASYNC_FOR(Operand.NONE, -2),
    /** [] manager -> bound __aexit__, awaitable of manager.__aenter__() (an await follows) */
    BEFORE_ASYNC_WITH(Operand.NONE, 1),
    /**
     * [] value -> wrapped value: a {@code yield} in an async generator marks its value so the
     * generator's {@code __anext__} tells it from what an inner await passes up to the event loop
     */
    ASYNC_GEN_WRAP(Operand.NONE, 0),
    /**
     * [local] superinstruction for {@code LOAD_FAST x; RETURN_VALUE} ({@code return x}): returns the
     * local without touching the operand stack; the covered RETURN_VALUE stays in place
     */
    RETURN_FAST(Operand.LOCAL, 0, 0, 0, 3),
    /**
     * [const] superinstruction for {@code LOAD_CONST k; RETURN_VALUE} ({@code return None}, the
     * implicit return at the end of a function)
     */
    RETURN_CONST(Operand.CONST, 0, 0, 0, 3),
    /**
     * [a] superinstruction for {@code LOAD_FAST a; LOAD_FAST b | LOAD_CONST k; <binary op>;
     * LOAD_FAST c | LOAD_CONST k; COMPARE_OP op; POP_JUMP_[BACKWARD_]IF_X target} ({@code if n % i
     * == 0}, {@code while i * i <= n}): on long ints it computes, compares and branches with no
     * int object made and the operand stack untouched (a check point when it jumps backward)
     */
    BINARY_COMPARE_JUMP(Operand.LOCAL, 0, 0, 0, 11);

    /** The kinds of operand, one disassembler helper each (clox debug.c's simpleInstruction etc.). */
    public enum Operand {
        /** No operand. */
        NONE,
        /** Index into {@link Code#constants}. */
        CONST,
        /** Index into {@link Code#names}. */
        NAME,
        /** Index into {@link Code#varnames} (a fast local). */
        LOCAL,
        /** Index into cellvars then freevars. */
        CELL,
        /** Absolute code offset. */
        JUMP,
        /** A plain count. */
        COUNT,
        /** Two counts packed as {@code low | high << 8}. */
        COUNTS,
        /** Stack depth of a comprehension's container. */
        DEPTH,
        /** A comparison operator (index into {@link #COMPARE_SYMBOLS}). */
        COMPARE,
        /** 0 or 1 (is / is not, in / not in). */
        INVERT,
        /** -1, 's', 'r' or 'a'. */
        CONVERSION,
        /** MAKE_FUNCTION flag bits. */
        FN_FLAGS
    }

    /** COMPARE_OP operands, in operand order. */
    public static final String[] COMPARE_SYMBOLS = {"<", "<=", "==", "!=", ">", ">="};

    public static final int CMP_LT = 0;
    public static final int CMP_LE = 1;
    public static final int CMP_EQ = 2;
    public static final int CMP_NE = 3;
    public static final int CMP_GT = 4;
    public static final int CMP_GE = 5;

    /** MAKE_FUNCTION flag: a tuple of positional defaults is on the stack. */
    public static final int FN_DEFAULTS = 1;
    /** MAKE_FUNCTION flag: a dict of keyword-only defaults is on the stack. */
    public static final int FN_KWDEFAULTS = 2;
    /** MAKE_FUNCTION flag: a dict of annotations (parameter name or "return" to value) is on the stack. */
    public static final int FN_ANNOTATIONS = 4;
    /** MAKE_FUNCTION flag: a tuple of cells is on the stack. */
    public static final int FN_CLOSURE = 8;

    private static final OpCode[] VALUES = values();

    public final Operand operand;
    private final int fixed;
    private final int perArg;
    private final int jumpEffect;
    /** Ints a superinstruction consumes (its own and the covered instructions'), else 0. */
    private final int covers;

    OpCode(Operand operand, int fixed) {
        this(operand, fixed, 0, fixed, 0);
    }

    OpCode(Operand operand, int fixed, int perArg) {
        this(operand, fixed, perArg, fixed, 0);
    }

    OpCode(Operand operand, int fixed, int perArg, int jumpEffect) {
        this(operand, fixed, perArg, jumpEffect, 0);
    }

    OpCode(Operand operand, int fixed, int perArg, int jumpEffect, int covers) {
        this.operand = operand;
        this.fixed = fixed;
        this.perArg = perArg;
        this.jumpEffect = jumpEffect;
        this.covers = covers;
    }

    /** Whether this is a superinstruction that executes the instructions after it too. */
    public boolean isSuper() {
        return covers > 0;
    }

    /** Offset of the instruction executed after this one (when it does not jump). */
    public int next(int offset) {
        return offset + (covers > 0 ? covers : width());
    }

    /** Whether an operand int follows the opcode. */
    public boolean hasOperand() {
        return operand != Operand.NONE;
    }

    /** Ints this instruction occupies (1 or 2). */
    public int width() {
        return operand == Operand.NONE ? 1 : 2;
    }

    /** Whether the operand is a code offset. */
    public boolean isJump() {
        return operand == Operand.JUMP;
    }

    /** Whether a taken jump of this instruction is a backward jump (a GIL check point). */
    public boolean isBackwardJump() {
        return this == JUMP_BACKWARD || this == POP_JUMP_BACKWARD_IF_FALSE || this == POP_JUMP_BACKWARD_IF_TRUE
                || this == FOR_ITER_BACK;
    }

    /** Whether control never falls through to the next instruction. */
    public boolean isTerminal() {
        return this == JUMP_FORWARD || this == JUMP_BACKWARD || this == RETURN_VALUE || this == RERAISE
                || this == RETURN_FAST || this == RETURN_CONST
                || this == RAISE_VARARGS;
    }

    /**
     * The change in stack depth, for the fall-through path ({@code jump = false}) or when the
     * jump is taken.
     */
    public int stackEffect(int arg, boolean jump) {
        switch (operand) {
            case COUNTS:
                return (arg & 0xFF) + (arg >> 8);
            case FN_FLAGS:
                return -Integer.bitCount(arg);
            default:
                return (jump ? jumpEffect : fixed) + perArg * arg;
        }
    }

    /** The opcode with this ordinal (the int stored in {@link Code#code}). */
    public static OpCode of(int ordinal) {
        return VALUES[ordinal];
    }
}
