package org.gilkit.ast;

import java.util.List;

/**
 * Statements, one record per CPython {@code ast} statement node with the same names and fields
 * (camelCase). Optional children are {@code null}; lists are never {@code null}.
 */
public sealed interface Stmt extends Node {
    <R> R accept(Visitor<R> v);

    /** One method per statement node. */
    interface Visitor<R> {
        R visitFunctionDef(FunctionDef s);
        R visitClassDef(ClassDef s);
        R visitReturn(Return s);
        R visitDelete(Delete s);
        R visitAssign(Assign s);
        R visitAugAssign(AugAssign s);
        R visitAnnAssign(AnnAssign s);
        R visitFor(For s);
        R visitWhile(While s);
        R visitIf(If s);
        R visitWith(With s);
        R visitRaise(Raise s);
        R visitTry(Try s);
        R visitAssert(Assert s);
        R visitImport(Import s);
        R visitImportFrom(ImportFrom s);
        R visitGlobal(Global s);
        R visitNonlocal(Nonlocal s);
        R visitExpr(ExprStmt s);
        R visitPass(Pass s);
        R visitBreak(Break s);
        R visitContinue(Continue s);
    }

    /**
     * {@code def name(args) -> returns: body}, decorators applied bottom-up; {@code isAsync} for
     * {@code async def} (CPython's separate AsyncFunctionDef node, folded in here so every visitor
     * handles both in one method).
     */
    record FunctionDef(Pos pos, String name, Arguments args, List<Stmt> body, List<Expr> decoratorList,
            Expr returns, boolean isAsync) implements Stmt {
        public FunctionDef(Pos pos, String name, Arguments args, List<Stmt> body, List<Expr> decoratorList,
                Expr returns) {
            this(pos, name, args, body, decoratorList, returns, false);
        }

        public <R> R accept(Visitor<R> v) { return v.visitFunctionDef(this); }
    }

    /** {@code class name(bases..., keywords...): body}. */
    record ClassDef(Pos pos, String name, List<Expr> bases, List<Keyword> keywords, List<Stmt> body,
            List<Expr> decoratorList) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitClassDef(this); }
    }

    /** {@code return} or {@code return value}. */
    record Return(Pos pos, Expr value) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitReturn(this); }
    }

    record Delete(Pos pos, List<Expr> targets) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitDelete(this); }
    }

    /** {@code t1 = t2 = value}: several targets for chained assignment. */
    record Assign(Pos pos, List<Expr> targets, Expr value) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitAssign(this); }
    }

    record AugAssign(Pos pos, Expr target, Operator op, Expr value) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitAugAssign(this); }
    }

    /** {@code target: annotation = value}; value may be null; simple is true for a bare Name target. */
    record AnnAssign(Pos pos, Expr target, Expr annotation, Expr value, boolean simple) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitAnnAssign(this); }
    }

    /** {@code for} or, with {@code isAsync}, {@code async for} (CPython's AsyncFor). */
    record For(Pos pos, Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse, boolean isAsync)
            implements Stmt {
        public For(Pos pos, Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse) {
            this(pos, target, iter, body, orelse, false);
        }

        public <R> R accept(Visitor<R> v) { return v.visitFor(this); }
    }

    record While(Pos pos, Expr test, List<Stmt> body, List<Stmt> orelse) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitWhile(this); }
    }

    /** {@code elif} is an If inside orelse, as in CPython. */
    record If(Pos pos, Expr test, List<Stmt> body, List<Stmt> orelse) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitIf(this); }
    }

    /** {@code with} or, with {@code isAsync}, {@code async with} (CPython's AsyncWith). */
    record With(Pos pos, List<WithItem> items, List<Stmt> body, boolean isAsync) implements Stmt {
        public With(Pos pos, List<WithItem> items, List<Stmt> body) {
            this(pos, items, body, false);
        }

        public <R> R accept(Visitor<R> v) { return v.visitWith(this); }
    }

    /** {@code raise}, {@code raise exc}, {@code raise exc from cause}. */
    record Raise(Pos pos, Expr exc, Expr cause) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitRaise(this); }
    }

    record Try(Pos pos, List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse,
            List<Stmt> finalbody) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitTry(this); }
    }

    record Assert(Pos pos, Expr test, Expr msg) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitAssert(this); }
    }

    record Import(Pos pos, List<Alias> names) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitImport(this); }
    }

    /** {@code from module import names}; module null for {@code from . import x}; level = leading dots. */
    record ImportFrom(Pos pos, String module, List<Alias> names, int level) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitImportFrom(this); }
    }

    record Global(Pos pos, List<String> names) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitGlobal(this); }
    }

    record Nonlocal(Pos pos, List<String> names) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitNonlocal(this); }
    }

    /** An expression statement (CPython's ast.Expr). */
    record ExprStmt(Pos pos, Expr value) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitExpr(this); }
    }

    record Pass(Pos pos) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitPass(this); }
    }

    record Break(Pos pos) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitBreak(this); }
    }

    record Continue(Pos pos) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitContinue(this); }
    }
}
