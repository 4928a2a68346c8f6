package org.gilkit.parser;

import static org.gilkit.lexer.TokenType.AT;
import static org.gilkit.lexer.TokenType.COLON;
import static org.gilkit.lexer.TokenType.COLONEQUAL;
import static org.gilkit.lexer.TokenType.COMMA;
import static org.gilkit.lexer.TokenType.DOT;
import static org.gilkit.lexer.TokenType.DOUBLESTAR;
import static org.gilkit.lexer.TokenType.EQUAL;
import static org.gilkit.lexer.TokenType.LBRACE;
import static org.gilkit.lexer.TokenType.LPAR;
import static org.gilkit.lexer.TokenType.LSQB;
import static org.gilkit.lexer.TokenType.NAME;
import static org.gilkit.lexer.TokenType.RBRACE;
import static org.gilkit.lexer.TokenType.RPAR;
import static org.gilkit.lexer.TokenType.RSQB;
import static org.gilkit.lexer.TokenType.SLASH;
import static org.gilkit.lexer.TokenType.STAR;
import static org.gilkit.lexer.TokenType.STRING;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.gilkit.ast.Arg;
import org.gilkit.ast.Arguments;
import org.gilkit.ast.BoolOpKind;
import org.gilkit.ast.CmpOp;
import org.gilkit.ast.Comprehension;
import org.gilkit.ast.Ctx;
import org.gilkit.ast.Expr;
import org.gilkit.ast.Keyword;
import org.gilkit.ast.Operator;
import org.gilkit.ast.Pos;
import org.gilkit.ast.UnaryOpKind;
import org.gilkit.lexer.Token;
import org.gilkit.lexer.TokenType;

/**
 * Recursive descent over Python 3.11's expression grammar ({@code Grammar/python.gram}, from
 * {@code star_expressions} down to {@code atom}), with CPython's precedence and node positions
 * (a node starts at the first token of its rule, so {@code (a) + b} starts at the parenthesis).
 * Recursion is bounded by Parser.MAX_RECURSION; bracket nesting by the lexer's limit.
 * Used by {@link Parser} for statements and by {@link Literals} for f-string fields.
 */
final class ExpressionParser {
    static final Set<String> KEYWORDS = Set.of("False", "None", "True", "and", "as", "assert", "async", "await",
            "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from",
            "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return",
            "try", "while", "with", "yield");

    private static final TokenType[][] BINARY_LEVELS = {
        {TokenType.VBAR}, {TokenType.CIRCUMFLEX}, {TokenType.AMPER},
        {TokenType.LEFTSHIFT, TokenType.RIGHTSHIFT}, {TokenType.PLUS, TokenType.MINUS},
        {TokenType.STAR, TokenType.SLASH, TokenType.DOUBLESLASH, TokenType.PERCENT, AT},
    };
    private static final Operator[][] BINARY_OPS = {
        {Operator.BITOR}, {Operator.BITXOR}, {Operator.BITAND}, {Operator.LSHIFT, Operator.RSHIFT},
        {Operator.ADD, Operator.SUB}, {Operator.MULT, Operator.DIV, Operator.FLOORDIV, Operator.MOD, Operator.MATMULT},
    };

    final TokenStream ts;
    final Errors err;
    private final Literals literals;
    private int depth;

    ExpressionParser(TokenStream ts, int depth) {
        this.ts = ts;
        this.err = ts.errors;
        this.depth = depth;
        this.literals = new Literals(this);
    }

    int depth() {
        return depth;
    }

    static Pos pos(Token t) {
        return new Pos(t.line(), Math.max(t.col(), 0));
    }

    <T extends Expr> T span(T e, Token first) {
        return err.span(e, first, ts.prev());
    }

    static boolean isName(Token t) {
        return t.type() == NAME && !KEYWORDS.contains(t.text());
    }

    // ---------------------------------------------------------------- errors

    /** CPython's generic error at the furthest token read (indentation tokens get their own words). */
    SyntaxErrorException fail() {
        Token t = ts.furthest();
        if (t.type() == TokenType.INDENT) {
            return err.indentation(t, "unexpected indent");
        }
        if (t.type() == TokenType.DEDENT) {
            return err.indentation(t, "unexpected unindent");
        }
        return err.at(t, "invalid syntax");
    }

    Token expect(TokenType t) {
        if (!ts.check(t)) {
            throw fail();
        }
        return ts.next();
    }

    void enter() {
        if (++depth > Parser.MAX_RECURSION) {
            throw err.make("RecursionError", "maximum recursion depth exceeded during compilation", 0, 0, 0, 0);
        }
    }

    void leave() {
        depth--;
    }

    /** Restores the recursion depth after an abandoned speculative parse. */
    void resetDepth(int d) {
        depth = d;
    }

    /** True if t can start an expression (used to tell a trailing comma from a following item). */
    static boolean startsExpression(Token t) {
        switch (t.type()) {
            case NAME:
                return !KEYWORDS.contains(t.text()) || Set.of("not", "lambda", "None", "True", "False", "await")
                        .contains(t.text());
            case NUMBER: case STRING: case LPAR: case LSQB: case LBRACE: case MINUS: case PLUS: case TILDE:
            case STAR: case ELLIPSIS:
                return true;
            default:
                return false;
        }
    }

    // ---------------------------------------------------------------- top-level expression forms

    /** star_expressions: one expression, or a Tuple when there is a comma. */
    Expr starExpressions() {
        Token start = ts.peek();
        Expr first = starExpression();
        if (!ts.check(COMMA)) {
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (ts.match(COMMA)) {
            if (!startsExpression(ts.peek())) {
                break;
            }
            elts.add(starExpression());
        }
        return span(new Expr.Tuple(pos(start), elts, Ctx.LOAD), start);
    }

    /** star_expression: {@code '*' bitwise_or | expression}. */
    Expr starExpression() {
        Token start = ts.peek();
        if (ts.match(STAR)) {
            Expr v = bitOr();
            return span(new Expr.Starred(pos(start), v, Ctx.LOAD), start);
        }
        return expression();
    }

    /** star_named_expression: {@code '*' bitwise_or | named_expression}. */
    Expr starNamedExpression() {
        Token start = ts.peek();
        if (ts.match(STAR)) {
            Expr v = bitOr();
            return span(new Expr.Starred(pos(start), v, Ctx.LOAD), start);
        }
        return namedExpression();
    }

    /** Yield or star_expressions (the right-hand side of an assignment, a statement). */
    Expr yieldOrStarExpressions() {
        return ts.check("yield") ? yieldExpr() : starExpressions();
    }

    Expr yieldExpr() {
        Token start = ts.next();
        if (ts.match("from")) {
            Expr v = expression();
            return span(new Expr.YieldFrom(pos(start), v), start);
        }
        Expr v = startsExpression(ts.peek()) ? starExpressions() : null;
        return span(new Expr.Yield(pos(start), v), start);
    }

    /** named_expression: {@code NAME ':=' expression | expression}. */
    Expr namedExpression() {
        return namedExpression(true);
    }

    /** named_expression; {@code checkAssign} false where {@code a = b} has its own message (call arguments). */
    Expr namedExpression(boolean checkAssign) {
        Token start = ts.peek();
        if (isName(start) && ts.peek(1).type() == COLONEQUAL) {
            ts.next();
            ts.next();
            Expr target = span(new Expr.Name(pos(start), start.text(), Ctx.STORE), start);
            Expr value = expression();
            return span(new Expr.NamedExpr(pos(start), target, value), start);
        }
        Expr e = expression();
        if (ts.check(COLONEQUAL)) {
            Token walrus = ts.peek();
            if (!startsExpression(ts.peek(1))) {
                throw err.at(walrus, "invalid syntax");
            }
            throw err.node(e, "cannot use assignment expressions with " + Targets.describe(e));
        }
        if (checkAssign && ts.check(EQUAL)) {
            misusedAssignment(e);
        }
        return e;
    }

    /**
     * CPython's invalid_named_expression for {@code a = b} where a value is expected ({@code if x = 1:},
     * {@code [x = 1]}): "Maybe you meant '==' or ':='" for a name, "cannot assign to ... here" for
     * other single expressions. Returns normally (nothing consumed) when neither applies.
     */
    void misusedAssignment(Expr a) {
        int mark = ts.p;
        int savedDepth = depth;
        ts.next();
        Expr b;
        try {
            b = bitOr();
        } catch (SyntaxErrorException e) {
            ts.rethrowIfFinal(e);
            ts.p = mark;
            depth = savedDepth;
            return;
        }
        if (ts.check(EQUAL) || ts.check(COLONEQUAL)) {
            ts.p = mark;
            return;
        }
        if (a instanceof Expr.Name) {
            throw err.range(err.start(a), err.end(b), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        }
        if (Parser.isHereCandidate(a)) {
            throw err.node(a, "cannot assign to " + Targets.describe(a) + " here. Maybe you meant '==' instead of '='?");
        }
        ts.p = mark;
    }

    /** expression: conditional expression, lambda, or disjunction. */
    Expr expression() {
        enter();
        Token start = ts.peek();
        Expr result;
        if (ts.check("lambda")) {
            result = lambda();
        } else {
            result = disjunction();
            if (ts.check("if")) {
                result = conditional(start, result);
            }
        }
        leave();
        return result;
    }

    private Expr conditional(Token start, Expr body) {
        ts.next();
        Expr test = disjunction();
        if (!ts.match("else")) {
            if (!ts.check(COLON)) {
                throw err.range(err.start(body), err.end(test), "expected 'else' after 'if' expression");
            }
            throw fail();
        }
        Expr orelse = expression();
        return span(new Expr.IfExp(pos(start), test, body, orelse), start);
    }

    private Expr lambda() {
        Token start = ts.next();
        Arguments args = parameters(true, COLON);
        expect(COLON);
        Expr body = expression();
        return span(new Expr.Lambda(pos(start), args, body), start);
    }

    // ---------------------------------------------------------------- boolean and comparison

    Expr disjunction() {
        return boolOp("or", BoolOpKind.OR);
    }

    private Expr boolOp(String word, BoolOpKind kind) {
        Token start = ts.peek();
        Expr first = kind == BoolOpKind.OR ? boolOp("and", BoolOpKind.AND) : inversion();
        if (!ts.check(word)) {
            return first;
        }
        List<Expr> values = new ArrayList<>();
        values.add(first);
        while (ts.match(word)) {
            values.add(kind == BoolOpKind.OR ? boolOp("and", BoolOpKind.AND) : inversion());
        }
        return span(new Expr.BoolOp(pos(start), kind, values), start);
    }

    private Expr inversion() {
        Token start = ts.peek();
        if (ts.match("not")) {
            enter();
            Expr operand = inversion();
            leave();
            return span(new Expr.UnaryOp(pos(start), UnaryOpKind.NOT, operand), start);
        }
        return comparison();
    }

    private Expr comparison() {
        Token start = ts.peek();
        Expr left = bitOr();
        List<CmpOp> ops = null;
        List<Expr> comparators = null;
        CmpOp op;
        while ((op = compareOp()) != null) {
            if (ops == null) {
                ops = new ArrayList<>();
                comparators = new ArrayList<>();
            }
            ops.add(op);
            comparators.add(bitOr());
        }
        return ops == null ? left : span(new Expr.Compare(pos(start), left, ops, comparators), start);
    }

    /** Consumes and returns a comparison operator, or returns null without consuming. */
    private CmpOp compareOp() {
        Token t = ts.peek();
        CmpOp op = switch (t.type()) {
            case EQEQUAL -> CmpOp.EQ;
            case NOTEQUAL -> t.text().equals("!=") ? CmpOp.NOT_EQ : null;
            case LESS -> CmpOp.LT;
            case LESSEQUAL -> CmpOp.LT_E;
            case GREATER -> CmpOp.GT;
            case GREATEREQUAL -> CmpOp.GT_E;
            default -> null;
        };
        if (op != null) {
            ts.next();
            return op;
        }
        if (t.is("in")) {
            ts.next();
            return CmpOp.IN;
        }
        if (t.is("not") && ts.peek(1).is("in")) {
            ts.next();
            ts.next();
            return CmpOp.NOT_IN;
        }
        if (t.is("is")) {
            ts.next();
            return ts.match("not") ? CmpOp.IS_NOT : CmpOp.IS;
        }
        return null;
    }

    // ---------------------------------------------------------------- arithmetic

    Expr bitOr() {
        return binary(0);
    }

    private Expr binary(int level) {
        if (level == BINARY_LEVELS.length) {
            return factor();
        }
        Token start = ts.peek();
        Expr left = binary(level + 1);
        while (true) {
            Operator op = binaryOp(level, ts.peek().type());
            if (op == null) {
                return left;
            }
            ts.next();
            Expr right = binary(level + 1);
            left = span(new Expr.BinOp(pos(start), left, op, right), start);
        }
    }

    private static Operator binaryOp(int level, TokenType t) {
        TokenType[] types = BINARY_LEVELS[level];
        for (int i = 0; i < types.length; i++) {
            if (types[i] == t) {
                return BINARY_OPS[level][i];
            }
        }
        return null;
    }

    private Expr factor() {
        Token start = ts.peek();
        UnaryOpKind op = switch (start.type()) {
            case PLUS -> UnaryOpKind.UADD;
            case MINUS -> UnaryOpKind.USUB;
            case TILDE -> UnaryOpKind.INVERT;
            default -> null;
        };
        if (op == null) {
            return power();
        }
        ts.next();
        enter();
        Expr operand = factor();
        leave();
        return span(new Expr.UnaryOp(pos(start), op, operand), start);
    }

    private Expr power() {
        Token start = ts.peek();
        Expr base;
        if (start.is("await")) {
            if (!startsExpression(ts.peek(1))) {
                ts.next();
                throw fail();
            }
            ts.next();
            enter();
            Expr operand = primary();
            leave();
            base = span(new Expr.Await(pos(start), operand), start);
        } else {
            base = primary();
        }
        if (!ts.match(DOUBLESTAR)) {
            return base;
        }
        enter();
        Expr exp = factor();
        leave();
        return span(new Expr.BinOp(pos(start), base, Operator.POW, exp), start);
    }

    // ---------------------------------------------------------------- primary: calls, attributes, subscripts

    Expr primary() {
        Token start = ts.peek();
        Expr e = atom();
        while (true) {
            Token t = ts.peek();
            if (t.type() == DOT) {
                ts.next();
                Token name = ts.peek();
                if (name.type() != NAME) {
                    throw fail();
                }
                ts.next();
                e = span(new Expr.Attribute(pos(start), e, name.text(), Ctx.LOAD), start);
            } else if (t.type() == LPAR) {
                e = call(start, e);
            } else if (t.type() == LSQB) {
                ts.next();
                Expr slice = slices();
                expectClosing(RSQB, slice);
                e = span(new Expr.Subscript(pos(start), e, slice, Ctx.LOAD), start);
            } else {
                return e;
            }
        }
    }

    /**
     * Expects a closing bracket after {@code last}; if another expression follows instead, reports
     * CPython's "invalid syntax. Perhaps you forgot a comma?" over both.
     */
    Token expectClosing(TokenType closer, Expr last) {
        if (ts.check(closer)) {
            return ts.next();
        }
        if (last != null && startsExpression(ts.peek()) && !isLegacyPrint(last) && commaHintAllowed(last)) {
            int mark = ts.p;
            int savedDepth = depth;
            try {
                Expr b = expressionWithoutInvalid();
                throw err.range(err.start(last), err.end(b), "invalid syntax. Perhaps you forgot a comma?");
            } catch (SyntaxErrorException inner) {
                ts.rethrowIfFinal(inner);
                if (inner.msg().startsWith("invalid syntax. Perhaps")) {
                    throw inner;
                }
                ts.p = mark;
                depth = savedDepth;
            }
        }
        throw fail();
    }

    /**
     * CPython's expression_without_invalid: an expression, falling back to a plain disjunction
     * where the conditional form does not complete ({@code a if b} without else).
     */
    Expr expressionWithoutInvalid() {
        int mark = ts.p;
        int savedDepth = depth;
        try {
            return expression();
        } catch (SyntaxErrorException e) {
            ts.rethrowIfFinal(e);
            ts.p = mark;
            depth = savedDepth;
            return disjunction();
        }
    }

    /**
     * After a statement that cannot continue with an expression, CPython's second pass still reads
     * that expression ({@code invalid_expression}) before giving up; the tokens it reaches decide
     * whether an unclosed bracket is reported instead. This reads them the same way and leaves the
     * position unchanged; a tokenizer error met on the way is reported, as CPython does.
     */
    void readAheadLikeCPython() {
        if (!startsExpression(ts.peek())) {
            return;
        }
        int mark = ts.p;
        int savedDepth = depth;
        try {
            expressionWithoutInvalid();
        } catch (SyntaxErrorException e) {
            ts.rethrowIfFinal(e);
        }
        ts.p = mark;
        depth = savedDepth;
    }

    /**
     * CPython's invalid_expression does not apply when the first expression starts with a soft
     * keyword ({@code _}, {@code match}, {@code case}) or is a name directly followed by a string.
     */
    boolean commaHintAllowed(Expr a) {
        Token s = err.start(a);
        if (s == null) {
            return false;
        }
        if (s.type() == NAME && (s.text().equals("_") || s.text().equals("match") || s.text().equals("case"))) {
            return false;
        }
        return !(a instanceof Expr.Name && ts.peek().type() == STRING);
    }

    private static boolean isLegacyPrint(Expr e) {
        return e instanceof Expr.Name n && (n.id().equals("print") || n.id().equals("exec"));
    }

    /** Positional and keyword arguments of a call or class header. */
    record CallArgs(List<Expr> args, List<Keyword> keywords) {}

    private Expr call(Token start, Expr func) {
        CallArgs a = arguments();
        return span(new Expr.Call(pos(start), func, a.args(), a.keywords()), start);
    }

    /** {@code '(' [args] ')'}, the current token being the '('. */
    CallArgs arguments() {
        Token lpar = ts.next();
        List<Expr> args = new ArrayList<>();
        List<Keyword> keywords = new ArrayList<>();
        boolean sawKeyword = false;
        boolean sawDoubleStar = false;
        Expr last = null;
        while (!ts.check(RPAR)) {
            Token at = ts.peek();
            if (ts.match(STAR)) {
                Expr v = expression();
                last = span(new Expr.Starred(pos(at), v, Ctx.LOAD), at);
                if (sawDoubleStar) {
                    throw err.at(at, "iterable argument unpacking follows keyword argument unpacking");
                }
                args.add(last);
            } else if (ts.match(DOUBLESTAR)) {
                last = expression();
                keywords.add(new Keyword(pos(at), null, last));
                sawDoubleStar = true;
            } else if (isName(at) && ts.peek(1).type() == EQUAL) {
                ts.next();
                ts.next();
                last = expression();
                keywords.add(new Keyword(pos(at), at.text(), last));
                sawKeyword = true;
            } else {
                last = positionalArgument(lpar, args, keywords);
                if (sawKeyword || sawDoubleStar) {
                    throw err.at(ts.furthest(), sawDoubleStar ? "positional argument follows keyword argument unpacking"
                            : "positional argument follows keyword argument");
                }
                args.add(last);
            }
            if (!ts.match(COMMA)) {
                break;
            }
        }
        expectClosing(RPAR, last);
        return new CallArgs(args, keywords);
    }

    private Expr positionalArgument(Token lpar, List<Expr> args, List<Keyword> keywords) {
        Token at = ts.peek();
        Expr a = namedExpression(false);
        if (atComprehension()) {
            List<Comprehension> gens = comprehensions();
            Expr gen = span(new Expr.GeneratorExp(pos(lpar), a, gens), at);
            if (!args.isEmpty() || !keywords.isEmpty() || (ts.check(COMMA) && !ts.peek(1).is(RPAR))) {
                throw err.range(at, ts.prev(), "Generator expression must be parenthesized");
            }
            return gen;
        }
        if (ts.check(EQUAL)) {
            Token eq = ts.peek();
            throw err.range(err.start(a), eq, "expression cannot contain assignment, perhaps you meant \"==\"?");
        }
        return a;
    }

    /** slices: one slice, or a Tuple of slices/expressions when there is a comma. */
    private Expr slices() {
        Token start = ts.peek();
        Expr first = sliceItem();
        if (!ts.check(COMMA)) {
            return first instanceof Expr.Starred ? span(new Expr.Tuple(pos(start), List.of(first), Ctx.LOAD), start)
                    : first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (ts.match(COMMA)) {
            if (ts.check(RSQB)) {
                break;
            }
            elts.add(sliceItem());
        }
        return span(new Expr.Tuple(pos(start), elts, Ctx.LOAD), start);
    }

    private Expr sliceItem() {
        Token start = ts.peek();
        if (ts.match(STAR)) {
            Expr v = expression();
            return span(new Expr.Starred(pos(start), v, Ctx.LOAD), start);
        }
        Expr lower = null;
        if (!ts.check(COLON)) {
            lower = namedExpression();
            if (!ts.check(COLON)) {
                return lower;
            }
        }
        ts.next();
        Expr upper = startsExpression(ts.peek()) ? expression() : null;
        Expr step = null;
        if (ts.match(COLON)) {
            step = startsExpression(ts.peek()) ? expression() : null;
        }
        return span(new Expr.Slice(pos(start), lower, upper, step), start);
    }

    // ---------------------------------------------------------------- atoms

    private Expr atom() {
        Token t = ts.peek();
        switch (t.type()) {
            case NAME:
                return nameAtom(t);
            case NUMBER:
                ts.next();
                return span(new Expr.Constant(pos(t), literals.number(t)), t);
            case STRING:
                return literals.strings();
            case LPAR:
                return parenthesized();
            case LSQB:
                return list();
            case LBRACE:
                return brace();
            case ELLIPSIS:
                ts.next();
                return span(new Expr.Constant(pos(t), Expr.Constant.ELLIPSIS), t);
            default:
                throw fail();
        }
    }

    private Expr nameAtom(Token t) {
        Object constant = switch (t.text()) {
            case "None" -> Expr.Constant.NONE;
            case "True" -> Boolean.TRUE;
            case "False" -> Boolean.FALSE;
            default -> null;
        };
        if (constant != null) {
            ts.next();
            return span(new Expr.Constant(pos(t), constant), t);
        }
        if (KEYWORDS.contains(t.text())) {
            throw fail();
        }
        ts.next();
        return span(new Expr.Name(pos(t), t.text(), Ctx.LOAD), t);
    }

    private Expr parenthesized() {
        Token lpar = ts.next();
        if (ts.match(RPAR)) {
            return span(new Expr.Tuple(pos(lpar), List.of(), Ctx.LOAD), lpar);
        }
        if (ts.check("yield")) {
            Expr y = yieldExpr();
            expect(RPAR);
            return y;
        }
        Expr first = starNamedExpression();
        if (atComprehension()) {
            noStarred(first);
            List<Comprehension> gens = comprehensions();
            expect(RPAR);
            return span(new Expr.GeneratorExp(pos(lpar), first, gens), lpar);
        }
        if (!ts.check(COMMA)) {
            expectClosing(RPAR, first);
            if (first instanceof Expr.Starred) {
                throw err.node(first, "cannot use starred expression here");
            }
            return first;
        }
        List<Expr> elts = sequence(first, RPAR);
        return span(new Expr.Tuple(pos(lpar), elts, Ctx.LOAD), lpar);
    }

    /** The items after {@code first} of a comma-separated display, through the closing bracket. */
    private List<Expr> sequence(Expr first, TokenType closer) {
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        Expr last = first;
        while (ts.match(COMMA)) {
            if (ts.check(closer)) {
                break;
            }
            last = starNamedExpression();
            elts.add(last);
        }
        expectClosing(closer, last);
        return elts;
    }

    private void noStarred(Expr e) {
        if (e instanceof Expr.Starred) {
            throw err.node(e, "iterable unpacking cannot be used in comprehension");
        }
    }

    private Expr list() {
        Token lsqb = ts.next();
        if (ts.match(RSQB)) {
            return span(new Expr.ListExpr(pos(lsqb), List.of(), Ctx.LOAD), lsqb);
        }
        Expr first = starNamedExpression();
        if (atComprehension()) {
            noStarred(first);
            List<Comprehension> gens = comprehensions();
            expect(RSQB);
            return span(new Expr.ListComp(pos(lsqb), first, gens), lsqb);
        }
        List<Expr> elts = sequence(first, RSQB);
        return span(new Expr.ListExpr(pos(lsqb), elts, Ctx.LOAD), lsqb);
    }

    private Expr brace() {
        Token lbrace = ts.next();
        if (ts.match(RBRACE)) {
            return span(new Expr.Dict(pos(lbrace), List.of(), List.of()), lbrace);
        }
        if (ts.check(DOUBLESTAR)) {
            return dict(lbrace, null, null);
        }
        Expr first = starNamedExpression();
        if (ts.match(COLON)) {
            Expr value = expression();
            if (atComprehension()) {
                List<Comprehension> gens = comprehensions();
                expect(RBRACE);
                return span(new Expr.DictComp(pos(lbrace), first, value, gens), lbrace);
            }
            return dict(lbrace, first, value);
        }
        if (atComprehension()) {
            noStarred(first);
            List<Comprehension> gens = comprehensions();
            expect(RBRACE);
            return span(new Expr.SetComp(pos(lbrace), first, gens), lbrace);
        }
        List<Expr> elts = sequence(first, RBRACE);
        return span(new Expr.Set(pos(lbrace), elts), lbrace);
    }

    /** A dict display; {@code key}/{@code value} are the first pair if already parsed. */
    private Expr dict(Token lbrace, Expr key, Expr value) {
        List<Expr> keys = new ArrayList<>();
        List<Expr> values = new ArrayList<>();
        boolean first = key != null;
        if (first) {
            keys.add(key);
            values.add(value);
        }
        while (first ? ts.match(COMMA) : true) {
            first = true;
            if (ts.check(RBRACE)) {
                break;
            }
            if (ts.match(DOUBLESTAR)) {
                keys.add(null);
                values.add(bitOr());
            } else {
                Expr k = expression();
                if (!ts.check(COLON)) {
                    Token s = err.start(k);
                    throw err.make("SyntaxError", "':' expected after dictionary key", s.line(), s.col() + 1, s.line(), 0);
                }
                ts.next();
                keys.add(k);
                values.add(expression());
            }
        }
        expectClosing(RBRACE, values.isEmpty() ? null : values.get(values.size() - 1));
        return span(new Expr.Dict(pos(lbrace), keys, values), lbrace);
    }

    // ---------------------------------------------------------------- comprehensions and targets

    List<Comprehension> comprehensions() {
        List<Comprehension> gens = new ArrayList<>();
        while (atComprehension()) {
            boolean isAsync = ts.match("async");
            ts.next();
            Expr target = targetList();
            if (!ts.match("in")) {
                forgotCommaAfterTarget(target);
                throw fail();
            }
            Expr iter = disjunction();
            List<Expr> ifs = new ArrayList<>();
            while (ts.match("if")) {
                ifs.add(disjunction());
            }
            gens.add(new Comprehension(target, iter, ifs, isAsync));
        }
        return gens;
    }

    /** Whether a comprehension's {@code for} (or {@code async for}) starts here. */
    private boolean atComprehension() {
        return ts.check("for") || (ts.check("async") && ts.peek(1).is("for"));
    }

    /** {@code [x for iin range(3)]}: CPython reads the target and what follows as two expressions. */
    private void forgotCommaAfterTarget(Expr target) {
        if (!startsExpression(ts.peek()) || !commaHintAllowed(target)) {
            return;
        }
        int mark = ts.p;
        int savedDepth = depth;
        try {
            Expr b = expressionWithoutInvalid();
            throw err.range(err.start(target), err.end(b), "invalid syntax. Perhaps you forgot a comma?");
        } catch (SyntaxErrorException e) {
            ts.rethrowIfFinal(e);
            if (e.msg().startsWith("invalid syntax. Perhaps")) {
                throw e;
            }
            ts.p = mark;
            depth = savedDepth;
        }
    }

    /** star_targets (a for-loop or comprehension target) in Store context. */
    Expr targetList() {
        Token start = ts.peek();
        Expr first = starTarget();
        Expr e = first;
        if (ts.check(COMMA)) {
            List<Expr> elts = new ArrayList<>();
            elts.add(first);
            while (ts.match(COMMA)) {
                if (!startsExpression(ts.peek())) {
                    break;
                }
                elts.add(starTarget());
            }
            e = span(new Expr.Tuple(pos(start), elts, Ctx.LOAD), start);
        }
        return store(e, "cannot assign to %s");
    }

    /** A single star_target (after {@code with ... as}) in Store context. */
    Expr singleTarget() {
        return store(starTarget(), "cannot assign to %s");
    }

    private Expr starTarget() {
        Token start = ts.peek();
        if (ts.match(STAR)) {
            Expr v = starTarget();
            return span(new Expr.Starred(pos(start), v, Ctx.LOAD), start);
        }
        return primary();
    }

    /** e in Store context, or CPython's "cannot assign to ..." error at the offending part. */
    Expr store(Expr e, String message) {
        Expr bad = Targets.invalid(e, true);
        if (bad != null) {
            throw err.node(bad, String.format(message, Targets.describe(bad)));
        }
        Expr stored = Targets.withCtx(e, Ctx.STORE);
        return err.span(stored, err.start(e), err.end(e));
    }

    // ---------------------------------------------------------------- parameters

    /** Parameters of a def (closer ')') or lambda (closer ':'), CPython's ast.arguments. */
    Arguments parameters(boolean lambda, TokenType closer) {
        ParameterList pl = new ParameterList(this);
        while (!ts.check(closer)) {
            Token t = ts.peek();
            if (ts.match(SLASH)) {
                pl.slash(t);
            } else if (ts.match(DOUBLESTAR)) {
                pl.kwarg(t, param(lambda));
                ts.match(COMMA);
                if (!ts.check(closer)) {
                    throw err.at(ts.peek(), "arguments cannot follow var-keyword argument");
                }
                break;
            } else if (ts.match(STAR)) {
                pl.star(t, ts.check(COMMA) || ts.check(closer) ? null : param(lambda, true), closer);
            } else if (t.type() == LPAR) {
                throw parenthesizedParameters(lambda);
            } else {
                pl.plain(param(lambda));
            }
            if (!ts.match(COMMA)) {
                break;
            }
        }
        if (!ts.check(closer)) {
            if (pl.lastDefault() != null) {
                expectClosing(closer, pl.lastDefault());
            }
            throw fail();
        }
        return pl.build();
    }

    private Arg param(boolean lambda) {
        return param(lambda, false);
    }

    /** {@code def f((a, b)):}, Python 2 tuple parameters: CPython's message if it is that, else invalid syntax. */
    private SyntaxErrorException parenthesizedParameters(boolean lambda) {
        Token open = ts.next();
        do {
            if (!isName(ts.peek())) {
                return err.at(open, "invalid syntax");
            }
            ts.next();
            if (!lambda && ts.match(COLON)) {
                expression();
            }
        } while (ts.match(COMMA) && !ts.check(RPAR));
        if (!ts.check(RPAR)) {
            return err.at(open, "invalid syntax");
        }
        return err.range(open, ts.next(), (lambda ? "Lambda expression" : "Function") + " parameters cannot be parenthesized");
    }

    /** One parameter; {@code *args: *Ts} (PEP 646) allows a starred annotation. */
    private Arg param(boolean lambda, boolean starAnnotation) {
        Token name = ts.peek();
        if (!isName(name)) {
            throw fail();
        }
        ts.next();
        Expr annotation = null;
        if (!lambda && ts.match(COLON)) {
            annotation = starAnnotation ? starExpression() : expression();
        }
        return new Arg(pos(name), name.text(), annotation);
    }
}
