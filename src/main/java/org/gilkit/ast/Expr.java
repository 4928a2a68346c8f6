package org.gilkit.ast;

import java.util.List;

/**
 * Expressions, one record per CPython {@code ast} expression node with the same names and fields
 * (camelCase). Optional children are {@code null}; lists are never {@code null}. The compiler walks
 * them with {@link Visitor} (jlox's Expr.java, in Java 17 records).
 */
public sealed interface Expr extends Node {
    <R> R accept(Visitor<R> v);

    /** One method per expression node. */
    interface Visitor<R> {
        R visitBoolOp(BoolOp e);
        R visitNamedExpr(NamedExpr e);
        R visitBinOp(BinOp e);
        R visitUnaryOp(UnaryOp e);
        R visitLambda(Lambda e);
        R visitIfExp(IfExp e);
        R visitDict(Dict e);
        R visitSet(Set e);
        R visitListComp(ListComp e);
        R visitSetComp(SetComp e);
        R visitDictComp(DictComp e);
        R visitGeneratorExp(GeneratorExp e);
        R visitYield(Yield e);
        R visitYieldFrom(YieldFrom e);
        R visitAwait(Await e);
        R visitCompare(Compare e);
        R visitCall(Call e);
        R visitFormattedValue(FormattedValue e);
        R visitJoinedStr(JoinedStr e);
        R visitConstant(Constant e);
        R visitAttribute(Attribute e);
        R visitSubscript(Subscript e);
        R visitStarred(Starred e);
        R visitName(Name e);
        R visitList(ListExpr e);
        R visitTuple(Tuple e);
        R visitSlice(Slice e);
    }

    /** {@code a and b and c}: values has at least two items. */
    record BoolOp(Pos pos, BoolOpKind op, List<Expr> values) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitBoolOp(this); }
    }

    /** {@code (target := value)}; target is a Name in STORE context. */
    record NamedExpr(Pos pos, Expr target, Expr value) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitNamedExpr(this); }
    }

    record BinOp(Pos pos, Expr left, Operator op, Expr right) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitBinOp(this); }
    }

    record UnaryOp(Pos pos, UnaryOpKind op, Expr operand) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitUnaryOp(this); }
    }

    record Lambda(Pos pos, Arguments args, Expr body) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitLambda(this); }
    }

    /** {@code body if test else orelse}. */
    record IfExp(Pos pos, Expr test, Expr body, Expr orelse) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitIfExp(this); }
    }

    /** A dict display; a {@code null} key means {@code **values[i]} is unpacked there. */
    record Dict(Pos pos, List<Expr> keys, List<Expr> values) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitDict(this); }
    }

    record Set(Pos pos, List<Expr> elts) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitSet(this); }
    }

    record ListComp(Pos pos, Expr elt, List<Comprehension> generators) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitListComp(this); }
    }

    record SetComp(Pos pos, Expr elt, List<Comprehension> generators) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitSetComp(this); }
    }

    record DictComp(Pos pos, Expr key, Expr value, List<Comprehension> generators) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitDictComp(this); }
    }

    record GeneratorExp(Pos pos, Expr elt, List<Comprehension> generators) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitGeneratorExp(this); }
    }

    /** {@code yield} or {@code yield value}. */
    record Yield(Pos pos, Expr value) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitYield(this); }
    }

    record YieldFrom(Pos pos, Expr value) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitYieldFrom(this); }
    }

    /** {@code await value} (only inside {@code async def}; the compiler checks). */
    record Await(Pos pos, Expr value) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitAwait(this); }
    }

    /** {@code left ops[0] comparators[0] ops[1] comparators[1] ...} (chained). */
    record Compare(Pos pos, Expr left, List<CmpOp> ops, List<Expr> comparators) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitCompare(this); }
    }

    /** {@code func(args..., keywords...)}; a Starred arg is {@code *x}, a keyword with null arg is {@code **x}. */
    record Call(Pos pos, Expr func, List<Expr> args, List<Keyword> keywords) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitCall(this); }
    }

    /**
     * One {@code {value!conversion:format_spec}} of an f-string. conversion is -1 (none), 's', 'r'
     * or 'a'; formatSpec is a JoinedStr or null.
     */
    record FormattedValue(Pos pos, Expr value, int conversion, Expr formatSpec) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitFormattedValue(this); }
    }

    /** An f-string: Constant(str) and FormattedValue parts. */
    record JoinedStr(Pos pos, List<Expr> values) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitJoinedStr(this); }
    }

    /**
     * A literal. value is one of: {@link #NONE}, {@link #ELLIPSIS}, Boolean, Long (fits), 
     * java.math.BigInteger (does not fit in a long), Double, String, {@link Bytes}.
     */
    record Constant(Pos pos, Object value) implements Expr {
        public static final Object NONE = new Object() {
            @Override
            public String toString() {
                return "None";
            }
        };
        public static final Object ELLIPSIS = new Object() {
            @Override
            public String toString() {
                return "Ellipsis";
            }
        };

        public <R> R accept(Visitor<R> v) { return v.visitConstant(this); }
    }

    /** A bytes literal's value (records give value equality; a raw byte[] would not). */
    record Bytes(byte[] data) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Bytes b && java.util.Arrays.equals(data, b.data);
        }

        @Override
        public int hashCode() {
            return java.util.Arrays.hashCode(data);
        }

        @Override
        public String toString() {
            return "Bytes" + java.util.Arrays.toString(data);
        }
    }

    record Attribute(Pos pos, Expr value, String attr, Ctx ctx) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitAttribute(this); }
    }

    /** {@code value[slice]}; slice is a Slice, a Tuple (possibly containing Slices) or any expression. */
    record Subscript(Pos pos, Expr value, Expr slice, Ctx ctx) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitSubscript(this); }
    }

    record Starred(Pos pos, Expr value, Ctx ctx) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitStarred(this); }
    }

    record Name(Pos pos, String id, Ctx ctx) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitName(this); }
    }

    /** A list display (CPython's ast.List; renamed so it does not clash with java.util.List). */
    record ListExpr(Pos pos, List<Expr> elts, Ctx ctx) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitList(this); }
    }

    record Tuple(Pos pos, List<Expr> elts, Ctx ctx) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitTuple(this); }
    }

    /** {@code lower:upper:step}, each part optional (null). Only appears as a Subscript's slice. */
    record Slice(Pos pos, Expr lower, Expr upper, Expr step) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitSlice(this); }
    }
}
