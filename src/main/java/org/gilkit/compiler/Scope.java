package org.gilkit.compiler;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One namespace of a program (module, class body, function, lambda or comprehension) as seen by
 * {@link Symtable}: the names it uses and binds, with raw flags from the first pass, and after
 * analysis each name's {@link Binding} and the ordered cell and free variable lists the compiler
 * turns into a {@link Code}'s tables.
 */
final class Scope {
    enum Kind { MODULE, CLASS, FUNCTION }

    static final int DEF_LOCAL = 1;
    static final int DEF_PARAM = 2;
    static final int DEF_GLOBAL = 4;
    static final int DEF_NONLOCAL = 8;
    static final int USE = 16;
    /** A comprehension's walrus target: bound in the enclosing function, free here. */
    static final int DEF_COMP_WALRUS = 32;

    /** How a name is accessed in this scope. */
    enum Binding {
        /** A fast local (function) or a namespace entry (module, class). */
        LOCAL,
        /** A local captured by an inner function: lives in a cell. */
        CELL,
        /** A variable of an enclosing function, reached through a cell in the closure. */
        FREE,
        /** Declared {@code global}. */
        GLOBAL_EXPLICIT,
        /** Not bound anywhere visible: a global or a builtin. */
        GLOBAL_IMPLICIT
    }

    final Kind kind;
    final String name;
    final Scope parent;
    final boolean comprehension;
    final Map<String, Integer> flags = new LinkedHashMap<>();
    final Map<String, Integer> firstLine = new LinkedHashMap<>();
    final List<String> params = new ArrayList<>();
    final List<Scope> children = new ArrayList<>();
    boolean generator;
    /** An {@code async def} body: await, async for/with and async comprehensions are allowed. */
    boolean asyncDef;
    /**
     * Contains an await or an {@code async for} (CPython's ste_coroutine): a comprehension with it
     * is compiled as a coroutine (an async generator for a generator expression).
     */
    boolean coroutine;
    boolean needsClassCell;

    final Map<String, Binding> bindings = new LinkedHashMap<>();
    final Set<String> cellvars = new LinkedHashSet<>();
    final Set<String> freevars = new LinkedHashSet<>();

    Scope(Kind kind, String name, Scope parent, boolean comprehension) {
        this.kind = kind;
        this.name = name;
        this.parent = parent;
        this.comprehension = comprehension;
        if (parent != null) parent.children.add(this);
    }

    void add(String name, int flag, int line) {
        flags.merge(name, flag, (a, b) -> a | b);
        firstLine.putIfAbsent(name, line);
    }

    int flags(String name) {
        return flags.getOrDefault(name, 0);
    }

    boolean isFunction() {
        return kind == Kind.FUNCTION;
    }

    /** The binding of {@code name}; names never seen here resolve as globals. */
    Binding binding(String name) {
        Binding b = bindings.get(name);
        if (b != null) return b;
        return kind == Kind.FUNCTION ? Binding.GLOBAL_IMPLICIT : Binding.LOCAL;
    }

    @Override
    public String toString() {
        return kind + " " + name + " " + bindings;
    }
}
