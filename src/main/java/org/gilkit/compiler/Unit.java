package org.gilkit.compiler;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The state of one code object being compiled (CPython's {@code compiler_unit}): its scope, its
 * {@link CodeBuilder}, the fast-local and cell numbering, and the stack of {@link FBlock}s around
 * the statement being compiled. Units nest as the compiler descends into functions, lambdas,
 * comprehensions and class bodies.
 */
final class Unit {
    final Scope scope;
    final String name;
    final String qualname;
    final int firstLine;
    final CodeBuilder b = new CodeBuilder();
    final Map<String, Integer> fast = new LinkedHashMap<>();
    final List<String> cells = new ArrayList<>();
    final List<FBlock> fblocks = new ArrayList<>();
    int argcount;
    int posonlyargcount;
    int kwonlyargcount;
    int flags;
    String doc;

    Unit(Scope scope, String name, String qualname, int firstLine) {
        this.scope = scope;
        this.name = name;
        this.qualname = qualname;
        this.firstLine = firstLine;
        cells.addAll(scope.cellvars);
        for (String f : scope.freevars) {
            if (!cells.contains(f)) cells.add(f);
        }
    }

    int local(String name) {
        return fast.computeIfAbsent(name, n -> fast.size());
    }

    /** Cell operand of {@code name}: its index among cellvars followed by freevars. */
    int cell(String name) {
        int i = cells.indexOf(name);
        if (i < 0) throw new IllegalStateException("no cell '" + name + "' in " + qualname);
        return i;
    }

    Code finish(String filename) {
        Code.Builder c = new Code.Builder();
        c.name = name;
        c.qualname = qualname;
        c.filename = filename;
        c.firstLine = firstLine;
        c.code = b.finishCode();
        c.lines = b.finishLines();
        c.constants = b.finishConstants();
        c.names = b.finishNames();
        c.varnames = fast.keySet().toArray(new String[0]);
        c.cellvars = scope.cellvars.toArray(new String[0]);
        List<String> free = new ArrayList<>(cells.subList(scope.cellvars.size(), cells.size()));
        c.freevars = free.toArray(new String[0]);
        c.argcount = argcount;
        c.posonlyargcount = posonlyargcount;
        c.kwonlyargcount = kwonlyargcount;
        c.flags = flags;
        c.doc = doc;
        c.maxStack = b.maxDepth();
        c.exceptionTable = b.finishExceptionTable();
        return c.build();
    }
}
