package org.gilkit.ast;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

/**
 * Prints a tree exactly as CPython 3.11's {@code ast.dump(tree)} with default arguments (field
 * names, no attributes, no indentation): optional fields that are absent are left out, lists are
 * always shown, constants are shown with Python's {@code repr}. The parser's golden tests compare
 * this text with what {@code python3} prints for the same program; {@code gilkit} tooling may use
 * it to show a parse. Recursion follows the tree, whose depth the parser bounds.
 */
public final class AstDump {
    private final StringBuilder sb = new StringBuilder();
    private final boolean positions;
    /** The node whose fields are being formatted: node() tags it with its position. */
    private Node current;

    private AstDump(boolean positions) {
        this.positions = positions;
    }

    /** {@code ast.dump(ast.parse(source))} for the module. */
    public static String dump(Module m) {
        return dump(m, false);
    }

    /**
     * Like {@link #dump(Module)}, with {@code @line:col} after the name of every node that has a
     * position ({@code Name@1:4(id='x', ctx=Load())}); col counts characters. The parser's golden
     * tests compare it with CPython's lineno/col_offset.
     */
    public static String dumpWithPositions(Module m) {
        return dump(m, true);
    }

    private static String dump(Module m, boolean positions) {
        AstDump d = new AstDump(positions);
        d.sb.append("Module(body=");
        d.stmts(m.body());
        d.sb.append(", type_ignores=[])");
        return d.sb.toString();
    }

    /** {@code ast.dump} of one expression. */
    public static String dump(Expr e) {
        AstDump d = new AstDump(false);
        d.expr(e);
        return d.sb.toString();
    }

    // ---------------------------------------------------------------- generic shape

    /** Marker for a value that is already formatted. */
    private record Raw(String text) {}

    private static Raw raw(String s) {
        return new Raw(s);
    }

    /** {@code Name(f1=v1, f2=v2)}; fields with a null value are left out, as ast.dump does. */
    private void node(String name, Object... fields) {
        sb.append(name);
        if (positions && current != null) {
            sb.append('@').append(current.pos().line()).append(':').append(current.pos().col());
        }
        current = null;
        sb.append('(');
        boolean first = true;
        for (int i = 0; i < fields.length; i += 2) {
            Object v = fields[i + 1];
            if (v == null) {
                continue;
            }
            if (!first) {
                sb.append(", ");
            }
            first = false;
            sb.append(fields[i]).append('=');
            value(v);
        }
        sb.append(')');
    }

    private void value(Object v) {
        if (v == null) {
            sb.append("None");
        } else if (v instanceof Raw r) {
            sb.append(r.text());
        } else if (v instanceof String s) {
            sb.append(Repr.str(s));
        } else if (v instanceof Expr e) {
            expr(e);
        } else if (v instanceof Stmt s) {
            stmt(s);
        } else if (v instanceof List<?> list) {
            sb.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                value(list.get(i));
            }
            sb.append(']');
        } else if (v instanceof Integer || v instanceof Long) {
            sb.append(v);
        } else {
            other(v);
        }
    }

    private void other(Object v) {
        current = v instanceof Node n ? n : null;
        if (v instanceof Arguments a) {
            node("arguments", "posonlyargs", a.posonlyargs(), "args", a.args(), "vararg", a.vararg(),
                    "kwonlyargs", a.kwonlyargs(), "kw_defaults", a.kwDefaults(), "kwarg", a.kwarg(),
                    "defaults", a.defaults());
        } else if (v instanceof Arg a) {
            node("arg", "arg", a.arg(), "annotation", a.annotation());
        } else if (v instanceof Keyword k) {
            node("keyword", "arg", k.arg(), "value", k.value());
        } else if (v instanceof Alias a) {
            node("alias", "name", a.name(), "asname", a.asname());
        } else if (v instanceof WithItem w) {
            node("withitem", "context_expr", w.contextExpr(), "optional_vars", w.optionalVars());
        } else if (v instanceof Comprehension c) {
            node("comprehension", "target", c.target(), "iter", c.iter(), "ifs", c.ifs(), "is_async", c.isAsync() ? 1 : 0);
        } else if (v instanceof ExceptHandler h) {
            node("ExceptHandler", "type", h.type(), "name", h.name(), "body", h.body());
        } else {
            throw new IllegalArgumentException("not an AST value: " + v);
        }
    }

    private void stmts(List<Stmt> body) {
        value(body);
    }

    // ---------------------------------------------------------------- statements

    private void stmt(Stmt s) {
        current = s;
        if (s instanceof Stmt.FunctionDef f) {
            node(f.isAsync() ? "AsyncFunctionDef" : "FunctionDef", "name", f.name(), "args", f.args(), "body", f.body(), "decorator_list",
                    f.decoratorList(), "returns", f.returns());
        } else if (s instanceof Stmt.ClassDef c) {
            node("ClassDef", "name", c.name(), "bases", c.bases(), "keywords", c.keywords(), "body", c.body(),
                    "decorator_list", c.decoratorList());
        } else if (s instanceof Stmt.Return r) {
            node("Return", "value", r.value());
        } else if (s instanceof Stmt.Delete d) {
            node("Delete", "targets", d.targets());
        } else if (s instanceof Stmt.Assign a) {
            node("Assign", "targets", a.targets(), "value", a.value());
        } else if (s instanceof Stmt.AugAssign a) {
            node("AugAssign", "target", a.target(), "op", raw(op(a.op())), "value", a.value());
        } else if (s instanceof Stmt.AnnAssign a) {
            node("AnnAssign", "target", a.target(), "annotation", a.annotation(), "value", a.value(), "simple",
                    a.simple() ? 1 : 0);
        } else if (s instanceof Stmt.For f) {
            node(f.isAsync() ? "AsyncFor" : "For", "target", f.target(), "iter", f.iter(), "body", f.body(), "orelse", f.orelse());
        } else if (s instanceof Stmt.While w) {
            node("While", "test", w.test(), "body", w.body(), "orelse", w.orelse());
        } else if (s instanceof Stmt.If i) {
            node("If", "test", i.test(), "body", i.body(), "orelse", i.orelse());
        } else if (s instanceof Stmt.With w) {
            node(w.isAsync() ? "AsyncWith" : "With", "items", w.items(), "body", w.body());
        } else {
            stmt2(s);
        }
    }

    private void stmt2(Stmt s) {
        if (s instanceof Stmt.Raise r) {
            node("Raise", "exc", r.exc(), "cause", r.cause());
        } else if (s instanceof Stmt.Try t) {
            node("Try", "body", t.body(), "handlers", t.handlers(), "orelse", t.orelse(), "finalbody", t.finalbody());
        } else if (s instanceof Stmt.Assert a) {
            node("Assert", "test", a.test(), "msg", a.msg());
        } else if (s instanceof Stmt.Import i) {
            node("Import", "names", i.names());
        } else if (s instanceof Stmt.ImportFrom i) {
            node("ImportFrom", "module", i.module(), "names", i.names(), "level", i.level());
        } else if (s instanceof Stmt.Global g) {
            node("Global", "names", g.names());
        } else if (s instanceof Stmt.Nonlocal n) {
            node("Nonlocal", "names", n.names());
        } else if (s instanceof Stmt.ExprStmt e) {
            node("Expr", "value", e.value());
        } else if (s instanceof Stmt.Pass) {
            node("Pass");
        } else if (s instanceof Stmt.Break) {
            node("Break");
        } else if (s instanceof Stmt.Continue) {
            node("Continue");
        } else {
            throw new IllegalArgumentException("unknown statement " + s);
        }
    }

    // ---------------------------------------------------------------- expressions

    private void expr(Expr e) {
        current = e;
        if (e instanceof Expr.BoolOp b) {
            node("BoolOp", "op", raw(b.op() == BoolOpKind.AND ? "And()" : "Or()"), "values", b.values());
        } else if (e instanceof Expr.NamedExpr n) {
            node("NamedExpr", "target", n.target(), "value", n.value());
        } else if (e instanceof Expr.BinOp b) {
            node("BinOp", "left", b.left(), "op", raw(op(b.op())), "right", b.right());
        } else if (e instanceof Expr.UnaryOp u) {
            node("UnaryOp", "op", raw(unary(u.op())), "operand", u.operand());
        } else if (e instanceof Expr.Lambda l) {
            node("Lambda", "args", l.args(), "body", l.body());
        } else if (e instanceof Expr.IfExp i) {
            node("IfExp", "test", i.test(), "body", i.body(), "orelse", i.orelse());
        } else if (e instanceof Expr.Dict d) {
            node("Dict", "keys", d.keys(), "values", d.values());
        } else if (e instanceof Expr.Set s) {
            node("Set", "elts", s.elts());
        } else if (e instanceof Expr.ListComp c) {
            node("ListComp", "elt", c.elt(), "generators", c.generators());
        } else if (e instanceof Expr.SetComp c) {
            node("SetComp", "elt", c.elt(), "generators", c.generators());
        } else if (e instanceof Expr.DictComp c) {
            node("DictComp", "key", c.key(), "value", c.value(), "generators", c.generators());
        } else if (e instanceof Expr.GeneratorExp g) {
            node("GeneratorExp", "elt", g.elt(), "generators", g.generators());
        } else {
            expr2(e);
        }
    }

    private void expr2(Expr e) {
        if (e instanceof Expr.Yield y) {
            node("Yield", "value", y.value());
        } else if (e instanceof Expr.YieldFrom y) {
            node("YieldFrom", "value", y.value());
        } else if (e instanceof Expr.Await a) {
            node("Await", "value", a.value());
        } else if (e instanceof Expr.Compare c) {
            node("Compare", "left", c.left(), "ops", raw(cmpOps(c.ops())), "comparators", c.comparators());
        } else if (e instanceof Expr.Call c) {
            node("Call", "func", c.func(), "args", c.args(), "keywords", c.keywords());
        } else if (e instanceof Expr.FormattedValue f) {
            node("FormattedValue", "value", f.value(), "conversion", f.conversion(), "format_spec", f.formatSpec());
        } else if (e instanceof Expr.JoinedStr j) {
            node("JoinedStr", "values", j.values());
        } else if (e instanceof Expr.Constant c) {
            node("Constant", "value", raw(Repr.constant(c.value())));
        } else if (e instanceof Expr.Attribute a) {
            node("Attribute", "value", a.value(), "attr", a.attr(), "ctx", raw(ctx(a.ctx())));
        } else if (e instanceof Expr.Subscript s) {
            node("Subscript", "value", s.value(), "slice", s.slice(), "ctx", raw(ctx(s.ctx())));
        } else if (e instanceof Expr.Starred s) {
            node("Starred", "value", s.value(), "ctx", raw(ctx(s.ctx())));
        } else if (e instanceof Expr.Name n) {
            node("Name", "id", n.id(), "ctx", raw(ctx(n.ctx())));
        } else if (e instanceof Expr.ListExpr l) {
            node("List", "elts", l.elts(), "ctx", raw(ctx(l.ctx())));
        } else if (e instanceof Expr.Tuple t) {
            node("Tuple", "elts", t.elts(), "ctx", raw(ctx(t.ctx())));
        } else if (e instanceof Expr.Slice s) {
            node("Slice", "lower", s.lower(), "upper", s.upper(), "step", s.step());
        } else {
            throw new IllegalArgumentException("unknown expression " + e);
        }
    }

    private static String ctx(Ctx c) {
        return switch (c) {
            case LOAD -> "Load()";
            case STORE -> "Store()";
            case DEL -> "Del()";
        };
    }

    private static String op(Operator o) {
        return switch (o) {
            case ADD -> "Add()";
            case SUB -> "Sub()";
            case MULT -> "Mult()";
            case MATMULT -> "MatMult()";
            case DIV -> "Div()";
            case MOD -> "Mod()";
            case POW -> "Pow()";
            case LSHIFT -> "LShift()";
            case RSHIFT -> "RShift()";
            case BITOR -> "BitOr()";
            case BITXOR -> "BitXor()";
            case BITAND -> "BitAnd()";
            case FLOORDIV -> "FloorDiv()";
        };
    }

    private static String unary(UnaryOpKind u) {
        return switch (u) {
            case INVERT -> "Invert()";
            case NOT -> "Not()";
            case UADD -> "UAdd()";
            case USUB -> "USub()";
        };
    }

    private static String cmpOps(List<CmpOp> ops) {
        StringBuilder s = new StringBuilder("[");
        for (int i = 0; i < ops.size(); i++) {
            if (i > 0) {
                s.append(", ");
            }
            s.append(switch (ops.get(i)) {
                case EQ -> "Eq()";
                case NOT_EQ -> "NotEq()";
                case LT -> "Lt()";
                case LT_E -> "LtE()";
                case GT -> "Gt()";
                case GT_E -> "GtE()";
                case IS -> "Is()";
                case IS_NOT -> "IsNot()";
                case IN -> "In()";
                case NOT_IN -> "NotIn()";
            });
        }
        return s.append(']').toString();
    }

    /** Python's repr of the constant values the parser produces. */
    public static final class Repr {
        private Repr() {}

        public static String constant(Object v) {
            if (v == Expr.Constant.NONE) {
                return "None";
            }
            if (v == Expr.Constant.ELLIPSIS) {
                return "Ellipsis";
            }
            if (v instanceof Boolean b) {
                return b ? "True" : "False";
            }
            if (v instanceof Double d) {
                return floatRepr(d);
            }
            if (v instanceof String s) {
                return str(s);
            }
            if (v instanceof Expr.Bytes b) {
                return bytes(b.data());
            }
            return v.toString();
        }

        /** repr(str): quotes chosen and characters escaped as CPython's unicode_repr. */
        public static String str(String s) {
            char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
            StringBuilder out = new StringBuilder(s.length() + 2).append(quote);
            for (int i = 0; i < s.length(); ) {
                int cp = s.codePointAt(i);
                i += Character.charCount(cp);
                if (cp == quote || cp == '\\') {
                    out.append('\\').appendCodePoint(cp);
                } else if (cp == '\t') {
                    out.append("\\t");
                } else if (cp == '\n') {
                    out.append("\\n");
                } else if (cp == '\r') {
                    out.append("\\r");
                } else if (cp < ' ' || cp == 0x7f) {
                    out.append(String.format("\\x%02x", cp));
                } else if (cp < 0x7f || isPrintable(cp)) {
                    out.appendCodePoint(cp);
                } else if (cp <= 0xff) {
                    out.append(String.format("\\x%02x", cp));
                } else if (cp <= 0xffff) {
                    out.append(String.format("\\u%04x", cp));
                } else {
                    out.append(String.format("\\U%08x", cp));
                }
            }
            return out.append(quote).toString();
        }

        private static boolean isPrintable(int cp) {
            return switch (Character.getType(cp)) {
                case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                        Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                        Character.SPACE_SEPARATOR -> false;
                default -> true;
            };
        }

        /** repr(bytes). */
        public static String bytes(byte[] data) {
            boolean hasSingle = false;
            boolean hasDouble = false;
            for (byte b : data) {
                hasSingle |= b == '\'';
                hasDouble |= b == '"';
            }
            char quote = hasSingle && !hasDouble ? '"' : '\'';
            StringBuilder out = new StringBuilder("b").append(quote);
            for (byte b : data) {
                int c = b & 0xff;
                if (c == quote || c == '\\') {
                    out.append('\\').append((char) c);
                } else if (c == '\t') {
                    out.append("\\t");
                } else if (c == '\n') {
                    out.append("\\n");
                } else if (c == '\r') {
                    out.append("\\r");
                } else if (c < ' ' || c >= 0x7f) {
                    out.append(String.format("\\x%02x", c));
                } else {
                    out.append((char) c);
                }
            }
            return out.append(quote).toString();
        }

        /** repr(float): the shortest string that round-trips, in CPython's layout. */
        public static String floatRepr(double d) {
            if (Double.isNaN(d)) {
                return "nan";
            }
            if (Double.isInfinite(d)) {
                return d > 0 ? "inf" : "-inf";
            }
            if (d == 0) {
                return (1 / d < 0) ? "-0.0" : "0.0";
            }
            BigDecimal exact = new BigDecimal(d);
            BigDecimal shortest = exact;
            for (int p = 1; p <= 17; p++) {
                BigDecimal r = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
                if (r.doubleValue() == d) {
                    shortest = r;
                    break;
                }
            }
            String sign = shortest.signum() < 0 ? "-" : "";
            BigDecimal abs = shortest.abs().stripTrailingZeros();
            String digits = abs.unscaledValue().toString();
            int decpt = digits.length() - abs.scale();
            return sign + layout(digits, decpt);
        }

        private static String layout(String digits, int decpt) {
            int n = digits.length();
            if (decpt > -4 && decpt <= 16) {
                if (decpt <= 0) {
                    return "0." + "0".repeat(-decpt) + digits;
                }
                if (decpt >= n) {
                    return digits + "0".repeat(decpt - n) + ".0";
                }
                return digits.substring(0, decpt) + "." + digits.substring(decpt);
            }
            int exp = decpt - 1;
            String mantissa = n == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            String e = String.valueOf(Math.abs(exp));
            return mantissa + "e" + (exp < 0 ? "-" : "+") + (e.length() < 2 ? "0" + e : e);
        }
    }
}
