package org.gilkit.parser;

import static org.gilkit.lexer.TokenType.COMMA;
import static org.gilkit.lexer.TokenType.EQUAL;

import java.util.ArrayList;
import java.util.List;
import org.gilkit.ast.Arg;
import org.gilkit.ast.Arguments;
import org.gilkit.ast.Expr;
import org.gilkit.lexer.Token;
import org.gilkit.lexer.TokenType;

/**
 * Accumulates one parameter list while {@link ExpressionParser#parameters} reads it, enforcing
 * CPython's ordering rules ({@code /} before {@code *}, defaults, bare {@code *}) with its messages.
 */
final class ParameterList {
    private final ExpressionParser ep;
    private final List<Arg> posonly = new ArrayList<>();
    private final List<Arg> args = new ArrayList<>();
    private final List<Arg> kwonly = new ArrayList<>();
    private final List<Expr> defaults = new ArrayList<>();
    private final List<Expr> kwDefaults = new ArrayList<>();
    private Arg vararg;
    private Arg kwarg;
    private boolean star;
    private boolean slash;
    /** The default just parsed (for the missing-comma hint), null after a parameter without one. */
    private Expr lastDefault;
    /**
     * "non-default argument follows default argument", raised by build() only once the whole list
     * has parsed: CPython reports it from its second pass, so other errors come first.
     */
    private SyntaxErrorException deferred;

    ParameterList(ExpressionParser ep) {
        this.ep = ep;
    }

    void slash(Token t) {
        if (slash) {
            throw ep.err.at(t, "/ may appear only once");
        }
        if (star) {
            throw ep.err.at(t, "/ must be ahead of *");
        }
        if (args.isEmpty()) {
            throw ep.err.at(t, "at least one argument must precede /");
        }
        posonly.addAll(args);
        args.clear();
        slash = true;
    }

    void star(Token t, Arg var, TokenType closer) {
        if (star) {
            throw ep.err.at(t, "* argument may appear only once");
        }
        star = true;
        lastDefault = null;
        if (var == null) {
            boolean bareAtEnd = ep.ts.check(closer) || (ep.ts.check(COMMA) && (ep.ts.peek(1).type() == closer
                    || ep.ts.peek(1).type() == TokenType.DOUBLESTAR));
            if (bareAtEnd) {
                throw ep.err.at(t, "named arguments must follow bare *");
            }
            return;
        }
        lastDefault = null;
        vararg = var;
        if (ep.ts.check(EQUAL)) {
            throw ep.err.at(ep.ts.peek(), "var-positional argument cannot have default value");
        }
    }

    void kwarg(Token t, Arg var) {
        lastDefault = null;
        kwarg = var;
        if (ep.ts.check(EQUAL)) {
            throw ep.err.at(ep.ts.peek(), "var-keyword argument cannot have default value");
        }
    }

    Expr lastDefault() {
        return lastDefault;
    }

    void plain(Arg a) {
        boolean hasDefault = ep.ts.match(EQUAL);
        Expr value = hasDefault ? ep.expression() : null;
        lastDefault = value;
        if (star) {
            kwonly.add(a);
            kwDefaults.add(value);
            return;
        }
        args.add(a);
        if (hasDefault) {
            defaults.add(value);
        } else if (!defaults.isEmpty() && deferred == null) {
            deferred = ep.err.make("SyntaxError", "non-default argument follows default argument", a.pos().line(),
                    a.pos().col() + 1, a.pos().line(), a.pos().col() + 1 + a.arg().codePointCount(0, a.arg().length()));
        }
    }

    Arguments build() {
        if (deferred != null) {
            throw deferred;
        }
        if (posonly.isEmpty() && args.isEmpty() && vararg == null && kwonly.isEmpty() && kwarg == null) {
            return Arguments.EMPTY;
        }
        return new Arguments(posonly, args, vararg, kwonly, kwDefaults, kwarg, defaults);
    }
}
