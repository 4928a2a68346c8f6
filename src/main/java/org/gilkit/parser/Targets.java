package org.gilkit.parser;

import java.util.ArrayList;
import java.util.List;
import org.gilkit.ast.Ctx;
import org.gilkit.ast.Expr;

/**
 * Turns an expression parsed in Load context into an assignment or deletion target (Store/Del
 * context), as CPython's {@code _PyPegen_set_expr_context}, and names the expression kinds that
 * cannot be targets with CPython's words ({@code _PyPegen_get_expr_name}).
 */
final class Targets {
    private Targets() {}

    /** The invalid sub-expression of a would-be target, or null if {@code e} is a valid target. */
    static Expr invalid(Expr e, boolean allowStarred) {
        if (e instanceof Expr.Name || e instanceof Expr.Attribute || e instanceof Expr.Subscript) {
            return null;
        }
        if (e instanceof Expr.Starred s) {
            return allowStarred ? invalid(s.value(), false) : e;
        }
        List<Expr> elts = e instanceof Expr.Tuple t ? t.elts() : e instanceof Expr.ListExpr l ? l.elts() : null;
        if (elts == null) {
            return e;
        }
        for (Expr x : elts) {
            Expr bad = invalid(x, allowStarred);
            if (bad != null) {
                return bad;
            }
        }
        return null;
    }

    /** {@code e} rebuilt in context {@code ctx}; e must be a valid target. */
    static Expr withCtx(Expr e, Ctx ctx) {
        if (e instanceof Expr.Name n) {
            return new Expr.Name(n.pos(), n.id(), ctx);
        }
        if (e instanceof Expr.Attribute a) {
            return new Expr.Attribute(a.pos(), a.value(), a.attr(), ctx);
        }
        if (e instanceof Expr.Subscript s) {
            return new Expr.Subscript(s.pos(), s.value(), s.slice(), ctx);
        }
        if (e instanceof Expr.Starred s) {
            return new Expr.Starred(s.pos(), withCtx(s.value(), ctx), ctx);
        }
        if (e instanceof Expr.Tuple t) {
            return new Expr.Tuple(t.pos(), all(t.elts(), ctx), ctx);
        }
        if (e instanceof Expr.ListExpr l) {
            return new Expr.ListExpr(l.pos(), all(l.elts(), ctx), ctx);
        }
        throw new IllegalArgumentException("not a target: " + e);
    }

    private static List<Expr> all(List<Expr> elts, Ctx ctx) {
        List<Expr> out = new ArrayList<>(elts.size());
        for (Expr x : elts) {
            out.add(withCtx(x, ctx));
        }
        return out;
    }

    /** CPython's name for the kind of expression e, as used in "cannot assign to %s". */
    static String describe(Expr e) {
        if (e instanceof Expr.Constant c) {
            Object v = c.value();
            if (v == Expr.Constant.NONE) {
                return "None";
            }
            if (v == Expr.Constant.ELLIPSIS) {
                return "ellipsis";
            }
            if (v instanceof Boolean b) {
                return b ? "True" : "False";
            }
            return "literal";
        }
        return switch (e.getClass().getSimpleName()) {
            case "Attribute" -> "attribute";
            case "Subscript" -> "subscript";
            case "Starred" -> "starred";
            case "Name" -> "name";
            case "ListExpr" -> "list";
            case "Tuple" -> "tuple";
            case "Lambda" -> "lambda";
            case "Call" -> "function call";
            case "BoolOp", "BinOp", "UnaryOp" -> "expression";
            case "GeneratorExp" -> "generator expression";
            case "Yield", "YieldFrom" -> "yield expression";
            case "ListComp" -> "list comprehension";
            case "SetComp" -> "set comprehension";
            case "DictComp" -> "dict comprehension";
            case "Dict" -> "dict literal";
            case "Set" -> "set display";
            case "JoinedStr", "FormattedValue" -> "f-string expression";
            case "Compare" -> "comparison";
            case "IfExp" -> "conditional expression";
            case "NamedExpr" -> "named expression";
            default -> "expression";
        };
    }
}
