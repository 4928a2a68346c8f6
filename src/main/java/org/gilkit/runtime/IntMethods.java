package org.gilkit.runtime;

import java.math.BigInteger;
import java.util.function.BinaryOperator;
import org.gilkit.runtime.PyMethodDescr.M1;

/**
 * The Python-visible methods of int and bool: operator dunders (returning NotImplemented for
 * operands they do not handle, so float and user classes get their reflected turn), conversions,
 * {@code bit_length}, {@code to_bytes}/{@code from_bytes}, and the constructor
 * {@code int(x=0, base=10)}.
 */
final class IntMethods {
    private IntMethods() {}

    private static final PyObject NI = PySingleton.NOT_IMPLEMENTED;
    private static final ArgParser NEW_ARGS = new ArgParser("int", new String[] {"x", "base"}, 0, 2, 1);
    private static final ArgParser TO_BYTES = new ArgParser("to_bytes", new String[] {"length", "byteorder", "signed"}, 0, 2, 0);
    private static final ArgParser FROM_BYTES = new ArgParser("from_bytes", new String[] {"bytes", "byteorder", "signed"}, 1, 2, 0);

    static void install(PyType t) {
        t.defineNew(IntMethods::newInt);
        binary(t, "add", PyInt::add);
        binary(t, "sub", PyInt::sub);
        binary(t, "mul", PyInt::mul);
        binary(t, "floordiv", PyInt::floordiv);
        binary(t, "mod", PyInt::mod);
        binary(t, "and", PyInt::and);
        binary(t, "or", PyInt::or);
        binary(t, "xor", PyInt::xor);
        binary(t, "lshift", PyInt::lshift);
        binary(t, "rshift", PyInt::rshift);
        def(t, "__truediv__", (ts, s, o) -> o instanceof PyInt ? new PyFloat(PyInt.truediv((PyInt) s, (PyInt) o)) : NI);
        def(t, "__rtruediv__", (ts, s, o) -> o instanceof PyInt ? new PyFloat(PyInt.truediv((PyInt) o, (PyInt) s)) : NI);
        def(t, "__divmod__", (ts, s, o) -> o instanceof PyInt ? divmod((PyInt) s, (PyInt) o) : NI);
        def(t, "__rdivmod__", (ts, s, o) -> o instanceof PyInt ? divmod((PyInt) o, (PyInt) s) : NI);
        t.define("__pow__", PyMethodDescr.positional(t, "__pow__", 1, 2, (ts, s, a) -> pow(s, a[0], ArgParser.arg(a, 1, PyNone.NONE))));
        t.define("__rpow__", PyMethodDescr.positional(t, "__rpow__", 1, 2, (ts, s, a) -> pow(a[0], s, ArgParser.arg(a, 1, PyNone.NONE))));
        unary(t, "__neg__", (ts, s) -> PyInt.neg((PyInt) s));
        unary(t, "__pos__", (ts, s) -> ((PyInt) s).asExactInt());
        unary(t, "__abs__", (ts, s) -> PyInt.abs((PyInt) s));
        unary(t, "__invert__", (ts, s) -> PyInt.invert((PyInt) s));
        unary(t, "__bool__", (ts, s) -> PyBool.of(((PyInt) s).signum() != 0));
        unary(t, "__int__", (ts, s) -> ((PyInt) s).asExactInt());
        unary(t, "__index__", (ts, s) -> ((PyInt) s).asExactInt());
        unary(t, "__trunc__", (ts, s) -> ((PyInt) s).asExactInt());
        unary(t, "__floor__", (ts, s) -> ((PyInt) s).asExactInt());
        unary(t, "__ceil__", (ts, s) -> ((PyInt) s).asExactInt());
        unary(t, "__float__", (ts, s) -> new PyFloat(((PyInt) s).asDouble()));
        unary(t, "__hash__", (ts, s) -> PyInt.of(((PyInt) s).pyHash()));
        unary(t, "__repr__", (ts, s) -> new PyStr(((PyInt) s).toDecimal()));
        unary(t, "conjugate", (ts, s) -> ((PyInt) s).asExactInt());
        unary(t, "bit_length", (ts, s) -> PyInt.of(((PyInt) s).bigValue().abs().bitLength()));
        unary(t, "bit_count", (ts, s) -> PyInt.of(((PyInt) s).bigValue().abs().bitCount()));
        unary(t, "as_integer_ratio", (ts, s) -> PyTuple.of(((PyInt) s).asExactInt(), PyInt.ONE));
        t.define("__round__", PyMethodDescr.positional(t, "__round__", 0, 1, (ts, s, a) -> round((PyInt) s, ArgParser.arg(a, 0, PyNone.NONE))));
        t.define("__format__", PyMethodDescr.oneArg(t, "__format__", (ts, s, spec) -> Formatting.formatInt(ts, (PyInt) s, spec)));
        compare(t);
        getters(t);
        t.define("to_bytes", PyMethodDescr.withKeywords(t, "to_bytes", IntMethods::toBytes));
        t.define("from_bytes", new PyClassMethod(new PyBuiltinFunction("from_bytes", null, IntMethods::fromBytes, t)));
    }

    static void installBool(PyType t) {
        t.defineNew((ts, cls, args, kw) -> {
            ArgParser.positional("bool", "bool", args, kw, 0, 1);
            return PyBool.of(args.length == 1 && Ops.isTrue(ts, args[0]));
        });
        unary(t, "__repr__", (ts, s) -> new PyStr(s == PyBool.TRUE ? "True" : "False"));
        boolOp(t, "and", (a, b) -> a & b);
        boolOp(t, "or", (a, b) -> a | b);
        boolOp(t, "xor", (a, b) -> a ^ b);
    }

    private static void boolOp(PyType t, String op, BinaryOperator<Boolean> f) {
        PyObject intOp = PyInt.TYPE.typeDict().get("__" + op + "__");
        M1 impl = (ts, s, o) -> o instanceof PyBool ? PyBool.of(f.apply(s == PyBool.TRUE, o == PyBool.TRUE))
                : ((MethodDescriptor) intOp).callBound(ts, s, new PyObject[] {o}, null);
        def(t, "__" + op + "__", impl);
        def(t, "__r" + op + "__", impl);
    }

    private static void def(PyType t, String name, M1 f) {
        t.define(name, PyMethodDescr.oneArg(t, name, f));
    }

    private static void unary(PyType t, String name, PyMethodDescr.M0 f) {
        t.define(name, PyMethodDescr.noArgs(t, name, f));
    }

    private static void binary(PyType t, String op, BinaryOperator<PyInt> f) {
        def(t, "__" + op + "__", (ts, s, o) -> o instanceof PyInt ? f.apply((PyInt) s, (PyInt) o) : NI);
        def(t, "__r" + op + "__", (ts, s, o) -> o instanceof PyInt ? f.apply((PyInt) o, (PyInt) s) : NI);
    }

    private static void compare(PyType t) {
        def(t, "__eq__", (ts, s, o) -> o instanceof PyInt ? PyBool.of(PyInt.compare((PyInt) s, (PyInt) o) == 0) : NI);
        def(t, "__ne__", (ts, s, o) -> o instanceof PyInt ? PyBool.of(PyInt.compare((PyInt) s, (PyInt) o) != 0) : NI);
        def(t, "__lt__", (ts, s, o) -> o instanceof PyInt ? PyBool.of(PyInt.compare((PyInt) s, (PyInt) o) < 0) : NI);
        def(t, "__le__", (ts, s, o) -> o instanceof PyInt ? PyBool.of(PyInt.compare((PyInt) s, (PyInt) o) <= 0) : NI);
        def(t, "__gt__", (ts, s, o) -> o instanceof PyInt ? PyBool.of(PyInt.compare((PyInt) s, (PyInt) o) > 0) : NI);
        def(t, "__ge__", (ts, s, o) -> o instanceof PyInt ? PyBool.of(PyInt.compare((PyInt) s, (PyInt) o) >= 0) : NI);
    }

    private static void getters(PyType t) {
        t.define("real", new PyGetSet(t, "real", (ts, s) -> ((PyInt) s).asExactInt(), null));
        t.define("imag", new PyGetSet(t, "imag", (ts, s) -> PyInt.ZERO, null));
        t.define("numerator", new PyGetSet(t, "numerator", (ts, s) -> ((PyInt) s).asExactInt(), null));
        t.define("denominator", new PyGetSet(t, "denominator", (ts, s) -> PyInt.ONE, null));
    }

    static PyObject divmod(PyInt a, PyInt b) {
        return PyTuple.of(PyInt.floordiv(a, b), PyInt.mod(a, b));
    }

    /** int.__pow__(a, b, mod): NotImplemented unless the operands are ints. */
    static PyObject pow(PyObject a, PyObject b, PyObject mod) {
        if (!(a instanceof PyInt) || !(b instanceof PyInt)) return NI;
        if (mod == PyNone.NONE) return IntMath.pow((PyInt) a, (PyInt) b);
        if (!(mod instanceof PyInt)) return NI;
        return IntMath.powMod((PyInt) a, (PyInt) b, (PyInt) mod);
    }

    /** round(int, ndigits): rounds to 10**-ndigits with ties to even. */
    static PyObject round(PyInt v, PyObject nd) {
        if (nd == PyNone.NONE) return v.asExactInt();
        PyInt n = Ops.index(ThreadState.current(), nd);
        if (n.signum() >= 0) return v.asExactInt();
        if (n.isBig() || n.longValue() < -100000) return PyInt.ZERO;
        BigInteger pow = BigInteger.TEN.pow((int) -n.longValue());
        BigInteger[] qr = v.bigValue().divideAndRemainder(pow);
        BigInteger q = qr[0];
        BigInteger r = qr[1];
        if (r.signum() < 0) {
            q = q.subtract(BigInteger.ONE);
            r = r.add(pow);
        }
        int c = r.shiftLeft(1).compareTo(pow);
        if (c > 0 || (c == 0 && q.testBit(0))) q = q.add(BigInteger.ONE);
        return PyInt.of(q.multiply(pow));
    }

    /** int(x=0, base=10) and int subclasses. */
    static PyObject newInt(ThreadState ts, PyType cls, PyObject[] args, String[] kw) {
        PyObject[] a = NEW_ARGS.parse(args, kw);
        PyInt v = a[1] == null ? (a[0] == null ? PyInt.ZERO : Ops.toInt(ts, a[0])) : withBase(ts, a[0], a[1]);
        return cls == PyInt.TYPE ? v : new PyIntSub(cls, v);
    }

    private static PyInt withBase(ThreadState ts, PyObject x, PyObject baseObj) {
        if (x == null) throw Errors.typeError("int() missing string argument");
        PyInt bi = Ops.index(ts, baseObj);
        long base = bi.isBig() ? -1 : bi.longValue();
        if (base != 0 && (base < 2 || base > 36)) throw Errors.valueError("int() base must be >= 2 and <= 36, or 0");
        String text;
        if (x instanceof PyStr) {
            text = ((PyStr) x).value();
        } else if (x instanceof PyBytesLike) {
            text = ((PyBytesLike) x).latin1();
        } else {
            throw Errors.typeError("int() can't convert non-string with explicit base");
        }
        PyInt v = IntMath.parse(text, (int) base);
        if (v == null) {
            throw Errors.valueError("invalid literal for int() with base " + base + ": " + Ops.repr(ts, x));
        }
        return v;
    }

    /** Parses a string for int(s) with base 10 (used by Ops.toInt). */
    static PyInt parseDecimal(ThreadState ts, PyObject s, String text) {
        PyInt v = IntMath.parse(text, 10);
        if (v == null) throw Errors.valueError("invalid literal for int() with base 10: " + Ops.repr(ts, s));
        return v;
    }

    private static PyObject toBytes(ThreadState ts, PyObject self, PyObject[] args, String[] kw) {
        PyObject[] a = TO_BYTES.parse(args, kw);
        long requested = a[0] == null ? 1 : Ops.index(ts, a[0]).asSsize();
        String order = a[1] == null ? "big" : Ops.strArg("to_bytes", "byteorder", a[1]);
        boolean signed = a[2] != null && Ops.isTrue(ts, a[2]);
        if (requested < 0) throw Errors.valueError("length argument must be non-negative");
        if (requested > Integer.MAX_VALUE - 16) throw Errors.noMemory(); /* CPython tries, and fails */
        int length = (int) requested;
        BigInteger v = ((PyInt) self).bigValue();
        if (!order.equals("big") && !order.equals("little")) throw Errors.valueError("byteorder must be either 'little' or 'big'");
        if (v.signum() < 0 && !signed) throw Errors.overflowError("can't convert negative int to unsigned");
        int need = signed ? v.bitLength() + 1 : v.bitLength();
        if (need > 8L * length) throw Errors.overflowError("int too big to convert");
        byte[] out = new byte[length];
        byte[] raw = v.toByteArray();
        byte fill = (byte) (v.signum() < 0 ? 0xff : 0);
        for (int i = 0; i < length; i++) {
            int src = raw.length - 1 - i;
            out[length - 1 - i] = src >= 0 ? raw[src] : fill;
        }
        if (order.equals("little")) reverse(out);
        return new PyBytes(out);
    }

    private static PyObject fromBytes(ThreadState ts, PyObject self, PyObject[] args, String[] kw) {
        PyType cls = (PyType) args[0];
        PyObject[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
        PyObject[] a = FROM_BYTES.parse(rest, kw);
        String order = a[1] == null ? "big" : Ops.strArg("from_bytes", "byteorder", a[1]);
        boolean signed = a[2] != null && Ops.isTrue(ts, a[2]);
        if (!order.equals("big") && !order.equals("little")) throw Errors.valueError("byteorder must be either 'little' or 'big'");
        byte[] b = PyBytesLike.bytesOf(ts, a[0]).clone();
        if (order.equals("little")) reverse(b);
        BigInteger v = b.length == 0 ? BigInteger.ZERO : signed ? new BigInteger(b) : new BigInteger(1, b);
        PyInt r = PyInt.of(v);
        return cls == PyInt.TYPE ? r : cls.call(ts, new PyObject[] {r}, null);
    }

    private static void reverse(byte[] b) {
        for (int i = 0, j = b.length - 1; i < j; i++, j--) {
            byte x = b[i];
            b[i] = b[j];
            b[j] = x;
        }
    }
}
