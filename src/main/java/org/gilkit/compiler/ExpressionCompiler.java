package org.gilkit.compiler;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.gilkit.ast.Arg;
import org.gilkit.ast.Arguments;
import org.gilkit.ast.BoolOpKind;
import org.gilkit.ast.CmpOp;
import org.gilkit.ast.Comprehension;
import org.gilkit.ast.Ctx;
import org.gilkit.ast.Expr;
import org.gilkit.ast.Keyword;
import org.gilkit.ast.Operator;
import org.gilkit.ast.Stmt;
import org.gilkit.ast.UnaryOpKind;

/**
 * Expression code generation and the machinery shared with statements: the current
 * {@link Unit}, name access by {@link Scope.Binding}, function and closure creation, calls, and
 * assignment targets. {@link Compiler} extends it with statements; the split keeps each file
 * about one concern (expressions evaluate to exactly one value on the stack).
 */
abstract class ExpressionCompiler implements Expr.Visitor<Void> {
    protected final Symtable symtable;
    protected final CompileErrors errors;
    protected final String filename;
    protected Unit u;

    ExpressionCompiler(Symtable symtable, CompileErrors errors, String filename) {
        this.symtable = symtable;
        this.errors = errors;
        this.filename = filename;
    }

    protected CodeBuilder b() {
        return u.b;
    }

    /** Compiles one expression, with its own line recorded for the instructions it emits. */
    protected void expr(Expr e) {
        CodeBuilder b = u.b;
        int saved = b.line();
        b.setLine(e.pos().line());
        e.accept(this);
        b.setLine(saved);
    }

    protected void emit(OpCode op) {
        u.b.emit(op);
    }

    protected void emit(OpCode op, int arg) {
        u.b.emit(op, arg);
    }

    protected void loadConst(Object v) {
        u.b.emit(OpCode.LOAD_CONST, u.b.constant(v));
    }

    protected void loadNone() {
        loadConst(Expr.Constant.NONE);
    }

    // ---------------------------------------------------------------- names

    private enum Access { LOAD, STORE, DELETE }

    /**
     * Whether module-level code reads unbound names with LOAD_NAME (locals, then globals, then
     * builtins) as CPython always does, instead of LOAD_GLOBAL. Set for code compiled by
     * compile()/exec()/eval(), which may run with a locals dict that is not its globals; a
     * script or imported module always runs with locals == globals, where LOAD_GLOBAL finds the
     * same value with one lookup less.
     */
    protected boolean moduleNameOps;

    protected void loadName(String name) {
        nameOp(name, Access.LOAD);
    }

    protected void storeName(String name) {
        nameOp(name, Access.STORE);
    }

    protected void deleteName(String name) {
        nameOp(name, Access.DELETE);
    }

    private void nameOp(String name, Access a) {
        Scope s = u.scope;
        Scope.Binding bnd = s.binding(name);
        if (moduleNameOps && s.kind == Scope.Kind.MODULE
                && (bnd == Scope.Binding.GLOBAL_IMPLICIT || bnd == Scope.Binding.LOCAL)) {
            nameOp(a, OpCode.LOAD_NAME, OpCode.STORE_NAME, OpCode.DELETE_NAME, u.b.name(name));
            return;
        }
        switch (bnd) {
            case GLOBAL_EXPLICIT, GLOBAL_IMPLICIT -> nameOp(a, OpCode.LOAD_GLOBAL, OpCode.STORE_GLOBAL,
                    OpCode.DELETE_GLOBAL, u.b.name(name));
            case CELL, FREE -> {
                OpCode load = s.kind == Scope.Kind.CLASS ? OpCode.LOAD_CLASSDEREF : OpCode.LOAD_DEREF;
                nameOp(a, load, OpCode.STORE_DEREF, OpCode.DELETE_DEREF, u.cell(name));
            }
            case LOCAL -> {
                if (s.kind == Scope.Kind.FUNCTION) {
                    nameOp(a, OpCode.LOAD_FAST, OpCode.STORE_FAST, OpCode.DELETE_FAST, u.local(name));
                } else if (s.kind == Scope.Kind.CLASS) {
                    nameOp(a, OpCode.LOAD_NAME, OpCode.STORE_NAME, OpCode.DELETE_NAME, u.b.name(name));
                } else {
                    nameOp(a, OpCode.LOAD_GLOBAL, OpCode.STORE_GLOBAL, OpCode.DELETE_GLOBAL, u.b.name(name));
                }
            }
        }
    }

    private void nameOp(Access a, OpCode load, OpCode store, OpCode del, int arg) {
        emit(a == Access.LOAD ? load : a == Access.STORE ? store : del, arg);
    }

    // ---------------------------------------------------------------- units and functions

    /** Qualified name of a function or class named {@code name} defined in the current unit. */
    protected String qualname(String name) {
        Scope s = u.scope;
        if (s.kind == Scope.Kind.MODULE) return name;
        if (s.kind == Scope.Kind.FUNCTION) {
            Scope.Binding b = u.scope.binding(name);
            if (b == Scope.Binding.GLOBAL_EXPLICIT) return name;
            return u.qualname + ".<locals>." + name;
        }
        return u.qualname + "." + name;
    }

    protected Unit enter(Scope scope, String name, String qualname, int line) {
        Unit outer = u;
        u = new Unit(scope, name, qualname, line);
        u.b.setLine(line);
        return outer;
    }

    protected Code leave(Unit outer) {
        Code c = u.finish(filename);
        u = outer;
        return c;
    }

    /** Numbers the parameters as the first fast locals and sets the argument counts. */
    protected void declareParameters(Arguments a) {
        for (Arg arg : Symtable.allArgs(a)) u.local(arg.arg());
        u.posonlyargcount = a.posonlyargs().size();
        u.argcount = a.posonlyargs().size() + a.args().size();
        u.kwonlyargcount = a.kwonlyargs().size();
        if (a.vararg() != null) u.flags |= Code.VARARGS;
        if (a.kwarg() != null) u.flags |= Code.VARKEYWORDS;
    }

    /** Copies parameters that inner functions capture into their cells (function prologue). */
    protected void cellParameters() {
        for (String p : u.scope.params) {
            if (u.scope.binding(p) == Scope.Binding.CELL) {
                emit(OpCode.LOAD_FAST, u.local(p));
                emit(OpCode.STORE_DEREF, u.cell(p));
            }
        }
        for (var e : u.scope.bindings.entrySet()) {
            if (e.getValue() == Scope.Binding.LOCAL && u.scope.kind == Scope.Kind.FUNCTION) u.local(e.getKey());
        }
        u.flags |= kindFlag(u.scope);
    }

    /** GENERATOR, COROUTINE or ASYNC_GENERATOR for a scope whose calls suspend, else 0. */
    private static int kindFlag(Scope s) {
        boolean async = s.asyncDef || (s.comprehension && s.coroutine);
        if (async) return s.generator ? Code.ASYNC_GENERATOR : Code.COROUTINE;
        return s.generator ? Code.GENERATOR : 0;
    }

    /** Whether the unit being compiled is an async generator (its yields are wrapped). */
    protected boolean inAsyncGenerator() {
        return (kindFlag(u.scope) & Code.ASYNC_GENERATOR) != 0;
    }

    /** {@code await}: awaitable -> its result, suspending the coroutine while it is pending. */
    protected void awaitTop(int where) {
        emit(OpCode.GET_AWAITABLE, where);
        loadNone();
        emit(OpCode.YIELD_FROM);
    }

    /**
     * Emits the defaults, closure and MAKE_FUNCTION for {@code code} (already compiled); leaves
     * the function on the stack.
     */
    protected void makeFunction(Code code, Arguments args) {
        makeFunction(code, args, null);
    }

    /**
     * As {@link #makeFunction(Code, Arguments)}, also building the function's
     * {@code __annotations__} dict from the parameter annotations and {@code returns} (the
     * {@code -> X} of a def, or null) when there are any. CPython evaluates them after the
     * defaults, in its own key order: args, posonlyargs, *vararg, kwonlyargs, **kwarg, return.
     */
    protected void makeFunction(Code code, Arguments args, Expr returns) {
        int flags = 0;
        if (args != null && !args.defaults().isEmpty()) {
            for (Expr d : args.defaults()) expr(d);
            emit(OpCode.BUILD_TUPLE, args.defaults().size());
            flags |= OpCode.FN_DEFAULTS;
        }
        if (args != null && args.kwDefaults().stream().anyMatch(d -> d != null)) {
            int n = 0;
            for (int i = 0; i < args.kwonlyargs().size(); i++) {
                Expr d = args.kwDefaults().get(i);
                if (d == null) continue;
                loadConst(args.kwonlyargs().get(i).arg());
                expr(d);
                n++;
            }
            emit(OpCode.BUILD_MAP, n);
            flags |= OpCode.FN_KWDEFAULTS;
        }
        if (functionAnnotations(args, returns)) flags |= OpCode.FN_ANNOTATIONS;
        if (code.freevars.length > 0) {
            for (String f : code.freevars) emit(OpCode.LOAD_CLOSURE, u.cell(f));
            emit(OpCode.BUILD_TUPLE, code.freevars.length);
            flags |= OpCode.FN_CLOSURE;
        }
        loadConst(code);
        emit(OpCode.MAKE_FUNCTION, flags);
    }

    /** Pushes the annotations dict of a def and returns true, or pushes nothing when it has none. */
    private boolean functionAnnotations(Arguments args, Expr returns) {
        List<Arg> annotated = new ArrayList<>();
        if (args != null) {
            args.args().forEach(annotated::add);
            args.posonlyargs().forEach(annotated::add);
            if (args.vararg() != null) annotated.add(args.vararg());
            args.kwonlyargs().forEach(annotated::add);
            if (args.kwarg() != null) annotated.add(args.kwarg());
        }
        annotated.removeIf(a -> a.annotation() == null);
        if (annotated.isEmpty() && returns == null) return false;
        for (Arg a : annotated) {
            loadConst(a.arg());
            annotation(a.annotation());
        }
        if (returns != null) {
            loadConst("return");
            annotation(returns);
        }
        emit(OpCode.BUILD_MAP, annotated.size() + (returns == null ? 0 : 1));
        return true;
    }

    /** Pushes the value an annotation stores: the evaluated expression (strings under PEP 563, see Compiler). */
    protected void annotation(Expr e) {
        expr(e);
    }

    /** Compiles a function body (def or lambda) into a new Code. */
    protected abstract Code functionCode(Object node, String name, Arguments args, List<Stmt> body, Expr lambdaBody,
            int line);

    @Override
    public Void visitLambda(Expr.Lambda e) {
        Code c = functionCode(e, "<lambda>", e.args(), null, e.body(), e.pos().line());
        makeFunction(c, e.args());
        return null;
    }

    // ---------------------------------------------------------------- comprehensions

    private void comprehension(Expr node, String name, List<Comprehension> gens, OpCode build, Expr elt, Expr value) {
        Scope scope = symtable.scopeOf(node);
        boolean awaited = scope.coroutine && build != null;
        if (awaited && !u.scope.asyncDef && !u.scope.comprehension) {
            throw errors.at(node.pos(), "asynchronous comprehension outside of an asynchronous function");
        }
        Unit outer = enter(scope, name, qualname(name), node.pos().line());
        u.local(".0");
        u.argcount = 1;
        cellParameters();
        if (build != null) emit(build, 0);
        comprehensionLoop(gens, 0, build, elt, value);
        if (build == null) loadNone();
        emit(OpCode.RETURN_VALUE);
        u.flags |= Code.COMPREHENSION;
        Code c = leave(outer);
        makeFunction(c, null);
        expr(gens.get(0).iter());
        if (gens.get(0).isAsync()) {
            emit(OpCode.GET_AITER);
        } else {
            emit(OpCode.GET_ITER, 0);
        }
        emit(OpCode.CALL, 1);
        if (awaited) awaitTop(0);
    }

    /** One {@code for} of a comprehension, bottom-tested like a for statement. */
    private void comprehensionLoop(List<Comprehension> gens, int i, OpCode build, Expr elt, Expr value) {
        Comprehension g = gens.get(i);
        if (g.isAsync()) {
            asyncComprehensionLoop(gens, i, build, elt, value);
            return;
        }
        Label body = new Label();
        Label test = new Label();
        if (i == 0) {
            emit(OpCode.LOAD_FAST, u.local(".0"));
        } else {
            expr(g.iter());
            emit(OpCode.GET_ITER, 0);
        }
        u.b.emitJump(OpCode.JUMP_FORWARD, test);
        u.b.bind(body);
        u.b.setDepth(u.b.depth() + 1);
        assign(g.target());
        for (Expr cond : g.ifs()) jumpIf(cond, false, test);
        if (i + 1 < gens.size()) {
            comprehensionLoop(gens, i + 1, build, elt, value);
        } else {
            comprehensionElement(gens.size() + 1, build, elt, value);
        }
        u.b.bind(test);
        u.b.emitJump(OpCode.FOR_ITER_BACK, body);
    }

    /**
     * One {@code async for} of a comprehension: top-tested like an async for statement (each
     * step awaits {@code __anext__()}; StopAsyncIteration ends the loop at END_ASYNC_FOR).
     */
    private void asyncComprehensionLoop(List<Comprehension> gens, int i, OpCode build, Expr elt, Expr value) {
        Comprehension g = gens.get(i);
        Label start = new Label();
        Label done = new Label();
        if (i == 0) {
            emit(OpCode.LOAD_FAST, u.local(".0"));
        } else {
            expr(g.iter());
            emit(OpCode.GET_AITER);
        }
        u.b.bind(start);
        u.b.pushHandler(done, 0);
        emit(OpCode.GET_ANEXT);
        awaitTop(0);
        u.b.popHandler();
        assign(g.target());
        for (Expr cond : g.ifs()) jumpIf(cond, false, start);
        if (i + 1 < gens.size()) {
            comprehensionLoop(gens, i + 1, build, elt, value);
        } else {
            comprehensionElement(gens.size() + 1, build, elt, value);
        }
        u.b.emitJump(OpCode.JUMP_FORWARD, start);
        u.b.bind(done);
        emit(OpCode.END_ASYNC_FOR);
    }

    private void comprehensionElement(int depth, OpCode build, Expr elt, Expr value) {
        if (build == null) {
            expr(elt);
            if (inAsyncGenerator()) emit(OpCode.ASYNC_GEN_WRAP);
            emit(OpCode.YIELD_VALUE);
            emit(OpCode.POP_TOP);
        } else if (build == OpCode.BUILD_MAP) {
            expr(elt);
            expr(value);
            emit(OpCode.MAP_ADD, depth);
        } else {
            expr(elt);
            emit(build == OpCode.BUILD_LIST ? OpCode.LIST_APPEND : OpCode.SET_ADD, depth);
        }
    }

    @Override
    public Void visitListComp(Expr.ListComp e) {
        comprehension(e, "<listcomp>", e.generators(), OpCode.BUILD_LIST, e.elt(), null);
        return null;
    }

    @Override
    public Void visitSetComp(Expr.SetComp e) {
        comprehension(e, "<setcomp>", e.generators(), OpCode.BUILD_SET, e.elt(), null);
        return null;
    }

    @Override
    public Void visitDictComp(Expr.DictComp e) {
        comprehension(e, "<dictcomp>", e.generators(), OpCode.BUILD_MAP, e.key(), e.value());
        return null;
    }

    @Override
    public Void visitGeneratorExp(Expr.GeneratorExp e) {
        comprehension(e, "<genexpr>", e.generators(), null, e.elt(), null);
        return null;
    }

    // ---------------------------------------------------------------- conditions

    /** Jumps to {@code target} when {@code e} is truthy ({@code cond}) or falsy (!cond). */
    protected void jumpIf(Expr e, boolean cond, Label target) {
        if (e instanceof Expr.UnaryOp un && un.op() == UnaryOpKind.NOT) {
            jumpIf(un.operand(), !cond, target);
            return;
        }
        if (e instanceof Expr.BoolOp bo) {
            boolean isOr = bo.op() == BoolOpKind.OR;
            Label next = cond != isOr ? new Label() : target;
            List<Expr> vs = bo.values();
            for (int i = 0; i < vs.size() - 1; i++) jumpIf(vs.get(i), isOr, next);
            jumpIf(vs.get(vs.size() - 1), cond, target);
            if (next != target) u.b.bind(next);
            return;
        }
        expr(e);
        u.b.emitJump(cond ? OpCode.POP_JUMP_IF_TRUE : OpCode.POP_JUMP_IF_FALSE, target);
    }

    @Override
    public Void visitBoolOp(Expr.BoolOp e) {
        Label end = new Label();
        OpCode jump = e.op() == BoolOpKind.AND ? OpCode.JUMP_IF_FALSE_OR_POP : OpCode.JUMP_IF_TRUE_OR_POP;
        List<Expr> vs = e.values();
        for (int i = 0; i < vs.size() - 1; i++) {
            expr(vs.get(i));
            u.b.emitJump(jump, end);
        }
        expr(vs.get(vs.size() - 1));
        u.b.bind(end);
        return null;
    }

    @Override
    public Void visitIfExp(Expr.IfExp e) {
        Label orelse = new Label();
        Label end = new Label();
        jumpIf(e.test(), false, orelse);
        expr(e.body());
        u.b.emitJump(OpCode.JUMP_FORWARD, end);
        u.b.bind(orelse);
        expr(e.orelse());
        u.b.bind(end);
        return null;
    }

    @Override
    public Void visitCompare(Expr.Compare e) {
        checkIsLiteral(e.left(), e.ops(), e.comparators());
        expr(e.left());
        int n = e.ops().size();
        if (n == 1) {
            expr(e.comparators().get(0));
            compareOp(e.ops().get(0));
            return null;
        }
        Label cleanup = new Label();
        Label end = new Label();
        for (int i = 0; i < n - 1; i++) {
            expr(e.comparators().get(i));
            emit(OpCode.SWAP, 2);
            emit(OpCode.COPY, 2);
            compareOp(e.ops().get(i));
            u.b.emitJump(OpCode.JUMP_IF_FALSE_OR_POP, cleanup);
        }
        expr(e.comparators().get(n - 1));
        compareOp(e.ops().get(n - 1));
        u.b.emitJump(OpCode.JUMP_FORWARD, end);
        u.b.bind(cleanup);
        emit(OpCode.SWAP, 2);
        emit(OpCode.POP_TOP);
        u.b.bind(end);
        return null;
    }

    /** CPython's check_compare: {@code x is 1} warns, the literal's identity is an implementation detail. */
    private void checkIsLiteral(Expr left, List<CmpOp> ops, List<Expr> comparators) {
        Expr l = left;
        for (int i = 0; i < ops.size(); i++) {
            CmpOp op = ops.get(i);
            Expr r = comparators.get(i);
            if ((op == CmpOp.IS || op == CmpOp.IS_NOT) && (isLiteral(l) || isLiteral(r))) {
                errors.warn(l.pos(), "\"" + op.symbol + "\" with a literal. Did you mean \""
                        + (op == CmpOp.IS ? "==" : "!=") + "\"?");
            }
            l = r;
        }
    }

    private static boolean isLiteral(Expr e) {
        if (e instanceof Expr.Constant c) {
            Object v = c.value();
            return !(v == Expr.Constant.NONE || v == Expr.Constant.ELLIPSIS || v instanceof Boolean);
        }
        return e instanceof Expr.Tuple t && t.elts().stream().allMatch(x -> x instanceof Expr.Constant);
    }

    private void compareOp(CmpOp op) {
        switch (op) {
            case LT -> emit(OpCode.COMPARE_OP, OpCode.CMP_LT);
            case LT_E -> emit(OpCode.COMPARE_OP, OpCode.CMP_LE);
            case EQ -> emit(OpCode.COMPARE_OP, OpCode.CMP_EQ);
            case NOT_EQ -> emit(OpCode.COMPARE_OP, OpCode.CMP_NE);
            case GT -> emit(OpCode.COMPARE_OP, OpCode.CMP_GT);
            case GT_E -> emit(OpCode.COMPARE_OP, OpCode.CMP_GE);
            case IS -> emit(OpCode.IS_OP, 0);
            case IS_NOT -> emit(OpCode.IS_OP, 1);
            case IN -> emit(OpCode.CONTAINS_OP, 0);
            case NOT_IN -> emit(OpCode.CONTAINS_OP, 1);
        }
    }

    // ---------------------------------------------------------------- operators

    static OpCode binaryOp(Operator op, boolean inplace) {
        int base = (inplace ? OpCode.INPLACE_ADD : OpCode.BINARY_ADD).ordinal();
        int offset = switch (op) {
            case ADD -> 0;
            case SUB -> 1;
            case MULT -> 2;
            case MATMULT -> 3;
            case DIV -> 4;
            case MOD -> 5;
            case POW -> 6;
            case LSHIFT -> 7;
            case RSHIFT -> 8;
            case BITOR -> 9;
            case BITXOR -> 10;
            case BITAND -> 11;
            case FLOORDIV -> 12;
        };
        return OpCode.of(base + offset);
    }

    @Override
    public Void visitBinOp(Expr.BinOp e) {
        expr(e.left());
        expr(e.right());
        emit(binaryOp(e.op(), false));
        return null;
    }

    @Override
    public Void visitUnaryOp(Expr.UnaryOp e) {
        if (e.op() == UnaryOpKind.USUB && e.operand() instanceof Expr.Constant c && negatable(c.value())) {
            loadConst(negate(c.value()));
            return null;
        }
        expr(e.operand());
        emit(switch (e.op()) {
            case INVERT -> OpCode.UNARY_INVERT;
            case NOT -> OpCode.UNARY_NOT;
            case UADD -> OpCode.UNARY_POSITIVE;
            case USUB -> OpCode.UNARY_NEGATIVE;
        });
        return null;
    }

    private static boolean negatable(Object v) {
        return v instanceof Long || v instanceof Double || v instanceof BigInteger;
    }

    /** Folds {@code -literal} into a constant (CPython's AST optimizer does the same). */
    private static Object negate(Object v) {
        if (v instanceof Long l) return l == Long.MIN_VALUE ? BigInteger.valueOf(l).negate() : (Object) (-l);
        if (v instanceof Double d) return -d;
        BigInteger n = ((BigInteger) v).negate();
        return n.bitLength() < 64 ? (Object) n.longValue() : n;
    }

    @Override
    public Void visitNamedExpr(Expr.NamedExpr e) {
        expr(e.value());
        emit(OpCode.COPY, 1);
        storeName(((Expr.Name) e.target()).id());
        return null;
    }

    // ---------------------------------------------------------------- displays

    private static boolean hasStarred(List<Expr> elts) {
        for (Expr x : elts) {
            if (x instanceof Expr.Starred) return true;
        }
        return false;
    }

    /** Builds a list from elements that may include {@code *iterable}. */
    private void starredList(List<Expr> elts) {
        emit(OpCode.BUILD_LIST, 0);
        for (Expr x : elts) {
            if (x instanceof Expr.Starred s) {
                expr(s.value());
                emit(OpCode.LIST_EXTEND, 1);
            } else {
                expr(x);
                emit(OpCode.LIST_APPEND, 1);
            }
        }
    }

    @Override
    public Void visitList(Expr.ListExpr e) {
        if (e.ctx() != Ctx.LOAD) throw new IllegalStateException("list target compiled as value");
        if (hasStarred(e.elts())) {
            starredList(e.elts());
        } else {
            for (Expr x : e.elts()) expr(x);
            emit(OpCode.BUILD_LIST, e.elts().size());
        }
        return null;
    }

    @Override
    public Void visitTuple(Expr.Tuple e) {
        if (hasStarred(e.elts())) {
            starredList(e.elts());
            emit(OpCode.LIST_TO_TUPLE);
        } else {
            for (Expr x : e.elts()) expr(x);
            emit(OpCode.BUILD_TUPLE, e.elts().size());
        }
        return null;
    }

    @Override
    public Void visitSet(Expr.Set e) {
        if (!hasStarred(e.elts())) {
            for (Expr x : e.elts()) expr(x);
            emit(OpCode.BUILD_SET, e.elts().size());
            return null;
        }
        emit(OpCode.BUILD_SET, 0);
        for (Expr x : e.elts()) {
            if (x instanceof Expr.Starred s) {
                expr(s.value());
                emit(OpCode.SET_UPDATE, 1);
            } else {
                expr(x);
                emit(OpCode.SET_ADD, 1);
            }
        }
        return null;
    }

    @Override
    public Void visitDict(Expr.Dict e) {
        if (e.keys().stream().allMatch(k -> k != null)) {
            for (int i = 0; i < e.keys().size(); i++) {
                expr(e.keys().get(i));
                expr(e.values().get(i));
            }
            emit(OpCode.BUILD_MAP, e.keys().size());
            return null;
        }
        emit(OpCode.BUILD_MAP, 0);
        for (int i = 0; i < e.keys().size(); i++) {
            if (e.keys().get(i) == null) {
                expr(e.values().get(i));
                emit(OpCode.DICT_UPDATE, 1);
            } else {
                expr(e.keys().get(i));
                expr(e.values().get(i));
                emit(OpCode.MAP_ADD, 1);
            }
        }
        return null;
    }

    @Override
    public Void visitStarred(Expr.Starred e) {
        throw errors.at(e.pos(), "can't use starred expression here");
    }

    // ---------------------------------------------------------------- leaves

    @Override
    public Void visitConstant(Expr.Constant e) {
        loadConst(e.value());
        return null;
    }

    @Override
    public Void visitName(Expr.Name e) {
        loadName(e.id());
        return null;
    }

    @Override
    public Void visitAttribute(Expr.Attribute e) {
        expr(e.value());
        emit(OpCode.LOAD_ATTR, u.b.name(e.attr()));
        return null;
    }

    @Override
    public Void visitSubscript(Expr.Subscript e) {
        expr(e.value());
        expr(e.slice());
        emit(OpCode.BINARY_SUBSCR);
        return null;
    }

    @Override
    public Void visitSlice(Expr.Slice e) {
        sliceBound(e.lower());
        sliceBound(e.upper());
        if (e.step() != null) {
            expr(e.step());
            emit(OpCode.BUILD_SLICE, 3);
        } else {
            emit(OpCode.BUILD_SLICE, 2);
        }
        return null;
    }

    private void sliceBound(Expr x) {
        if (x == null) {
            loadNone();
        } else {
            expr(x);
        }
    }

    @Override
    public Void visitJoinedStr(Expr.JoinedStr e) {
        List<Expr> vs = e.values();
        if (vs.isEmpty()) {
            loadConst("");
            return null;
        }
        for (Expr v : vs) expr(v);
        if (vs.size() > 1) emit(OpCode.BUILD_STRING, vs.size());
        return null;
    }

    @Override
    public Void visitFormattedValue(Expr.FormattedValue e) {
        expr(e.value());
        if (e.formatSpec() != null) {
            expr(e.formatSpec());
            emit(OpCode.FORMAT_WITH_SPEC, e.conversion());
        } else {
            emit(OpCode.FORMAT_VALUE, e.conversion());
        }
        return null;
    }

    @Override
    public Void visitYield(Expr.Yield e) {
        if (e.value() != null) {
            expr(e.value());
        } else {
            loadNone();
        }
        if (inAsyncGenerator()) emit(OpCode.ASYNC_GEN_WRAP);
        emit(OpCode.YIELD_VALUE);
        return null;
    }

    @Override
    public Void visitYieldFrom(Expr.YieldFrom e) {
        if (u.scope.asyncDef) throw errors.at(e.pos(), "'yield from' inside async function");
        expr(e.value());
        emit(OpCode.GET_YIELD_FROM_ITER);
        loadNone();
        emit(OpCode.YIELD_FROM);
        return null;
    }

    /** {@code await value}: only in an async def (or a comprehension, checked there), as CPython's compiler says. */
    @Override
    public Void visitAwait(Expr.Await e) {
        if (u.scope.kind != Scope.Kind.FUNCTION) throw errors.at(e.pos(), "'await' outside function");
        if (!u.scope.asyncDef && !u.scope.comprehension) throw errors.at(e.pos(), "'await' outside async function");
        expr(e.value());
        awaitTop(0);
        return null;
    }

    // ---------------------------------------------------------------- calls

    @Override
    public Void visitCall(Expr.Call e) {
        if (isZeroArgSuper(e)) {
            zeroArgSuper(e);
            return null;
        }
        if (e.func() instanceof Expr.Attribute a && e.keywords().isEmpty() && !hasStarred(e.args())) {
            expr(a.value());
            emit(OpCode.LOAD_METHOD, u.b.name(a.attr()));
            for (Expr x : e.args()) expr(x);
            emit(OpCode.CALL_METHOD, e.args().size());
            return null;
        }
        expr(e.func());
        callArgs(0, e.args(), e.keywords());
        return null;
    }

    /**
     * Emits the arguments and the call instruction for a callable already on the stack followed by
     * {@code prefix} positional arguments already pushed.
     */
    protected void callArgs(int prefix, List<Expr> args, List<Keyword> keywords) {
        boolean dynamic = hasStarred(args) || keywords.stream().anyMatch(k -> k.arg() == null);
        if (dynamic) {
            dynamicCall(prefix, args, keywords);
            return;
        }
        for (Expr x : args) expr(x);
        if (keywords.isEmpty()) {
            emit(OpCode.CALL, prefix + args.size());
            return;
        }
        String[] names = new String[keywords.size()];
        for (int i = 0; i < names.length; i++) {
            names[i] = keywords.get(i).arg();
            expr(keywords.get(i).value());
        }
        loadConst(names);
        emit(OpCode.CALL_KW, prefix + args.size() + names.length);
    }

    private void dynamicCall(int prefix, List<Expr> args, List<Keyword> keywords) {
        emit(OpCode.BUILD_LIST, prefix);
        for (Expr x : args) {
            if (x instanceof Expr.Starred s) {
                expr(s.value());
                emit(OpCode.LIST_EXTEND, 1);
            } else {
                expr(x);
                emit(OpCode.LIST_APPEND, 1);
            }
        }
        emit(OpCode.LIST_TO_TUPLE);
        if (keywords.isEmpty()) {
            emit(OpCode.CALL_EX, 0);
            return;
        }
        emit(OpCode.BUILD_MAP, 0);
        for (Keyword k : keywords) {
            if (k.arg() == null) {
                expr(k.value());
                emit(OpCode.DICT_MERGE, 1);
            } else {
                loadConst(k.arg());
                expr(k.value());
                emit(OpCode.BUILD_MAP, 1);
                emit(OpCode.DICT_MERGE, 1);
            }
        }
        emit(OpCode.CALL_EX, 1);
    }

    private boolean isZeroArgSuper(Expr.Call e) {
        return e.func() instanceof Expr.Name n && n.id().equals("super") && e.args().isEmpty()
                && e.keywords().isEmpty() && u.scope.kind == Scope.Kind.FUNCTION
                && u.scope.binding("__class__") == Scope.Binding.FREE && !u.scope.params.isEmpty()
                && u.scope.binding("super") == Scope.Binding.GLOBAL_IMPLICIT;
    }

    /**
     * {@code super()} inside a method becomes {@code super(__class__, <first parameter>)}: the
     * same values CPython's super finds by inspecting the calling frame, resolved at compile time.
     */
    private void zeroArgSuper(Expr.Call e) {
        loadName("super");
        emit(OpCode.LOAD_DEREF, u.cell("__class__"));
        loadName(u.scope.params.get(0));
        emit(OpCode.CALL, 2);
    }

    // ---------------------------------------------------------------- assignment targets

    /** Stores the value on top of the stack into {@code target} (any assignable expression). */
    protected void assign(Expr target) {
        CodeBuilder b = u.b;
        int saved = b.line();
        b.setLine(target.pos().line());
        assignTarget(target);
        b.setLine(saved);
    }

    private void assignTarget(Expr target) {
        if (target instanceof Expr.Name n) {
            storeName(n.id());
        } else if (target instanceof Expr.Attribute a) {
            expr(a.value());
            emit(OpCode.STORE_ATTR, u.b.name(a.attr()));
        } else if (target instanceof Expr.Subscript s) {
            expr(s.value());
            expr(s.slice());
            emit(OpCode.STORE_SUBSCR);
        } else if (target instanceof Expr.Tuple t) {
            unpack(t.elts());
        } else if (target instanceof Expr.ListExpr l) {
            unpack(l.elts());
        } else if (target instanceof Expr.Starred s) {
            throw errors.at(s.pos(), "starred assignment target must be in a list or tuple");
        } else {
            throw errors.at(target.pos(), "cannot assign to expression");
        }
    }

    private void unpack(List<Expr> elts) {
        int star = -1;
        for (int i = 0; i < elts.size(); i++) {
            if (elts.get(i) instanceof Expr.Starred) {
                if (star >= 0) throw errors.at(elts.get(i).pos(), "multiple starred expressions in assignment");
                star = i;
            }
        }
        if (star < 0) {
            emit(OpCode.UNPACK_SEQUENCE, elts.size());
        } else {
            int after = elts.size() - star - 1;
            if (star > 255 || after > 255) throw errors.at(elts.get(0).pos(), "too many expressions in star-unpacking assignment");
            emit(OpCode.UNPACK_EX, star | (after << 8));
        }
        for (Expr x : elts) assign(x instanceof Expr.Starred s ? s.value() : x);
    }

    /** Deletes {@code target} (a name, attribute, subscript or a tuple/list of them). */
    protected void delete(Expr target) {
        if (target instanceof Expr.Name n) {
            deleteName(n.id());
        } else if (target instanceof Expr.Attribute a) {
            expr(a.value());
            emit(OpCode.DELETE_ATTR, u.b.name(a.attr()));
        } else if (target instanceof Expr.Subscript s) {
            expr(s.value());
            expr(s.slice());
            emit(OpCode.DELETE_SUBSCR);
        } else if (target instanceof Expr.Tuple t) {
            for (Expr x : t.elts()) delete(x);
        } else if (target instanceof Expr.ListExpr l) {
            for (Expr x : l.elts()) delete(x);
        } else {
            throw errors.at(target.pos(), "cannot delete expression");
        }
    }
}
