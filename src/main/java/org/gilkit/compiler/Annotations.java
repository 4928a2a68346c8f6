package org.gilkit.compiler;

import java.util.List;
import java.util.stream.Collectors;
import org.gilkit.ast.ExceptHandler;
import org.gilkit.ast.Expr;
import org.gilkit.ast.Module;
import org.gilkit.ast.Stmt;

/**
 * Variable annotations in module and class bodies ({@code x: int = 0}), which CPython stores in
 * the scope's {@code __annotations__} dict (dataclasses, NamedTuple and TypedDict read it).
 * {@link #present} decides whether a body needs the dict (CPython's {@code find_ann}: annotated
 * names anywhere in the body's compound statements, not in nested functions or classes);
 * {@link #text} renders an annotation as the string PEP 563
 * ({@code from __future__ import annotations}) stores instead of evaluating it. Used by
 * {@link Compiler}.
 */
final class Annotations {
    private Annotations() {}

    /** Whether {@code stmts} contain a simple annotated name (so the body sets up __annotations__). */
    static boolean present(List<Stmt> stmts) {
        for (Stmt s : stmts) {
            if (s instanceof Stmt.AnnAssign a && a.simple()) return true;
            if (nested(s)) return true;
        }
        return false;
    }

    private static boolean nested(Stmt s) {
        if (s instanceof Stmt.If i) return present(i.body()) || present(i.orelse());
        if (s instanceof Stmt.For f) return present(f.body()) || present(f.orelse());
        if (s instanceof Stmt.While w) return present(w.body()) || present(w.orelse());
        if (s instanceof Stmt.With w) return present(w.body());
        if (s instanceof Stmt.Try t) {
            for (ExceptHandler h : t.handlers()) if (present(h.body())) return true;
            return present(t.body()) || present(t.orelse()) || present(t.finalbody());
        }
        return false;
    }

    /** Whether the module starts with {@code from __future__ import annotations}. */
    static boolean future(Module m) {
        for (Stmt s : m.body()) {
            if (s instanceof Stmt.ImportFrom f && "__future__".equals(f.module())) {
                if (f.names().stream().anyMatch(a -> a.name().equals("annotations"))) return true;
            } else if (!(s instanceof Stmt.ExprStmt e && e.value() instanceof Expr.Constant)) {
                return false;
            }
        }
        return false;
    }

    /** The source form of an annotation expression (the usual shapes; others become "..."). */
    static String text(Expr e) {
        if (e instanceof Expr.Name n) return n.id();
        if (e instanceof Expr.Attribute a) return text(a.value()) + "." + a.attr();
        if (e instanceof Expr.Subscript s) {
            String inner = s.slice() instanceof Expr.Tuple t && !t.elts().isEmpty() ? join(t.elts()) : text(s.slice());
            return text(s.value()) + "[" + inner + "]";
        }
        if (e instanceof Expr.Tuple t) return t.elts().size() == 1 ? "(" + text(t.elts().get(0)) + ",)" : "(" + join(t.elts()) + ")";
        if (e instanceof Expr.ListExpr l) return "[" + join(l.elts()) + "]";
        if (e instanceof Expr.BinOp b) return text(b.left()) + " " + b.op().symbol + " " + text(b.right());
        if (e instanceof Expr.Constant c) return constant(c.value());
        return "...";
    }

    private static String join(List<Expr> es) {
        return es.stream().map(Annotations::text).collect(Collectors.joining(", "));
    }

    private static String constant(Object v) {
        if (v == null || v == Expr.Constant.NONE) return "None";
        if (v == Expr.Constant.ELLIPSIS) return "...";
        if (v instanceof String s) return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
        if (v instanceof Boolean b) return b ? "True" : "False";
        return v.toString();
    }
}
