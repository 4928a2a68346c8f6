package org.gilkit.parser;

import static org.gilkit.lexer.TokenType.AT;
import static org.gilkit.lexer.TokenType.COLON;
import static org.gilkit.lexer.TokenType.COLONEQUAL;
import static org.gilkit.lexer.TokenType.COMMA;
import static org.gilkit.lexer.TokenType.DEDENT;
import static org.gilkit.lexer.TokenType.DOT;
import static org.gilkit.lexer.TokenType.ELLIPSIS;
import static org.gilkit.lexer.TokenType.ENDMARKER;
import static org.gilkit.lexer.TokenType.EQUAL;
import static org.gilkit.lexer.TokenType.INDENT;
import static org.gilkit.lexer.TokenType.LPAR;
import static org.gilkit.lexer.TokenType.NAME;
import static org.gilkit.lexer.TokenType.NEWLINE;
import static org.gilkit.lexer.TokenType.RARROW;
import static org.gilkit.lexer.TokenType.RPAR;
import static org.gilkit.lexer.TokenType.SEMI;
import static org.gilkit.lexer.TokenType.STAR;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gilkit.ast.Alias;
import org.gilkit.ast.Arguments;
import org.gilkit.ast.Ctx;
import org.gilkit.ast.ExceptHandler;
import org.gilkit.ast.Expr;
import org.gilkit.ast.Module;
import org.gilkit.ast.Operator;
import org.gilkit.ast.Pos;
import org.gilkit.ast.Stmt;
import org.gilkit.ast.WithItem;
import org.gilkit.lexer.Lexer;
import org.gilkit.lexer.Token;
import org.gilkit.lexer.TokenType;

/**
 * Python 3.11 source to {@link Module}: the statement grammar of CPython's
 * {@code Grammar/python.gram} by recursive descent (expressions in {@link ExpressionParser}), with
 * CPython's syntax error messages and locations for the common mistakes ({@link SyntaxErrorException}).
 * Entry points: {@link #parse(String, String)} and {@link #parseFile(Path)}; the CLI's run and dis
 * commands and the compiler call them.
 *
 * <p>Not supported (a SyntaxError names the feature): {@code match},
 * {@code except*}, imaginary literals. Limits: brackets nest at most 200 deep and blocks 100 deep
 * (CPython's tokenizer limits); any AST returned is at most {@link #MAX_DEPTH} nodes deep, deeper
 * programs fail with CPython's "RecursionError: maximum recursion depth exceeded during compilation",
 * so later stages may recurse over the tree. Parsing runs on a thread with a large stack so that
 * those limits, not the JVM's stack, decide; a Java StackOverflowError never escapes.
 */
public final class Parser {
    /**
     * Maximum AST depth, counting statement and expression nodes: CPython 3.11 compiles a script
     * nested exactly this deep and fails one level deeper (its compiler's recursion limit, 1000 x 3).
     */
    public static final int MAX_DEPTH = 3000;

    /**
     * Bound on the parser's own recursion: above MAX_DEPTH by the bracket limit, since parentheses
     * nest the parse without nesting the tree; the exact AST limit is then applied by DepthCheck.
     */
    static final int MAX_RECURSION = MAX_DEPTH + Lexer.MAX_LEVEL + 16;

    private final TokenStream ts;
    private final ExpressionParser ep;
    private final Errors err;

    private Parser(String source, String filename) {
        Lexer lexer = new Lexer(source);
        this.err = new Errors(new SourceText(lexer.source(), filename));
        this.ts = new TokenStream(lexer, err, 0, 0);
        this.ep = new ExpressionParser(ts, 0);
    }

    /** Parses a whole program; {@code filename} is used in error messages only. */
    public static Module parse(String source, String filename) {
        return BigStack.run(filename, () -> new Parser(source, filename).module(filename));
    }

    /**
     * Parses the input of {@code eval()} / {@code compile(..., 'eval')}: one expression list,
     * then only newlines (CPython's {@code eval: expressions NEWLINE* ENDMARKER}). The caller
     * strips the leading blanks eval() ignores.
     */
    public static Expr parseExpression(String source, String filename) {
        return BigStack.run(filename, () -> new Parser(source, filename).evalInput(filename));
    }

    private Expr evalInput(String filename) {
        try {
            Expr e = ep.starExpressions();
            while (ts.match(NEWLINE)) {
                // trailing blank lines are allowed
            }
            if (!ts.check(ENDMARKER)) throw ep.fail();
            DepthCheck.check(new Module(filename, List.of(new Stmt.ExprStmt(e.pos(), e))), MAX_DEPTH, err);
            return e;
        } catch (SyntaxErrorException e) {
            throw reportable(e);
        }
    }

    /** Reads, strictly UTF-8-decodes and parses a file (the file name is the path as given). */
    public static Module parseFile(Path path) throws IOException {
        return parseBytes(SourceFiles.read(path), path.toString());
    }

    /** Decodes {@code data} as UTF-8 (CPython's "Non-UTF-8 code" error otherwise) and parses it. */
    public static Module parseBytes(byte[] data, String filename) {
        return parse(SourceDecoder.decode(data, filename), filename);
    }

    private Module module(String filename) {
        List<Stmt> body = new ArrayList<>();
        try {
            while (!ts.check(ENDMARKER)) {
                statement(body);
            }
        } catch (SyntaxErrorException e) {
            throw reportable(e);
        }
        Module m = new Module(filename, body);
        DepthCheck.check(m, MAX_DEPTH, err);
        return m;
    }

    /** CPython lets a tokenizer error later in the file replace a parser error. */
    private SyntaxErrorException reportable(SyntaxErrorException e) {

        if (ts.lexerFailed || e.kind().equals("RecursionError") || e.msg().equals("unexpected indent")
                || e.msg().equals("unexpected unindent")) {
            return e;
        }
        return ts.checkRest(e);
    }

    private static Pos pos(Token t) {
        return ExpressionParser.pos(t);
    }

    // ---------------------------------------------------------------- statements

    private void statement(List<Stmt> out) {
        Token t = ts.peek();
        if (t.type() == AT) {
            out.add(decorated());
            return;
        }
        if (t.type() == NAME) {
            Stmt s = compound(t);
            if (s != null) {
                out.add(s);
                return;
            }
        }
        if (t.type() == INDENT) {
            throw ep.fail();
        }
        simpleStatements(out);
    }

    private Stmt compound(Token t) {
        switch (t.text()) {
            case "def": return functionDef(List.of());
            case "class": return classDef(List.of());
            case "if": return ifStatement();
            case "while": return whileStatement();
            case "for": return forStatement();
            case "try": return tryStatement();
            case "with": return withStatement();
            case "async": return asyncStatement(List.of());
            default: return null;
        }
    }

    private List<Stmt> simpleStatements(List<Stmt> out) {
        Token first = ts.peek();
        while (true) {
            try {
                out.add(simpleStatement());
            } catch (SyntaxErrorException e) {
                throw unsupportedMatch(first, e);
            }
            if (!ts.match(SEMI) || ts.check(NEWLINE)) {
                break;
            }
        }
        if (!ts.check(NEWLINE)) {
            SyntaxErrorException e = unsupportedMatch(first, ep.fail());
            if (endsWithExpression(out.get(out.size() - 1))) {
                ep.readAheadLikeCPython();
            }
            throw e;
        }
        ts.next();
        return out;
    }

    /** Statements after which CPython's second pass tries to read one more expression. */
    private static boolean endsWithExpression(Stmt s) {
        return !(s instanceof Stmt.Import || s instanceof Stmt.ImportFrom || s instanceof Stmt.Global
                || s instanceof Stmt.Nonlocal || s instanceof Stmt.Pass || s instanceof Stmt.Break
                || s instanceof Stmt.Continue);
    }

    /** A soft-keyword {@code match} statement fails as ordinary code: say what it was instead. */
    private SyntaxErrorException unsupportedMatch(Token first, SyntaxErrorException e) {
        if (first.is("match") && !e.kind().equals("RecursionError") && !ts.lexerFailed
                && ts.peek(1).type() != EQUAL) {
            return err.at(first, "the match statement is not supported by gilkit");
        }
        return e;
    }

    /** A block after ':' — an indented suite or simple statements on the same line. */
    private List<Stmt> block(String what, Token keyword) {
        List<Stmt> body = new ArrayList<>();
        if (!ts.match(NEWLINE)) {
            return simpleStatements(body);
        }
        if (!ts.check(INDENT)) {
            Token t = ts.peek();
            boolean real = t.col() >= 0 && t.type() != DEDENT;
            throw err.make("IndentationError", "expected an indented block after " + what + " on line "
                    + keyword.line(), t.line(), t.col() + 1, t.line(), real ? t.col() + 2 : -1);
        }
        ts.next();
        while (!ts.check(DEDENT) && !ts.check(ENDMARKER)) {
            statement(body);
        }
        ts.next();
        return body;
    }

    /** The ':' of a compound statement: "expected ':'" before a newline (always, if forced). */
    private void colon(boolean forced) {
        if (ts.match(COLON)) {
            return;
        }
        if (forced || ts.check(NEWLINE)) {
            throw err.at(ts.peek(), "expected ':'");
        }
        SyntaxErrorException e = ep.fail();
        ep.readAheadLikeCPython();
        throw e;
    }

    private Stmt decorated() {
        List<Expr> decorators = new ArrayList<>();
        while (ts.match(AT)) {
            decorators.add(ep.namedExpression());
            if (!ts.match(NEWLINE)) {
                throw ep.fail();
            }
        }
        Token t = ts.peek();
        if (t.is("def")) {
            return functionDef(decorators);
        }
        if (t.is("class")) {
            return classDef(decorators);
        }
        if (t.is("async") && ts.peek(1).is("def")) {
            return asyncStatement(decorators);
        }
        throw ep.fail();
    }

    /**
     * {@code async def}, {@code async for}, {@code async with}: the statement after the
     * {@code async} keyword, marked async and positioned at {@code async} as CPython does.
     * Whether it may appear here (inside an {@code async def}) is the compiler's check.
     */
    private Stmt asyncStatement(List<Expr> decorators) {
        Token async = ts.peek();
        Token next = ts.peek(1);
        if (next.is("def")) {
            ts.next();
            Stmt.FunctionDef f = (Stmt.FunctionDef) functionDef(decorators);
            return new Stmt.FunctionDef(pos(async), f.name(), f.args(), f.body(), f.decoratorList(), f.returns(), true);
        }
        if (next.is("for")) {
            ts.next();
            Stmt.For f = (Stmt.For) forStatement();
            return new Stmt.For(pos(async), f.target(), f.iter(), f.body(), f.orelse(), true);
        }
        if (next.is("with")) {
            ts.next();
            Stmt.With w = (Stmt.With) withStatement();
            return new Stmt.With(pos(async), w.items(), w.body(), true);
        }
        ts.next();
        ts.peek();
        throw ep.fail();
    }

    private Stmt functionDef(List<Expr> decorators) {
        Token def = ts.next();
        Token name = nameToken();
        if (!ts.check(LPAR)) {
            throw err.at(ts.peek(), "expected '('");
        }
        ts.next();
        Arguments args = ep.parameters(false, RPAR);
        ep.expect(RPAR);
        Expr returns = ts.match(RARROW) ? ep.expression() : null;
        colon(true);
        List<Stmt> body = block("function definition", def);
        return new Stmt.FunctionDef(pos(def), name.text(), args, body, decorators, returns);
    }

    private Token nameToken() {
        Token t = ts.peek();
        if (!ExpressionParser.isName(t)) {
            throw ep.fail();
        }
        return ts.next();
    }

    private Stmt classDef(List<Expr> decorators) {
        Token cls = ts.next();
        Token name = nameToken();
        ExpressionParser.CallArgs a = ts.check(LPAR) ? ep.arguments() : new ExpressionParser.CallArgs(List.of(),
                List.of());
        colon(false);
        List<Stmt> body = block("class definition", cls);
        return new Stmt.ClassDef(pos(cls), name.text(), a.args(), a.keywords(), body, decorators);
    }

    private Stmt ifStatement() {
        Token kw = ts.next();
        Expr test = condition();
        colon(false);
        List<Stmt> body = block("'" + kw.text() + "' statement", kw);
        List<Stmt> orelse = new ArrayList<>();
        if (ts.check("elif")) {
            orelse.add(ifStatement());
        } else if (ts.check("else")) {
            orelse = elseBlock();
        }
        return new Stmt.If(pos(kw), test, body, orelse);
    }

    private List<Stmt> elseBlock() {
        Token kw = ts.next();
        colon(true);
        return block("'else' statement", kw);
    }

    /** The condition of if/elif/while: a named_expression. */
    private Expr condition() {
        return ep.namedExpression();
    }

    /** True if a is a bitwise_or-level expression other than a display or True/False/None. */
    private static boolean hereCandidate(Expr a) {
        if (a instanceof Expr.Tuple || a instanceof Expr.ListExpr || a instanceof Expr.GeneratorExp
                || a instanceof Expr.Compare || a instanceof Expr.BoolOp || a instanceof Expr.IfExp
                || a instanceof Expr.Lambda || a instanceof Expr.NamedExpr || a instanceof Expr.Yield
                || a instanceof Expr.YieldFrom || a instanceof Expr.Starred) {
            return false;
        }
        if (a instanceof Expr.UnaryOp u && u.op() == org.gilkit.ast.UnaryOpKind.NOT) {
            return false;
        }
        return !(a instanceof Expr.Constant c && (c.value() == Expr.Constant.NONE || c.value() instanceof Boolean));
    }

    private Stmt whileStatement() {
        Token kw = ts.next();
        Expr test = condition();
        colon(false);
        List<Stmt> body = block("'while' statement", kw);
        List<Stmt> orelse = ts.check("else") ? elseBlock() : List.of();
        return new Stmt.While(pos(kw), test, body, orelse);
    }

    private Stmt forStatement() {
        Token kw = ts.next();
        Expr target = ep.targetList();
        if (!ts.match("in")) {
            SyntaxErrorException e = ep.fail();
            ep.readAheadLikeCPython();
            throw e;
        }
        Expr iter = ep.starExpressions();
        colon(false);
        List<Stmt> body = block("'for' statement", kw);
        List<Stmt> orelse = ts.check("else") ? elseBlock() : List.of();
        return new Stmt.For(pos(kw), target, iter, body, orelse);
    }

    private Stmt tryStatement() {
        Token kw = ts.next();
        colon(true);
        List<Stmt> body = block("'try' statement", kw);
        List<ExceptHandler> handlers = new ArrayList<>();
        while (ts.check("except")) {
            handlers.add(exceptHandler());
        }
        List<Stmt> orelse = List.of();
        if (!handlers.isEmpty() && ts.check("else")) {
            orelse = elseBlock();
        }
        List<Stmt> finalbody = List.of();
        if (ts.check("finally")) {
            Token f = ts.next();
            colon(true);
            finalbody = block("'finally' statement", f);
        }
        if (handlers.isEmpty() && finalbody.isEmpty()) {
            throw err.at(ts.peek(), "expected 'except' or 'finally' block");
        }
        return new Stmt.Try(pos(kw), body, handlers, orelse, finalbody);
    }

    private ExceptHandler exceptHandler() {
        Token kw = ts.next();
        if (ts.check(STAR)) {
            throw err.at(ts.peek(), "'except*' is not supported by gilkit (exception groups are not supported)");
        }
        Expr type = null;
        String name = null;
        if (!ts.check(COLON) && !ts.check(NEWLINE)) {
            type = ep.expression();
            if (ts.check(COMMA)) {
                exceptTuple(type);
            }
            if (ts.match("as")) {
                name = nameToken().text();
            }
        }
        colon(false);
        List<Stmt> body = block("'except' statement", kw);
        return new ExceptHandler(pos(kw), type, name, body);
    }

    /** {@code except A, B:} is a Python 2 form: CPython asks for parentheses. */
    private void exceptTuple(Expr first) {
        int mark = ts.p;
        int depth = ep.depth();
        Expr all;
        try {
            ts.p = mark;
            ts.next();
            Expr rest = ep.expression();
            while (ts.match(COMMA)) {
                if (!ExpressionParser.startsExpression(ts.peek())) {
                    break;
                }
                rest = ep.expression();
            }
            all = rest;
        } catch (SyntaxErrorException e) {
            ts.rethrowIfFinal(e);
            ts.p = mark;
            ep.resetDepth(depth);
            return;
        }
        if (ts.check(COLON) || ts.check("as")) {
            throw err.range(err.start(first), err.end(all), "multiple exception types must be parenthesized");
        }
        ts.p = mark;
    }

    private Stmt withStatement() {
        Token kw = ts.next();
        List<WithItem> items = ts.check(LPAR) ? parenthesizedWithItems() : null;
        if (items == null) {
            items = new ArrayList<>();
            do {
                items.add(withItem());
            } while (ts.match(COMMA));
        }
        colon(false);
        List<Stmt> body = block("'with' statement", kw);
        return new Stmt.With(pos(kw), items, body);
    }

    /** {@code with (a as b, c):}: tried first, as CPython does; null if the header is not that form. */
    private List<WithItem> parenthesizedWithItems() {
        int mark = ts.p;
        int depth = ep.depth();
        try {
            ts.next();
            List<WithItem> items = new ArrayList<>();
            while (!ts.check(RPAR)) {
                items.add(withItem());
                if (!ts.match(COMMA)) {
                    break;
                }
            }
            if (!items.isEmpty() && ts.match(RPAR) && ts.check(COLON)) {
                return items;
            }
        } catch (SyntaxErrorException e) {
            ts.rethrowIfFinal(e);
        }
        ts.p = mark;
        ep.resetDepth(depth);
        return null;
    }

    private WithItem withItem() {
        Expr context = ep.expression();
        Expr vars = ts.match("as") ? ep.singleTarget() : null;
        return new WithItem(context, vars);
    }

    // ---------------------------------------------------------------- simple statements

    private Stmt simpleStatement() {
        Token t = ts.peek();
        if (t.type() == NAME) {
            switch (t.text()) {
                case "pass": ts.next(); return new Stmt.Pass(pos(t));
                case "break": ts.next(); return new Stmt.Break(pos(t));
                case "continue": ts.next(); return new Stmt.Continue(pos(t));
                case "return": return returnStatement();
                case "raise": return raiseStatement();
                case "global": return new Stmt.Global(pos(ts.next()), names());
                case "nonlocal": return new Stmt.Nonlocal(pos(ts.next()), names());
                case "del": return delStatement();
                case "assert": return assertStatement();
                case "import": return importStatement();
                case "from": return fromImport();
                default: break;
            }
        }
        return new SimpleStatements(ts, ep, err).expressionStatement();
    }

    private Stmt returnStatement() {
        Token kw = ts.next();
        Expr value = ExpressionParser.startsExpression(ts.peek()) ? ep.starExpressions() : null;
        return new Stmt.Return(pos(kw), value);
    }

    private Stmt raiseStatement() {
        Token kw = ts.next();
        if (!ExpressionParser.startsExpression(ts.peek())) {
            return new Stmt.Raise(pos(kw), null, null);
        }
        Expr exc = ep.expression();
        Expr cause = ts.match("from") ? ep.expression() : null;
        return new Stmt.Raise(pos(kw), exc, cause);
    }

    private List<String> names() {
        List<String> names = new ArrayList<>();
        do {
            names.add(nameToken().text());
        } while (ts.match(COMMA));
        return names;
    }

    private Stmt delStatement() {
        Token kw = ts.next();
        List<Expr> targets = new ArrayList<>();
        do {
            if (!ExpressionParser.startsExpression(ts.peek()) && !targets.isEmpty()) {
                break;
            }
            Expr e = ep.starExpression();
            Expr bad = Targets.invalid(e, false);
            if (bad != null) {
                throw err.node(bad, "cannot delete " + Targets.describe(bad));
            }
            targets.add(Targets.withCtx(e, Ctx.DEL));
        } while (ts.match(COMMA));
        return new Stmt.Delete(pos(kw), targets);
    }

    private Stmt assertStatement() {
        Token kw = ts.next();
        Expr test = ep.expression();
        Expr msg = ts.match(COMMA) ? ep.expression() : null;
        return new Stmt.Assert(pos(kw), test, msg);
    }

    private Stmt importStatement() {
        Token kw = ts.next();
        List<Alias> names = new ArrayList<>();
        do {
            Token first = ts.peek();
            String name = dottedName();
            String as = ts.match("as") ? nameToken().text() : null;
            names.add(new Alias(pos(first), name, as));
        } while (ts.match(COMMA));
        return new Stmt.Import(pos(kw), names);
    }

    private String dottedName() {
        StringBuilder sb = new StringBuilder(nameToken().text());
        while (ts.match(DOT)) {
            sb.append('.').append(nameToken().text());
        }
        return sb.toString();
    }

    private Stmt fromImport() {
        Token kw = ts.next();
        int level = 0;
        while (ts.check(DOT) || ts.check(ELLIPSIS)) {
            level += ts.next().type() == DOT ? 1 : 3;
        }
        String module = level > 0 && ts.check("import") ? null : dottedName();
        if (!ts.match("import")) {
            throw ep.fail();
        }
        Token star = ts.peek();
        if (ts.match(STAR)) {
            return new Stmt.ImportFrom(pos(kw), module, List.of(new Alias(pos(star), "*", null)), level);
        }
        boolean parens = ts.match(LPAR);
        List<Alias> names = new ArrayList<>();
        do {
            if (parens && ts.check(RPAR) && !names.isEmpty()) {
                break;
            }
            if (!parens && !names.isEmpty() && ts.check(NEWLINE)) {
                throw err.at(ts.peek(), "trailing comma not allowed without surrounding parentheses");
            }
            Token first = nameToken();
            String as = ts.match("as") ? nameToken().text() : null;
            names.add(new Alias(pos(first), first.text(), as));
        } while (ts.match(COMMA));
        if (parens) {
            ep.expect(RPAR);
        }
        return new Stmt.ImportFrom(pos(kw), module, names, level);
    }

    /** The operator of an augmented assignment token, or null. */
    static Operator augmented(TokenType t) {
        return switch (t) {
            case PLUSEQUAL -> Operator.ADD;
            case MINEQUAL -> Operator.SUB;
            case STAREQUAL -> Operator.MULT;
            case ATEQUAL -> Operator.MATMULT;
            case SLASHEQUAL -> Operator.DIV;
            case PERCENTEQUAL -> Operator.MOD;
            case DOUBLESTAREQUAL -> Operator.POW;
            case LEFTSHIFTEQUAL -> Operator.LSHIFT;
            case RIGHTSHIFTEQUAL -> Operator.RSHIFT;
            case VBAREQUAL -> Operator.BITOR;
            case CIRCUMFLEXEQUAL -> Operator.BITXOR;
            case AMPEREQUAL -> Operator.BITAND;
            case DOUBLESLASHEQUAL -> Operator.FLOORDIV;
            default -> null;
        };
    }

    /** Exposes the misused-assignment check to {@link SimpleStatements}. */
    static boolean isHereCandidate(Expr a) {
        return hereCandidate(a);
    }
}
