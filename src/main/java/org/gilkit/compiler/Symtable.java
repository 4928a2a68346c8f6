package org.gilkit.compiler;

import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gilkit.ast.Alias;
import org.gilkit.ast.Arg;
import org.gilkit.ast.Arguments;
import org.gilkit.ast.Comprehension;
import org.gilkit.ast.Ctx;
import org.gilkit.ast.ExceptHandler;
import org.gilkit.ast.Expr;
import org.gilkit.ast.Keyword;
import org.gilkit.ast.Module;
import org.gilkit.ast.Node;
import org.gilkit.ast.Pos;
import org.gilkit.ast.Stmt;
import org.gilkit.ast.WithItem;

/**
 * Scope analysis (CPython's {@code symtable.c}), run by {@link Compiler} before code generation.
 * Pass one walks the tree and records, per {@link Scope}, which names are used, bound, declared
 * global or nonlocal, and which are parameters. Pass two resolves every name to a
 * {@link Scope.Binding}: locals that inner functions capture become cells, names bound in an
 * enclosing function become free variables (passing through intermediate scopes, class bodies
 * included), and the rest are globals.
 *
 * <p>Class bodies do not make their names visible to nested functions; the one exception is the
 * implicit {@code __class__} cell, created when a method uses {@code super} or {@code __class__}.
 * A comprehension is a function scope of its own whose walrus targets bind in the nearest
 * enclosing non-comprehension scope. Errors (nonlocal without binding, global after use...) are
 * SyntaxErrors with CPython's texts.
 */
final class Symtable implements Stmt.Visitor<Void>, Expr.Visitor<Void> {
    private final Map<Object, Scope> scopes = new IdentityHashMap<>();
    private final CompileErrors errors;
    private Scope current;
    private int line;

    private Symtable(CompileErrors errors) {
        this.errors = errors;
    }

    /** Builds and analyses the scopes of {@code module}. */
    static Symtable build(Module module, CompileErrors errors) {
        Symtable t = new Symtable(errors);
        Scope top = new Scope(Scope.Kind.MODULE, "<module>", null, false);
        t.scopes.put(module, top);
        t.current = top;
        t.visitStmts(module.body());
        t.analyze(top, Set.of());
        return t;
    }

    /** The scope opened by a Module, FunctionDef, Lambda, ClassDef or comprehension node. */
    Scope scopeOf(Object node) {
        Scope s = scopes.get(node);
        if (s == null) throw new IllegalStateException("no scope for " + node);
        return s;
    }

    // ---------------------------------------------------------------- pass 2: resolution

    /**
     * Resolves the names of {@code s}; {@code visible} are the names bound in enclosing function
     * scopes. Returns the names {@code s} needs from outside (its free variables).
     */
    private Set<String> analyze(Scope s, Set<String> visible) {
        for (Map.Entry<String, Integer> e : s.flags.entrySet()) {
            s.bindings.put(e.getKey(), resolve(s, e.getKey(), e.getValue(), visible));
        }
        Set<String> forChildren = new HashSet<>(visible);
        if (s.kind == Scope.Kind.FUNCTION) {
            s.bindings.forEach((n, b) -> {
                if (b == Scope.Binding.LOCAL || b == Scope.Binding.FREE) forChildren.add(n);
                if (b == Scope.Binding.GLOBAL_EXPLICIT) forChildren.remove(n);
            });
        } else if (s.kind == Scope.Kind.CLASS) {
            forChildren.add("__class__");
        } else {
            forChildren.clear();
        }
        Set<String> childFree = new java.util.LinkedHashSet<>();
        for (Scope child : s.children) childFree.addAll(analyze(child, forChildren));
        for (String n : childFree) adoptChildFree(s, n);
        Set<String> free = new java.util.LinkedHashSet<>();
        s.bindings.forEach((n, b) -> {
            if (b == Scope.Binding.FREE) free.add(n);
        });
        s.freevars.addAll(free);
        return free;
    }

    private Scope.Binding resolve(Scope s, String name, int f, Set<String> visible) {
        if ((f & Scope.DEF_GLOBAL) != 0) return Scope.Binding.GLOBAL_EXPLICIT;
        if ((f & (Scope.DEF_NONLOCAL | Scope.DEF_COMP_WALRUS)) != 0) {
            if (!visible.contains(name) && (f & Scope.DEF_NONLOCAL) != 0) {
                throw errors.at(s.firstLine.get(name), 0, "no binding for nonlocal '" + name + "' found");
            }
            return Scope.Binding.FREE;
        }
        if ((f & (Scope.DEF_LOCAL | Scope.DEF_PARAM)) != 0) return Scope.Binding.LOCAL;
        if (s.kind != Scope.Kind.MODULE && visible.contains(name) && !name.equals("__class__")) {
            return Scope.Binding.FREE;
        }
        if (s.kind == Scope.Kind.FUNCTION && visible.contains(name)) return Scope.Binding.FREE; // __class__
        return s.kind == Scope.Kind.FUNCTION ? Scope.Binding.GLOBAL_IMPLICIT : Scope.Binding.LOCAL;
    }

    /** A child needs {@code n} from outside: make it a cell here, or pass it through as free. */
    private void adoptChildFree(Scope s, String n) {
        if (s.kind == Scope.Kind.CLASS && n.equals("__class__")) {
            s.needsClassCell = true;
            s.cellvars.add(n);
            return;
        }
        Scope.Binding b = s.bindings.get(n);
        if (s.kind == Scope.Kind.FUNCTION && b == Scope.Binding.LOCAL) {
            s.bindings.put(n, Scope.Binding.CELL);
            s.cellvars.add(n);
        } else if (b == null || b == Scope.Binding.GLOBAL_IMPLICIT) {
            s.bindings.put(n, Scope.Binding.FREE);
        } else if (s.kind == Scope.Kind.CLASS && b == Scope.Binding.LOCAL) {
            // Bound in the class body and captured from the enclosing function by a method:
            // the body keeps using its namespace; the cell only passes through.
            s.freevars.add(n);
        }
    }

    // ---------------------------------------------------------------- pass 1: collection

    private void visitStmts(List<Stmt> body) {
        for (Stmt s : body) {
            line = s.pos().line();
            s.accept(this);
        }
    }

    private void visitExprs(List<? extends Expr> es) {
        for (Expr e : es) {
            if (e != null) e.accept(this);
        }
    }

    private void visit(Expr e) {
        if (e != null) e.accept(this);
    }

    private void bind(String name, Pos pos) {
        current.add(name, Scope.DEF_LOCAL, pos.line());
    }

    private void use(String name, Pos pos) {
        current.add(name, Scope.USE, pos.line());
    }

    private Scope open(Object node, Scope.Kind kind, String name, boolean comprehension) {
        Scope s = new Scope(kind, name, current, comprehension);
        scopes.put(node, s);
        current = s;
        return s;
    }

    private void visitArguments(Arguments a) {
        visitExprs(a.defaults());
        visitExprs(a.kwDefaults());
        for (Arg arg : allArgs(a)) visit(arg.annotation());
    }

    /** Parameters in CPython's co_varnames order: positional, keyword-only, *args, **kwargs. */
    static List<Arg> allArgs(Arguments a) {
        List<Arg> all = new java.util.ArrayList<>(a.posonlyargs());
        all.addAll(a.args());
        all.addAll(a.kwonlyargs());
        if (a.vararg() != null) all.add(a.vararg());
        if (a.kwarg() != null) all.add(a.kwarg());
        return all;
    }

    private void declareParams(Scope s, Arguments a) {
        for (Arg arg : allArgs(a)) {
            if ((s.flags(arg.arg()) & Scope.DEF_PARAM) != 0) {
                throw errors.at(arg.pos(), "duplicate argument '" + arg.arg() + "' in function definition");
            }
            s.add(arg.arg(), Scope.DEF_PARAM, arg.pos().line());
            s.params.add(arg.arg());
        }
    }

    @Override
    public Void visitFunctionDef(Stmt.FunctionDef s) {
        visitExprs(s.decoratorList());
        visitArguments(s.args());
        visit(s.returns());
        bind(s.name(), s.pos());
        Scope outer = current;
        Scope fn = open(s, Scope.Kind.FUNCTION, s.name(), false);
        fn.asyncDef = s.isAsync();
        fn.coroutine = s.isAsync();
        declareParams(fn, s.args());
        visitStmts(s.body());
        current = outer;
        return null;
    }

    @Override
    public Void visitClassDef(Stmt.ClassDef s) {
        visitExprs(s.decoratorList());
        visitExprs(s.bases());
        for (Keyword k : s.keywords()) visit(k.value());
        bind(s.name(), s.pos());
        Scope outer = current;
        open(s, Scope.Kind.CLASS, s.name(), false);
        visitStmts(s.body());
        current = outer;
        return null;
    }

    @Override
    public Void visitLambda(Expr.Lambda e) {
        visitArguments(e.args());
        Scope outer = current;
        Scope fn = open(e, Scope.Kind.FUNCTION, "<lambda>", false);
        declareParams(fn, e.args());
        visit(e.body());
        current = outer;
        return null;
    }

    private void comprehension(Expr node, String name, List<Comprehension> gens, Expr... elts) {
        visit(gens.get(0).iter());
        Scope outer = current;
        Scope s = open(node, Scope.Kind.FUNCTION, name, true);
        s.add(".0", Scope.DEF_PARAM, node.pos().line());
        s.params.add(".0");
        if (node instanceof Expr.GeneratorExp) s.generator = true;
        for (int i = 0; i < gens.size(); i++) {
            Comprehension c = gens.get(i);
            if (c.isAsync()) s.coroutine = true;
            if (i > 0) visit(c.iter());
            visit(c.target());
            visitExprs(c.ifs());
        }
        for (Expr e : elts) visit(e);
        current = outer;
        // An async list/set/dict comprehension is awaited where it stands (CPython's symtable).
        if (s.coroutine && !s.generator) outer.coroutine = true;
    }

    @Override
    public Void visitListComp(Expr.ListComp e) {
        comprehension(e, "<listcomp>", e.generators(), e.elt());
        return null;
    }

    @Override
    public Void visitSetComp(Expr.SetComp e) {
        comprehension(e, "<setcomp>", e.generators(), e.elt());
        return null;
    }

    @Override
    public Void visitDictComp(Expr.DictComp e) {
        comprehension(e, "<dictcomp>", e.generators(), e.key(), e.value());
        return null;
    }

    @Override
    public Void visitGeneratorExp(Expr.GeneratorExp e) {
        comprehension(e, "<genexpr>", e.generators(), e.elt());
        return null;
    }

    @Override
    public Void visitNamedExpr(Expr.NamedExpr e) {
        visit(e.value());
        String name = ((Expr.Name) e.target()).id();
        if (!current.comprehension) {
            bind(name, e.pos());
            return null;
        }
        Scope s = current;
        while (s.comprehension) {
            s = s.parent;
        }
        if (s.kind == Scope.Kind.CLASS) {
            throw errors.at(e.pos(), "assignment expression within a comprehension cannot be used in a class body");
        }
        int passFlag = s.kind == Scope.Kind.MODULE ? Scope.DEF_GLOBAL : Scope.DEF_COMP_WALRUS;
        for (Scope c = current; c != s; c = c.parent) c.add(name, passFlag, e.pos().line());
        s.add(name, Scope.DEF_LOCAL, e.pos().line());
        return null;
    }

    @Override
    public Void visitName(Expr.Name e) {
        if (e.ctx() == Ctx.LOAD) {
            use(e.id(), e.pos());
            if (e.id().equals("super") && current.isFunction()) current.add("__class__", Scope.USE, e.pos().line());
        } else {
            bind(e.id(), e.pos());
        }
        return null;
    }

    @Override
    public Void visitGlobal(Stmt.Global s) {
        for (String n : s.names()) declare(s, n, Scope.DEF_GLOBAL, "global");
        return null;
    }

    @Override
    public Void visitNonlocal(Stmt.Nonlocal s) {
        if (current.kind == Scope.Kind.MODULE) throw errors.at(s.pos(), "nonlocal declaration not allowed at module level");
        for (String n : s.names()) declare(s, n, Scope.DEF_NONLOCAL, "nonlocal");
        return null;
    }

    private void declare(Stmt s, String n, int flag, String what) {
        int f = current.flags(n);
        if ((f & Scope.DEF_PARAM) != 0) throw errors.at(s.pos(), "name '" + n + "' is parameter and " + what);
        int other = flag == Scope.DEF_GLOBAL ? Scope.DEF_NONLOCAL : Scope.DEF_GLOBAL;
        if ((f & other) != 0) {
            throw errors.at(s.pos(), "name '" + n + "' is nonlocal and global");
        }
        if ((f & Scope.DEF_LOCAL) != 0) {
            throw errors.at(s.pos(), "name '" + n + "' is assigned to before " + what + " declaration");
        }
        if ((f & Scope.USE) != 0) throw errors.at(s.pos(), "name '" + n + "' is used prior to " + what + " declaration");
        current.add(n, flag, s.pos().line());
    }

    @Override
    public Void visitReturn(Stmt.Return s) {
        visit(s.value());
        return null;
    }

    @Override
    public Void visitDelete(Stmt.Delete s) {
        visitExprs(s.targets());
        return null;
    }

    @Override
    public Void visitAssign(Stmt.Assign s) {
        visit(s.value());
        visitExprs(s.targets());
        return null;
    }

    @Override
    public Void visitAugAssign(Stmt.AugAssign s) {
        visit(s.value());
        if (s.target() instanceof Expr.Name n) {
            use(n.id(), n.pos());
            bind(n.id(), n.pos());
        } else {
            visit(s.target());
        }
        return null;
    }

    @Override
    public Void visitAnnAssign(Stmt.AnnAssign s) {
        visit(s.value());
        visit(s.annotation());
        visit(s.target());
        return null;
    }

    @Override
    public Void visitFor(Stmt.For s) {
        visit(s.iter());
        visit(s.target());
        visitStmts(s.body());
        visitStmts(s.orelse());
        return null;
    }

    @Override
    public Void visitWhile(Stmt.While s) {
        visit(s.test());
        visitStmts(s.body());
        visitStmts(s.orelse());
        return null;
    }

    @Override
    public Void visitIf(Stmt.If s) {
        visit(s.test());
        visitStmts(s.body());
        visitStmts(s.orelse());
        return null;
    }

    @Override
    public Void visitWith(Stmt.With s) {
        for (WithItem w : s.items()) {
            visit(w.contextExpr());
            visit(w.optionalVars());
        }
        visitStmts(s.body());
        return null;
    }

    @Override
    public Void visitRaise(Stmt.Raise s) {
        visit(s.exc());
        visit(s.cause());
        return null;
    }

    @Override
    public Void visitTry(Stmt.Try s) {
        visitStmts(s.body());
        for (ExceptHandler h : s.handlers()) {
            visit(h.type());
            if (h.name() != null) bind(h.name(), h.pos());
            visitStmts(h.body());
        }
        visitStmts(s.orelse());
        visitStmts(s.finalbody());
        return null;
    }

    @Override
    public Void visitAssert(Stmt.Assert s) {
        visit(s.test());
        visit(s.msg());
        return null;
    }

    @Override
    public Void visitImport(Stmt.Import s) {
        for (Alias a : s.names()) {
            String n = a.asname() != null ? a.asname() : a.name().split("\\.")[0];
            bind(n, s.pos());
        }
        return null;
    }

    @Override
    public Void visitImportFrom(Stmt.ImportFrom s) {
        for (Alias a : s.names()) {
            if (a.name().equals("*")) {
                if (current.kind != Scope.Kind.MODULE) {
                    throw errors.at(s.pos(), "import * only allowed at module level");
                }
                continue;
            }
            bind(a.asname() != null ? a.asname() : a.name(), s.pos());
        }
        return null;
    }

    @Override
    public Void visitExpr(Stmt.ExprStmt s) {
        visit(s.value());
        return null;
    }

    @Override
    public Void visitPass(Stmt.Pass s) {
        return null;
    }

    @Override
    public Void visitBreak(Stmt.Break s) {
        return null;
    }

    @Override
    public Void visitContinue(Stmt.Continue s) {
        return null;
    }

    @Override
    public Void visitBoolOp(Expr.BoolOp e) {
        visitExprs(e.values());
        return null;
    }

    @Override
    public Void visitBinOp(Expr.BinOp e) {
        visit(e.left());
        visit(e.right());
        return null;
    }

    @Override
    public Void visitUnaryOp(Expr.UnaryOp e) {
        visit(e.operand());
        return null;
    }

    @Override
    public Void visitIfExp(Expr.IfExp e) {
        visit(e.test());
        visit(e.body());
        visit(e.orelse());
        return null;
    }

    @Override
    public Void visitDict(Expr.Dict e) {
        visitExprs(e.keys());
        visitExprs(e.values());
        return null;
    }

    @Override
    public Void visitSet(Expr.Set e) {
        visitExprs(e.elts());
        return null;
    }

    @Override
    public Void visitYield(Expr.Yield e) {
        markGenerator(e);
        visit(e.value());
        return null;
    }

    @Override
    public Void visitYieldFrom(Expr.YieldFrom e) {
        markGenerator(e);
        visit(e.value());
        return null;
    }

    @Override
    public Void visitAwait(Expr.Await e) {
        visit(e.value());
        current.coroutine = true;
        return null;
    }

    private void markGenerator(Node e) {
        if (current.kind != Scope.Kind.FUNCTION) throw errors.at(e.pos(), "'yield' outside function");
        if (current.comprehension) {
            throw errors.at(e.pos(), "'yield' inside " + comprehensionKind(current.name));
        }
        current.generator = true;
    }

    private static String comprehensionKind(String name) {
        return switch (name) {
            case "<listcomp>" -> "list comprehension";
            case "<setcomp>" -> "set comprehension";
            case "<dictcomp>" -> "dict comprehension";
            default -> "generator expression";
        };
    }

    @Override
    public Void visitCompare(Expr.Compare e) {
        visit(e.left());
        visitExprs(e.comparators());
        return null;
    }

    @Override
    public Void visitCall(Expr.Call e) {
        visit(e.func());
        visitExprs(e.args());
        for (Keyword k : e.keywords()) visit(k.value());
        return null;
    }

    @Override
    public Void visitFormattedValue(Expr.FormattedValue e) {
        visit(e.value());
        visit(e.formatSpec());
        return null;
    }

    @Override
    public Void visitJoinedStr(Expr.JoinedStr e) {
        visitExprs(e.values());
        return null;
    }

    @Override
    public Void visitConstant(Expr.Constant e) {
        return null;
    }

    @Override
    public Void visitAttribute(Expr.Attribute e) {
        visit(e.value());
        return null;
    }

    @Override
    public Void visitSubscript(Expr.Subscript e) {
        visit(e.value());
        visit(e.slice());
        return null;
    }

    @Override
    public Void visitStarred(Expr.Starred e) {
        visit(e.value());
        return null;
    }

    @Override
    public Void visitList(Expr.ListExpr e) {
        visitExprs(e.elts());
        return null;
    }

    @Override
    public Void visitTuple(Expr.Tuple e) {
        visitExprs(e.elts());
        return null;
    }

    @Override
    public Void visitSlice(Expr.Slice e) {
        visit(e.lower());
        visit(e.upper());
        visit(e.step());
        return null;
    }
}
