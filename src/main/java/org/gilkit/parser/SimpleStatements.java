package org.gilkit.parser;

import static org.gilkit.lexer.TokenType.COLON;
import static org.gilkit.lexer.TokenType.EQUAL;

import java.util.ArrayList;
import java.util.List;
import org.gilkit.ast.Ctx;
import org.gilkit.ast.Expr;
import org.gilkit.ast.Operator;
import org.gilkit.ast.Stmt;
import org.gilkit.lexer.Token;

/**
 * Statements that start with an expression: expression statements, assignments (chained,
 * starred), augmented and annotated assignments, with CPython's messages for bad targets
 * ("cannot assign to literal", "... here. Maybe you meant '==' instead of '='?", "'tuple' is an
 * illegal expression for augmented assignment", "only single target ... can be annotated") and
 * for Python 2 {@code print x}.
 */
final class SimpleStatements {
    private final TokenStream ts;
    private final ExpressionParser ep;
    private final Errors err;

    SimpleStatements(TokenStream ts, ExpressionParser ep, Errors err) {
        this.ts = ts;
        this.ep = ep;
        this.err = err;
    }

    Stmt expressionStatement() {
        Token start = ts.peek();
        if (ExpressionParser.isName(start) && ts.peek(1).type() == COLON) {
            ts.next();
            Expr target = ep.span(new Expr.Name(ExpressionParser.pos(start), start.text(), Ctx.STORE), start);
            ts.next();
            return annotated(start, target, true);
        }
        Expr first = ep.yieldOrStarExpressions();
        Token t = ts.peek();
        if (t.type() == EQUAL) {
            return assignment(start, first);
        }
        Operator aug = Parser.augmented(t.type());
        if (aug != null) {
            return augmented(start, first, aug);
        }
        if (t.type() == COLON) {
            Expr annotation = annotationFor(first);
            checkAnnotationTarget(first);
            boolean simple = first instanceof Expr.Name && err.start(first) == start;
            return annotatedValue(start, Targets.withCtx(first, Ctx.STORE), annotation, simple);
        }
        legacyPrint(first);
        return new Stmt.ExprStmt(ExpressionParser.pos(start), first);
    }

    private Stmt annotated(Token start, Expr target, boolean simple) {
        return annotatedValue(start, target, ep.expression(), simple);
    }

    private Stmt annotatedValue(Token start, Expr target, Expr annotation, boolean simple) {
        Expr value = ts.match(EQUAL) ? ep.yieldOrStarExpressions() : null;
        return new Stmt.AnnAssign(ExpressionParser.pos(start), target, annotation, value, simple);
    }

    /**
     * The annotation after {@code target:}. For a target that cannot be annotated CPython's first
     * pass already fails at the ':'; the specific message comes only if an annotation follows.
     */
    private Expr annotationFor(Expr target) {
        Token colon = ts.next();
        boolean valid = target instanceof Expr.Name || target instanceof Expr.Attribute
                || target instanceof Expr.Subscript;
        if (valid) {
            return ep.expression();
        }
        int depth = ep.depth();
        try {
            return ep.expression();
        } catch (SyntaxErrorException e) {
            ts.rethrowIfFinal(e);
            ep.resetDepth(depth);
            throw err.at(colon, "invalid syntax");
        }
    }

    private void checkAnnotationTarget(Expr e) {
        if (e instanceof Expr.Tuple t) {
            boolean parenthesized = err.start(e) != err.start(t.elts().get(0));
            throw err.node(parenthesized ? e : t.elts().get(0), "only single target (not tuple) can be annotated");
        }
        if (e instanceof Expr.ListExpr) {
            throw err.node(e, "only single target (not list) can be annotated");
        }
        if (!(e instanceof Expr.Name || e instanceof Expr.Attribute || e instanceof Expr.Subscript)) {
            throw err.node(e, "illegal target for annotation");
        }
    }

    private Stmt assignment(Token start, Expr first) {
        List<Expr> exprs = new ArrayList<>();
        exprs.add(first);
        List<Token> valueStarts = new ArrayList<>();
        while (ts.match(EQUAL)) {
            if (!ExpressionParser.startsExpression(ts.peek()) && !ts.check("yield")) {
                // CPython's invalid_assignment judges `target =` before it needs a value.
                target(exprs.get(exprs.size() - 1), false);
            }
            valueStarts.add(ts.peek());
            exprs.add(ep.yieldOrStarExpressions());
        }
        List<Expr> targets = new ArrayList<>();
        for (int i = 0; i < exprs.size() - 1; i++) {
            targets.add(target(exprs.get(i), i == 0 && exprs.size() == 2 && simpleValueStart(valueStarts.get(0))));
        }
        return new Stmt.Assign(ExpressionParser.pos(start), targets, exprs.get(exprs.size() - 1));
    }

    /** CPython's "here. Maybe you meant '=='" form needs the value to start a bitwise_or. */
    private static boolean simpleValueStart(Token t) {
        return !(t.is("yield") || t.is("lambda") || t.is("not") || t.type() == org.gilkit.lexer.TokenType.STAR);
    }

    private Expr target(Expr e, boolean mayBeComparison) {
        if (e instanceof Expr.Yield || e instanceof Expr.YieldFrom) {
            throw err.node(e, "assignment to yield expression not possible");
        }
        Expr bad = Targets.invalid(e, true);
        if (bad == null) {
            return Targets.withCtx(e, Ctx.STORE);
        }
        if (mayBeComparison && Parser.isHereCandidate(e)) {
            throw err.node(e, "cannot assign to " + Targets.describe(e) + " here. Maybe you meant '==' instead of '='?");
        }
        throw err.node(bad, "cannot assign to " + Targets.describe(bad));
    }

    private Stmt augmented(Token start, Expr target, Operator op) {
        if (!(target instanceof Expr.Name || target instanceof Expr.Attribute || target instanceof Expr.Subscript)) {
            throw err.node(target, "'" + Targets.describe(target) + "' is an illegal expression for augmented assignment");
        }
        ts.next();
        Expr value = ep.yieldOrStarExpressions();
        return new Stmt.AugAssign(ExpressionParser.pos(start), Targets.withCtx(target, Ctx.STORE), op, value);
    }

    /** {@code print "x"}: CPython's "Missing parentheses in call to 'print'" over the statement. */
    private void legacyPrint(Expr first) {
        if (!(first instanceof Expr.Name n) || !(n.id().equals("print") || n.id().equals("exec"))
                || !ExpressionParser.startsExpression(ts.peek())) {
            return;
        }
        int mark = ts.p;
        int depth = ep.depth();
        try {
            Expr rest = ep.starExpressions();
            throw err.range(err.start(first), err.end(rest),
                    "Missing parentheses in call to '" + n.id() + "'. Did you mean " + n.id() + "(...)?");
        } catch (SyntaxErrorException e) {
            ts.rethrowIfFinal(e);
            if (e.msg().startsWith("Missing parentheses")) {
                throw e;
            }
            ts.p = mark;
            ep.resetDepth(depth);
        }
    }
}
