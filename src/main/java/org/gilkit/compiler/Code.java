package org.gilkit.compiler;

/**
 * One compiled function, class body or module (CPython's code object, clox's {@code Chunk}):
 * immutable bytecode plus the tables its operands index. Produced by {@link Compiler}, executed by
 * {@code org.gilkit.vm.Interpreter}, printed by {@link Disassembler}.
 *
 * <p>Layout of a frame's slots: {@code varnames.length} fast locals (parameters first, in the
 * order positional-only, positional, keyword-only, *args, **kwargs), then one slot per cellvar,
 * then one per freevar (each holding a cell), then {@link #maxStack} operand-stack slots. DEREF
 * operands index cellvars followed by freevars.
 *
 * <p>{@link #constants} holds Java values: Long, BigInteger, Double, String, Boolean,
 * {@code Expr.Bytes}, {@code Expr.Constant.NONE}/{@code ELLIPSIS}, nested Code, String[]
 * (keyword names for CALL_KW) and List&lt;String&gt; (import from-lists, a tuple of str). The VM converts them once into runtime
 * objects ({@link #runtimeConstants}).
 *
 * <p>{@link #exceptionTable} is a flat array of {start, end, target, depth} quadruples, sorted
 * and non-overlapping: an exception raised at an offset in [start, end) truncates the stack to
 * depth, pushes the exception and continues at target.
 */
public final class Code {
    /** Flag: the function takes *args. */
    public static final int VARARGS = 0x04;
    /** Flag: the function takes **kwargs. */
    public static final int VARKEYWORDS = 0x08;
    /** Flag: calling the function creates a generator. */
    public static final int GENERATOR = 0x20;
    /** Flag: an {@code async def} (or async comprehension): calling it creates a coroutine. */
    public static final int COROUTINE = 0x80;
    /** Flag: an {@code async def} with {@code yield} (or async generator expression): an async generator. */
    public static final int ASYNC_GENERATOR = 0x200;
    /** Flag: a class body (names go to a namespace dict). */
    public static final int CLASS_BODY = 0x1000;
    /** Flag: the module top level. */
    public static final int MODULE = 0x2000;
    /** Flag: a comprehension or generator expression body (its argument is the iterator ".0"). */
    public static final int COMPREHENSION = 0x4000;

    public final String name;
    public final String qualname;
    public final String filename;
    public final int firstLine;
    public final int[] code;
    /** Source line of each code offset (0 if none). */
    public final int[] lines;
    public final Object[] constants;
    public final String[] names;
    public final String[] varnames;
    public final String[] cellvars;
    public final String[] freevars;
    public final int argcount;
    public final int posonlyargcount;
    public final int kwonlyargcount;
    public final int flags;
    public final int maxStack;
    public final int[] exceptionTable;
    /** The docstring, or null. */
    public final String doc;

    /** {@link #frameSize()} and {@link #cellCount()}, computed once (read on every call). */
    private final int frameSize;
    private final int cellCount;

    /** Start offset of the instruction containing each offset (operands map to their opcode). */
    private final int[] starts;

    /** Runtime forms of {@link #constants}, set once by the VM (benign race: same values). */
    public volatile Object[] runtimeConstants;
    /** The VM's inline caches, one slot per code offset (attribute sites), created once by the VM. */
    public volatile Object[] inlineCaches;
    /** Runtime forms of {@link #names} (interned str objects), set once by the VM. */
    public volatile Object[] runtimeNames;

    Code(Builder b) {
        this.name = b.name;
        this.qualname = b.qualname;
        this.filename = b.filename;
        this.firstLine = b.firstLine;
        this.code = b.code;
        this.lines = b.lines;
        this.constants = b.constants;
        this.names = b.names;
        this.varnames = b.varnames;
        this.cellvars = b.cellvars;
        this.freevars = b.freevars;
        this.argcount = b.argcount;
        this.posonlyargcount = b.posonlyargcount;
        this.kwonlyargcount = b.kwonlyargcount;
        this.flags = b.flags;
        this.maxStack = b.maxStack;
        this.exceptionTable = b.exceptionTable;
        this.doc = b.doc;
        this.cellCount = cellvars.length + freevars.length;
        this.frameSize = varnames.length + cellCount + maxStack;
        this.starts = new int[code.length];
        for (int pc = 0; pc < code.length; pc += OpCode.of(code[pc]).width()) {
            for (int i = 0; i < OpCode.of(code[pc]).width(); i++) starts[pc + i] = pc;
        }
    }

    /**
     * The start of the instruction that contains {@code offset}: the VM keeps only its program
     * counter and finds the failing instruction from {@code pc - 1} when an exception occurs.
     */
    public int instructionStart(int offset) {
        return offset < 0 ? 0 : starts[Math.min(offset, starts.length - 1)];
    }

    /** Fast locals, cells and the operand stack together. */
    public int frameSize() {
        return frameSize;
    }

    /** Number of cell slots (cellvars + freevars). */
    public int cellCount() {
        return cellCount;
    }

    /**
     * Whether calling the function makes a suspendable object instead of running the body: a
     * generator, a coroutine or an async generator (the VM tells them apart by the flags).
     */
    public boolean isGenerator() {
        return (flags & (GENERATOR | COROUTINE | ASYNC_GENERATOR)) != 0;
    }

    public boolean hasFlag(int flag) {
        return (flags & flag) != 0;
    }

    /** Total parameters, including *args and **kwargs. */
    public int totalArgs() {
        int n = argcount + kwonlyargcount;
        if ((flags & VARARGS) != 0) n++;
        if ((flags & VARKEYWORDS) != 0) n++;
        return n;
    }

    /** The source line of the instruction at {@code offset}, or the first line. */
    public int lineAt(int offset) {
        if (offset >= 0 && offset < lines.length && lines[offset] > 0) return lines[offset];
        return firstLine;
    }

    /** The name of cell operand {@code i} (cellvars, then freevars). */
    public String cellName(int i) {
        return i < cellvars.length ? cellvars[i] : freevars[i - cellvars.length];
    }

    /**
     * The exception-table entry index covering {@code offset}, or -1: entries are sorted and
     * disjoint, so the first with {@code start <= offset < end} is the innermost handler.
     */
    public int handlerFor(int offset) {
        int[] t = exceptionTable;
        for (int i = 0; i < t.length; i += 4) {
            if (offset < t[i]) return -1;
            if (offset < t[i + 1]) return i;
        }
        return -1;
    }

    @Override
    public String toString() {
        return "<code object " + name + ", file \"" + filename + "\", line " + firstLine + ">";
    }

    /** Collects the parts; the compiler fills it and calls {@link #build()}. */
    static final class Builder {
        String name;
        String qualname;
        String filename;
        int firstLine;
        int[] code;
        int[] lines;
        Object[] constants;
        String[] names;
        String[] varnames;
        String[] cellvars;
        String[] freevars;
        int argcount;
        int posonlyargcount;
        int kwonlyargcount;
        int flags;
        int maxStack;
        int[] exceptionTable;
        String doc;

        Code build() {
            return new Code(this);
        }
    }
}
