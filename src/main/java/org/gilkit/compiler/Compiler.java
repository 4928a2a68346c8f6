package org.gilkit.compiler;

import java.util.List;
import org.gilkit.ast.Alias;
import org.gilkit.ast.Arguments;
import org.gilkit.ast.ExceptHandler;
import org.gilkit.ast.Expr;
import org.gilkit.ast.Module;
import org.gilkit.ast.Stmt;
import org.gilkit.ast.WithItem;
import org.gilkit.parser.SyntaxErrorException;

/**
 * AST to bytecode: the third stage of {@code Parser.parse -> Compiler.compile -> Interpreter}.
 * {@link #compile(Module, String, String)} runs {@link Symtable} and then generates one
 * {@link Code} per module, function, lambda, comprehension and class body.
 *
 * <p>Control flow follows CPython 3.11: loops are bottom-tested, so each iteration executes exactly
 * one backward jump (FOR_ITER_BACK, POP_JUMP_BACKWARD_IF_X or JUMP_BACKWARD: the VM's GIL check
 * point); exceptions use a handler
 * table built by {@link CodeBuilder}; {@code finally} bodies are compiled twice (the normal path
 * and the exception path) and inlined once more at every {@code return}, {@code break} or
 * {@code continue} that leaves them (see {@link FBlock}).
 *
 * <p>Errors CPython reports at compile time ("'return' outside function", "'break' outside
 * loop", bad nonlocal declarations) are thrown as {@link SyntaxErrorException}.
 */
public final class Compiler extends ExpressionCompiler implements Stmt.Visitor<Void> {
    /** The statement being compiled (where "too many statically nested blocks" points). */
    private Stmt current;
    /** Whether the module has {@code from __future__ import annotations} (PEP 563: annotations stay strings). */
    private boolean futureAnnotations;
    /** exec (a module body), eval (return the expression's value) or single (print expression values). */
    private CompileMode mode = CompileMode.EXEC;

    private Compiler(Symtable symtable, CompileErrors errors, String filename) {
        super(symtable, errors, filename);
    }

    /**
     * Compiles a parsed module.
     * @param source the source text (for the line shown in compile-time syntax errors), or null
     * @throws SyntaxErrorException for errors CPython's compiler reports
     */
    public static Code compile(Module module, String filename, String source) {
        return compile(module, filename, source, null);
    }

    /**
     * Compiles, appending CPython's compile-time SyntaxWarnings (formatted for stderr) to
     * {@code warnings} when it is not null.
     */
    public static Code compile(Module module, String filename, String source, java.util.List<String> warnings) {
        CompileErrors errors = new CompileErrors(filename, source, warnings);
        Symtable t = Symtable.build(module, errors);
        return new Compiler(t, errors, filename).module(module);
    }

    /**
     * Compiles for the {@code compile()} builtin, in a {@link CompileMode}; for
     * {@link CompileMode#EVAL} the module's body is the one expression statement that
     * {@code Parser.parseExpression} returned, wrapped. The code may run with separate globals
     * and locals (see {@code moduleNameOps}).
     */
    public static Code compile(Module module, String filename, String source, java.util.List<String> warnings,
            CompileMode mode) {
        CompileErrors errors = new CompileErrors(filename, source, warnings);
        Symtable t = Symtable.build(module, errors);
        Compiler c = new Compiler(t, errors, filename);
        c.mode = mode;
        c.moduleNameOps = true;
        return c.module(module);
    }

    /** Compiles without source text (errors then carry no source line). */
    public static Code compile(Module module, String filename) {
        return compile(module, filename, null);
    }

    private Code module(Module m) {
        Scope top = symtable.scopeOf(m);
        enter(top, "<module>", "<module>", 1);
        u.flags |= Code.MODULE;
        futureAnnotations = Annotations.future(m);
        setupAnnotations(m.body());
        if (mode == CompileMode.EVAL) {
            Stmt.ExprStmt only = (Stmt.ExprStmt) m.body().get(0);
            u.b.setLine(only.pos().line());
            expr(only.value());
        } else {
            body(m.body());
            loadNone();
        }
        emit(OpCode.RETURN_VALUE);
        return leave(null);
    }

    private void body(List<Stmt> stmts) {
        for (Stmt s : stmts) stmt(s);
    }

    private void stmt(Stmt s) {
        Stmt outer = current;
        current = s;
        u.b.setLine(s.pos().line());
        s.accept(this);
        current = outer;
    }

    // ---------------------------------------------------------------- definitions

    @Override
    protected Code functionCode(Object node, String name, Arguments args, List<Stmt> body, Expr lambdaBody, int line) {
        Scope scope = symtable.scopeOf(node);
        Unit outer = enter(scope, name, qualname(name), line);
        declareParameters(args);
        cellParameters();
        if (lambdaBody != null) {
            expr(lambdaBody);
            emit(OpCode.RETURN_VALUE);
        } else {
            u.doc = docstring(body);
            body(body.subList(u.doc != null ? 1 : 0, body.size()));
            loadNone();
            emit(OpCode.RETURN_VALUE);
        }
        return leave(outer);
    }

    /** The docstring of a body (its first statement, a string literal), or null. */
    static String docstring(List<Stmt> body) {
        if (!body.isEmpty() && body.get(0) instanceof Stmt.ExprStmt es && es.value() instanceof Expr.Constant c
                && c.value() instanceof String s) {
            return s;
        }
        return null;
    }

    @Override
    public Void visitFunctionDef(Stmt.FunctionDef s) {
        for (Expr d : s.decoratorList()) expr(d);
        int line = s.decoratorList().isEmpty() ? s.pos().line() : s.decoratorList().get(0).pos().line();
        Code c = functionCode(s, s.name(), s.args(), s.body(), null, s.pos().line());
        u.b.setLine(line);
        makeFunction(c, s.args(), s.returns());
        for (int i = 0; i < s.decoratorList().size(); i++) emit(OpCode.CALL, 1);
        storeName(s.name());
        return null;
    }

    @Override
    public Void visitClassDef(Stmt.ClassDef s) {
        for (Expr d : s.decoratorList()) expr(d);
        emit(OpCode.LOAD_BUILD_CLASS);
        Code body = classBody(s);
        makeFunction(body, null);
        loadConst(s.name());
        callArgs(2, s.bases(), s.keywords());
        for (int i = 0; i < s.decoratorList().size(); i++) emit(OpCode.CALL, 1);
        storeName(s.name());
        return null;
    }

    private Code classBody(Stmt.ClassDef s) {
        Scope scope = symtable.scopeOf(s);
        Unit outer = enter(scope, s.name(), qualname(s.name()), s.pos().line());
        u.flags |= Code.CLASS_BODY;
        loadName("__name__");
        emit(OpCode.STORE_NAME, u.b.name("__module__"));
        loadConst(u.qualname);
        emit(OpCode.STORE_NAME, u.b.name("__qualname__"));
        List<Stmt> stmts = s.body();
        if (docstring(stmts) != null) {
            loadConst(docstring(stmts));
            emit(OpCode.STORE_NAME, u.b.name("__doc__"));
            stmts = stmts.subList(1, stmts.size());
        }
        setupAnnotations(stmts);
        body(stmts);
        if (scope.needsClassCell) {
            emit(OpCode.LOAD_CLOSURE, u.cell("__class__"));
            emit(OpCode.COPY, 1);
            emit(OpCode.STORE_NAME, u.b.name("__classcell__"));
        } else {
            loadNone();
        }
        emit(OpCode.RETURN_VALUE);
        return leave(outer);
    }

    // ---------------------------------------------------------------- simple statements

    @Override
    public Void visitExpr(Stmt.ExprStmt s) {
        if (mode == CompileMode.SINGLE && u.scope.kind == Scope.Kind.MODULE) {
            displayExpression(s.value());
            return null;
        }
        expr(s.value());
        emit(OpCode.POP_TOP);
        return null;
    }

    /**
     * CPython's PRINT_EXPR for interactive code: {@code sys.displayhook(value)}, with sys
     * imported without binding a name (as PRINT_EXPR finds the hook in the sys module).
     */
    private void displayExpression(Expr value) {
        loadConst(0L);
        loadNone();
        emit(OpCode.IMPORT_NAME, u.b.name("sys"));
        emit(OpCode.LOAD_ATTR, u.b.name("displayhook"));
        expr(value);
        emit(OpCode.CALL, 1);
        emit(OpCode.POP_TOP);
    }

    @Override
    public Void visitPass(Stmt.Pass s) {
        return null;
    }

    @Override
    public Void visitAssign(Stmt.Assign s) {
        expr(s.value());
        List<Expr> ts = s.targets();
        for (int i = 0; i < ts.size(); i++) {
            if (i < ts.size() - 1) emit(OpCode.COPY, 1);
            assign(ts.get(i));
        }
        return null;
    }

    @Override
    public Void visitAnnAssign(Stmt.AnnAssign s) {
        if (s.value() != null) {
            expr(s.value());
            assign(s.target());
        }
        if (s.simple() && u.scope.kind != Scope.Kind.FUNCTION && s.target() instanceof Expr.Name n) {
            annotation(s.annotation());
            emit(OpCode.LOAD_NAME, u.b.name("__annotations__"));
            loadConst(n.id());
            emit(OpCode.STORE_SUBSCR);
        }
        return null;
    }

    @Override
    protected void annotation(Expr e) {
        if (futureAnnotations) {
            loadConst(Annotations.text(e));
        } else {
            expr(e);
        }
    }

    /** CPython's SETUP_ANNOTATIONS: a module or class body with annotated names gets {@code __annotations__ = {}}. */
    private void setupAnnotations(List<Stmt> stmts) {
        if (!Annotations.present(stmts)) return;
        emit(OpCode.BUILD_MAP, 0);
        emit(OpCode.STORE_NAME, u.b.name("__annotations__"));
    }

    @Override
    public Void visitAugAssign(Stmt.AugAssign s) {
        OpCode op = binaryOp(s.op(), true);
        Expr t = s.target();
        if (t instanceof Expr.Name n) {
            loadName(n.id());
            expr(s.value());
            emit(op);
            storeName(n.id());
        } else if (t instanceof Expr.Attribute a) {
            expr(a.value());
            emit(OpCode.COPY, 1);
            emit(OpCode.LOAD_ATTR, u.b.name(a.attr()));
            expr(s.value());
            emit(op);
            emit(OpCode.SWAP, 2);
            emit(OpCode.STORE_ATTR, u.b.name(a.attr()));
        } else if (t instanceof Expr.Subscript sub) {
            expr(sub.value());
            expr(sub.slice());
            emit(OpCode.COPY, 2);
            emit(OpCode.COPY, 2);
            emit(OpCode.BINARY_SUBSCR);
            expr(s.value());
            emit(op);
            emit(OpCode.SWAP, 3);
            emit(OpCode.SWAP, 2);
            emit(OpCode.STORE_SUBSCR);
        } else {
            throw errors.at(t.pos(), "illegal expression for augmented assignment");
        }
        return null;
    }

    @Override
    public Void visitDelete(Stmt.Delete s) {
        for (Expr t : s.targets()) delete(t);
        return null;
    }

    @Override
    public Void visitGlobal(Stmt.Global s) {
        return null;
    }

    @Override
    public Void visitNonlocal(Stmt.Nonlocal s) {
        return null;
    }

    @Override
    public Void visitAssert(Stmt.Assert s) {
        Label end = new Label();
        jumpIf(s.test(), true, end);
        emit(OpCode.LOAD_ASSERTION_ERROR);
        if (s.msg() != null) {
            expr(s.msg());
            emit(OpCode.CALL, 1);
        }
        emit(OpCode.RAISE_VARARGS, 1);
        u.b.bind(end);
        return null;
    }

    @Override
    public Void visitRaise(Stmt.Raise s) {
        int n = 0;
        if (s.exc() != null) {
            expr(s.exc());
            n++;
            if (s.cause() != null) {
                expr(s.cause());
                n++;
            }
        }
        emit(OpCode.RAISE_VARARGS, n);
        return null;
    }

    @Override
    public Void visitImport(Stmt.Import s) {
        for (Alias a : s.names()) {
            loadConst(0L);
            loadNone();
            emit(OpCode.IMPORT_NAME, u.b.name(a.name()));
            if (a.asname() == null) {
                storeName(a.name().split("\\.")[0]);
                continue;
            }
            String[] parts = a.name().split("\\.");
            for (int i = 1; i < parts.length; i++) {
                emit(OpCode.IMPORT_FROM, u.b.name(parts[i]));
                emit(OpCode.SWAP, 2);
                emit(OpCode.POP_TOP);
            }
            storeName(a.asname());
        }
        return null;
    }

    @Override
    public Void visitImportFrom(Stmt.ImportFrom s) {
        String[] names = s.names().stream().map(Alias::name).toArray(String[]::new);
        loadConst((long) s.level());
        loadConst(List.of(names));
        emit(OpCode.IMPORT_NAME, u.b.name(s.module() == null ? "" : s.module()));
        if (names.length == 1 && names[0].equals("*")) {
            emit(OpCode.IMPORT_STAR);
            return null;
        }
        for (Alias a : s.names()) {
            emit(OpCode.IMPORT_FROM, u.b.name(a.name()));
            storeName(a.asname() != null ? a.asname() : a.name());
        }
        emit(OpCode.POP_TOP);
        return null;
    }

    // ---------------------------------------------------------------- control flow

    @Override
    public Void visitIf(Stmt.If s) {
        Label orelse = new Label();
        jumpIf(s.test(), false, orelse);
        body(s.body());
        if (s.orelse().isEmpty()) {
            u.b.bind(orelse);
            return null;
        }
        Label end = new Label();
        u.b.emitJump(OpCode.JUMP_FORWARD, end);
        u.b.bind(orelse);
        body(s.orelse());
        u.b.bind(end);
        return null;
    }

    /**
     * {@code while test: body else: orelse}, bottom-tested as CPython 3.11 compiles it: the test
     * once before the loop and again at the bottom, whose conditional jump back to the body is the
     * loop's one backward jump (a GIL check point).
     */
    @Override
    public Void visitWhile(Stmt.While s) {
        Label body = new Label();
        Label test = new Label();
        Label orelse = new Label();
        Label end = new Label();
        boolean forever = isConstantTrue(s.test());
        if (!forever) jumpIf(s.test(), false, orelse);
        u.b.bind(body);
        pushBlock(FBlock.Kind.WHILE_LOOP, forever ? body : test, end, null, null);
        body(s.body());
        popBlock();
        u.b.bind(test);
        u.b.setLine(s.pos().line());
        if (forever) {
            u.b.emitJump(OpCode.JUMP_FORWARD, body);
        } else {
            jumpIf(s.test(), true, body);
        }
        u.b.bind(orelse);
        body(s.orelse());
        u.b.bind(end);
        return null;
    }

    private static boolean isConstantTrue(Expr e) {
        if (!(e instanceof Expr.Constant c)) return false;
        Object v = c.value();
        return Boolean.TRUE.equals(v) || (v instanceof Long l && l != 0);
    }

    /**
     * {@code for target in iter: body else: orelse}, bottom-tested: a jump to FOR_ITER_BACK at the
     * end, which fetches the next value and jumps back to the body (one dispatch and one check
     * point per iteration); {@code continue} jumps forward to it.
     */
    @Override
    public Void visitFor(Stmt.For s) {
        if (s.isAsync()) {
            asyncFor(s);
            return null;
        }
        Label body = new Label();
        Label test = new Label();
        Label end = new Label();
        expr(s.iter());
        boolean owned = s.iter() instanceof Expr.Call || s.iter() instanceof Expr.GeneratorExp;
        emit(OpCode.GET_ITER, owned ? 1 : 0);
        u.b.setLine(s.pos().line());
        u.b.emitJump(OpCode.JUMP_FORWARD, test);
        u.b.bind(body);
        u.b.setDepth(u.b.depth() + 1);
        assign(s.target());
        pushBlock(FBlock.Kind.FOR_LOOP, test, end, null, null);
        body(s.body());
        popBlock();
        u.b.bind(test);
        u.b.setLine(s.pos().line());
        u.b.emitJump(OpCode.FOR_ITER_BACK, body);
        body(s.orelse());
        u.b.bind(end);
        return null;
    }

    /**
     * {@code async for target in iter: body else: orelse}, top-tested as CPython compiles it:
     * GET_AITER once, then per step GET_ANEXT and an await of its result under a handler whose
     * END_ASYNC_FOR ends the loop on StopAsyncIteration (and re-raises anything else). The
     * JUMP_BACKWARD at the bottom is the loop's check point; {@code continue} jumps to the top.
     */
    private void asyncFor(Stmt.For s) {
        requireAsync(s, "'async for' outside async function");
        Label start = new Label();
        Label done = new Label();
        Label end = new Label();
        expr(s.iter());
        emit(OpCode.GET_AITER);
        u.b.bind(start);
        u.b.setLine(s.pos().line());
        u.b.pushHandler(done, 0);
        emit(OpCode.GET_ANEXT);
        awaitTop(0);
        u.b.popHandler();
        assign(s.target());
        pushBlock(FBlock.Kind.FOR_LOOP, start, end, null, null);
        body(s.body());
        popBlock();
        u.b.setLine(s.pos().line());
        u.b.emitJump(OpCode.JUMP_FORWARD, start);
        u.b.bind(done);
        emit(OpCode.END_ASYNC_FOR);
        body(s.orelse());
        u.b.bind(end);
    }

    /** async for / async with are only allowed directly in an async def. */
    private void requireAsync(Stmt s, String message) {
        if (!u.scope.asyncDef) throw errors.at(s.pos(), message);
    }

    @Override
    public Void visitBreak(Stmt.Break s) {
        int loop = innermostLoop();
        if (loop < 0) throw errors.at(s.pos(), "'break' outside loop");
        FBlock f = u.fblocks.get(loop);
        var handlers = u.b.saveHandlers();
        int depth = u.b.depth();
        unwindTo(loop, false);
        u.b.truncateHandlers(f.handlerCount());
        if (f.kind() == FBlock.Kind.FOR_LOOP) emit(OpCode.POP_ITER);
        u.b.emitJump(OpCode.JUMP_FORWARD, f.exit());
        u.b.restoreHandlers(handlers);
        u.b.setDepth(depth);
        return null;
    }

    @Override
    public Void visitContinue(Stmt.Continue s) {
        int loop = innermostLoop();
        if (loop < 0) throw errors.at(s.pos(), "'continue' not properly in loop");
        FBlock f = u.fblocks.get(loop);
        var handlers = u.b.saveHandlers();
        int depth = u.b.depth();
        unwindTo(loop, false);
        u.b.truncateHandlers(f.handlerCount());
        u.b.emitJump(OpCode.JUMP_FORWARD, f.start());
        u.b.restoreHandlers(handlers);
        u.b.setDepth(depth);
        return null;
    }

    @Override
    public Void visitReturn(Stmt.Return s) {
        if (u.scope.kind != Scope.Kind.FUNCTION) throw errors.at(s.pos(), "'return' outside function");
        if (s.value() != null && u.scope.asyncDef && u.scope.generator) {
            throw errors.at(s.pos(), "'return' with value in async generator");
        }
        if (s.value() != null) {
            expr(s.value());
        } else {
            loadNone();
        }
        var handlers = u.b.saveHandlers();
        int depth = u.b.depth();
        unwindTo(-1, true);
        u.b.setLine(s.pos().line());
        u.b.truncateHandlers(0);
        emit(OpCode.RETURN_VALUE);
        u.b.restoreHandlers(handlers);
        u.b.setDepth(depth - 1);
        return null;
    }

    private int innermostLoop() {
        for (int i = u.fblocks.size() - 1; i >= 0; i--) {
            if (u.fblocks.get(i).isLoop()) return i;
        }
        return -1;
    }

    private void pushBlock(FBlock.Kind kind, Label start, Label exit, List<Stmt> finalBody, String name) {
        checkNesting();
        u.fblocks.add(new FBlock(kind, start, exit, u.b.handlerCount(), finalBody, name));
    }

    private void pushBlock(FBlock.Kind kind, int handlerCount, List<Stmt> finalBody, String name) {
        checkNesting();
        u.fblocks.add(new FBlock(kind, null, null, handlerCount, finalBody, name));
    }

    private void checkNesting() {
        if (u.fblocks.size() >= FBlock.MAX_BLOCKS && current != null) {
            throw errors.at(current.pos(), "too many statically nested blocks");
        }
    }

    private void popBlock() {
        u.fblocks.remove(u.fblocks.size() - 1);
    }

    /**
     * Emits the exit code of every block above index {@code stop} (innermost first), as a
     * {@code return} (stop = -1), {@code break} or {@code continue} leaves them. While a block's
     * exit code is emitted, that block and the ones inside it are popped, so a finally body that
     * itself breaks or returns unwinds only the blocks around it.
     */
    private void unwindTo(int stop, boolean preserveTos) {
        List<FBlock> saved = new java.util.ArrayList<>(u.fblocks);
        for (int i = saved.size() - 1; i > stop; i--) {
            while (u.fblocks.size() > i) popBlock();
            unwindBlock(saved.get(i), preserveTos);
        }
        u.fblocks.clear();
        u.fblocks.addAll(saved);
    }

    private void unwindBlock(FBlock f, boolean preserveTos) {
        u.b.truncateHandlers(f.handlerCount());
        switch (f.kind()) {
            case WHILE_LOOP, TRY_EXCEPT, EXCEPTION_HANDLER -> { }
            case FOR_LOOP -> {
                if (preserveTos) emit(OpCode.SWAP, 2);
                emit(OpCode.POP_ITER);
            }
            case FINALLY_TRY -> body(f.finalBody());
            case FINALLY_END -> {
                if (preserveTos) emit(OpCode.SWAP, 2);
                emit(OpCode.POP_TOP);
                if (preserveTos) emit(OpCode.SWAP, 2);
                emit(OpCode.POP_EXCEPT);
            }
            case WITH -> {
                if (preserveTos) emit(OpCode.SWAP, 2);
                callExitWithNones();
            }
            case ASYNC_WITH -> {
                if (preserveTos) emit(OpCode.SWAP, 2);
                awaitExitWithNones();
            }
            case HANDLER_CLEANUP -> {
                if (preserveTos) emit(OpCode.SWAP, 2);
                emit(OpCode.POP_EXCEPT);
                if (f.name() != null) clearName(f.name());
            }
        }
    }

    /** exit -> (calls exit(None, None, None) and discards the result). */
    private void callExitWithNones() {
        loadNone();
        loadNone();
        loadNone();
        emit(OpCode.CALL, 3);
        emit(OpCode.POP_TOP);
    }

    /** exit -> (awaits exit(None, None, None) and discards the result): leaving an async with. */
    private void awaitExitWithNones() {
        loadNone();
        loadNone();
        loadNone();
        emit(OpCode.CALL, 3);
        awaitTop(2);
        emit(OpCode.POP_TOP);
    }

    /** {@code name = None; del name}: an except clause's target does not outlive the clause. */
    private void clearName(String name) {
        loadNone();
        storeName(name);
        deleteName(name);
    }

    // ---------------------------------------------------------------- try / with

    @Override
    public Void visitTry(Stmt.Try s) {
        if (!s.finalbody().isEmpty()) {
            tryFinally(s);
        } else {
            tryExcept(s);
        }
        return null;
    }

    private void tryFinally(Stmt.Try s) {
        Label onException = new Label();
        Label cleanup = new Label();
        Label end = new Label();
        int handlers = u.b.handlerCount();
        u.b.pushHandler(onException, 0);
        pushBlock(FBlock.Kind.FINALLY_TRY, handlers, s.finalbody(), null);
        if (s.handlers().isEmpty()) {
            body(s.body());
            body(s.orelse());
        } else {
            tryExcept(s);
        }
        popBlock();
        u.b.popHandler();
        body(s.finalbody());
        u.b.emitJump(OpCode.JUMP_FORWARD, end);

        u.b.bind(onException);
        int inner = u.b.handlerCount();
        u.b.pushHandler(cleanup, 0);
        emit(OpCode.PUSH_EXC_INFO);
        pushBlock(FBlock.Kind.FINALLY_END, inner, null, null);
        body(s.finalbody());
        popBlock();
        emit(OpCode.RERAISE);
        u.b.popHandler();
        exceptionCleanup(cleanup);
        u.b.bind(end);
    }

    /** The shared handler-of-handlers: prev exc -> restores prev and re-raises exc. */
    private void exceptionCleanup(Label cleanup) {
        u.b.bind(cleanup);
        emit(OpCode.SWAP, 2);
        emit(OpCode.POP_EXCEPT);
        emit(OpCode.RERAISE);
    }

    private void tryExcept(Stmt.Try s) {
        Label onException = new Label();
        Label cleanup = new Label();
        Label end = new Label();
        int handlers = u.b.handlerCount();
        u.b.pushHandler(onException, 0);
        pushBlock(FBlock.Kind.TRY_EXCEPT, handlers, null, null);
        body(s.body());
        popBlock();
        u.b.popHandler();
        body(s.orelse());
        u.b.emitJump(OpCode.JUMP_FORWARD, end);

        u.b.bind(onException);
        int inner = u.b.handlerCount();
        u.b.pushHandler(cleanup, 0);
        emit(OpCode.PUSH_EXC_INFO);
        List<ExceptHandler> hs = s.handlers();
        pushBlock(FBlock.Kind.EXCEPTION_HANDLER, inner, null, null);
        for (int i = 0; i < hs.size(); i++) {
            ExceptHandler h = hs.get(i);
            if (h.type() == null && i < hs.size() - 1) throw errors.at(h.pos(), "default 'except:' must be last");
            exceptClause(h, inner, end);
        }
        popBlock();
        emit(OpCode.RERAISE);
        u.b.popHandler();
        exceptionCleanup(cleanup);
        u.b.bind(end);
    }

    /** One {@code except T as name:} clause; stack on entry: prev exc. */
    private void exceptClause(ExceptHandler h, int handlerCount, Label end) {
        u.b.setLine(h.pos().line());
        Label next = new Label();
        if (h.type() != null) {
            expr(h.type());
            emit(OpCode.CHECK_EXC_MATCH);
            u.b.emitJump(OpCode.POP_JUMP_IF_FALSE, next);
        }
        if (h.name() == null) {
            emit(OpCode.POP_TOP);
            pushBlock(FBlock.Kind.HANDLER_CLEANUP, handlerCount, null, null);
            body(h.body());
            popBlock();
            emit(OpCode.POP_EXCEPT);
            u.b.emitJump(OpCode.JUMP_FORWARD, end);
        } else {
            storeName(h.name());
            Label nameCleanup = new Label();
            u.b.pushHandler(nameCleanup, 0);
            pushBlock(FBlock.Kind.HANDLER_CLEANUP, handlerCount, null, h.name());
            body(h.body());
            popBlock();
            u.b.popHandler();
            emit(OpCode.POP_EXCEPT);
            clearName(h.name());
            u.b.emitJump(OpCode.JUMP_FORWARD, end);
            u.b.bind(nameCleanup);
            clearName(h.name());
            emit(OpCode.RERAISE);
        }
        u.b.bind(next);
    }

    @Override
    public Void visitWith(Stmt.With s) {
        if (s.isAsync()) requireAsync(s, "'async with' outside async function");
        withItem(s, 0);
        return null;
    }

    /**
     * One item of a with statement. For {@code async with} the same shape with BEFORE_ASYNC_WITH
     * (bound {@code __aexit__}, awaitable of {@code __aenter__()}) and an await after
     * {@code __aenter__} and after each call of {@code __aexit__}, as CPython 3.11 compiles it.
     */
    private void withItem(Stmt.With s, int i) {
        WithItem item = s.items().get(i);
        boolean async = s.isAsync();
        Label onException = new Label();
        Label cleanup = new Label();
        Label suppress = new Label();
        Label end = new Label();
        expr(item.contextExpr());
        u.b.setLine(s.pos().line());
        if (async) {
            emit(OpCode.BEFORE_ASYNC_WITH);
            awaitTop(1);
        } else {
            emit(OpCode.BEFORE_WITH);
        }
        int handlers = u.b.handlerCount();
        u.b.pushHandler(onException, -1);
        pushBlock(async ? FBlock.Kind.ASYNC_WITH : FBlock.Kind.WITH, handlers, null, null);
        if (item.optionalVars() != null) {
            assign(item.optionalVars());
        } else {
            emit(OpCode.POP_TOP);
        }
        if (i + 1 < s.items().size()) {
            withItem(s, i + 1);
        } else {
            body(s.body());
        }
        popBlock();
        u.b.popHandler();
        u.b.setLine(s.pos().line());
        if (async) {
            awaitExitWithNones();
        } else {
            callExitWithNones();
        }
        u.b.emitJump(OpCode.JUMP_FORWARD, end);

        u.b.bind(onException);
        u.b.pushHandler(cleanup, 0);
        emit(OpCode.PUSH_EXC_INFO);
        emit(OpCode.WITH_EXCEPT_START);
        if (async) awaitTop(2);
        u.b.emitJump(OpCode.POP_JUMP_IF_TRUE, suppress);
        emit(OpCode.RERAISE);
        u.b.bind(suppress);
        emit(OpCode.POP_TOP);
        emit(OpCode.POP_EXCEPT);
        emit(OpCode.POP_TOP);
        u.b.popHandler();
        u.b.emitJump(OpCode.JUMP_FORWARD, end);
        exceptionCleanup(cleanup);
        u.b.bind(end);
    }
}
