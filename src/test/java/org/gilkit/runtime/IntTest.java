package org.gilkit.runtime;

import static org.gilkit.runtime.RuntimeFixture.i;
import static org.gilkit.runtime.RuntimeFixture.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** int semantics; expectations from CPython 3.11. */
class IntTest {
    private final RuntimeFixture f = new RuntimeFixture();
    private final ThreadState ts = f.ts;

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void additionOverflowsIntoBigIntegers() {
        PyObject r = Ops.add(ts, i(Long.MAX_VALUE), i(1));
        assertEquals("9223372036854775808", f.repr(r));
        assertEquals("9223372036854775807", f.repr(Ops.sub(ts, r, i(1))));
        assertTrue(!((PyInt) Ops.sub(ts, r, i(1))).isBig(), "results that fit are normalised to long");
        assertEquals("85070591730234615847396907784232501249", f.repr(Ops.mul(ts, i(Long.MAX_VALUE), i(Long.MAX_VALUE))));
        assertEquals("9223372036854775808", f.repr(Ops.neg(ts, i(Long.MIN_VALUE))));
        assertEquals("9223372036854775808", f.repr(Ops.floordiv(ts, i(Long.MIN_VALUE), i(-1))));
    }

    @Test
    void floorDivisionAndModuloFollowTheDivisorSign() {
        assertEquals("-4", f.repr(Ops.floordiv(ts, i(7), i(-2))));
        assertEquals("-4", f.repr(Ops.floordiv(ts, i(-7), i(2))));
        assertEquals("-1", f.repr(Ops.mod(ts, i(7), i(-2))));
        assertEquals("1", f.repr(Ops.mod(ts, i(-7), i(2))));
        assertEquals("(-4, 1)", f.repr(Ops.divmod(ts, i(-7), i(2))));
        PyException e = assertThrows(PyException.class, () -> Ops.mod(ts, i(1), i(0)));
        assertEquals("ZeroDivisionError: integer modulo by zero", e.getMessage());
        e = assertThrows(PyException.class, () -> Ops.floordiv(ts, i(1), i(0)));
        assertEquals("ZeroDivisionError: integer division or modulo by zero", e.getMessage());
    }

    @Test
    void powerWithAndWithoutModulus() {
        assertEquals("1267650600228229401496703205376", f.repr(Ops.pow(ts, i(2), i(100))));
        assertEquals("0.5", f.repr(Ops.pow(ts, i(2), i(-1))));
        assertEquals("3", f.repr(f.call("pow", i(2), i(-1), i(5))));
        assertEquals("-1", f.repr(f.call("pow", i(3), i(3), i(-7))));
        PyException e = assertThrows(PyException.class, () -> f.call("pow", i(2), i(-1), i(4)));
        assertEquals("ValueError: base is not invertible for the given modulus", e.getMessage());
        e = assertThrows(PyException.class, () -> Ops.pow(ts, i(0), i(-1)));
        assertEquals("ZeroDivisionError: 0.0 cannot be raised to a negative power", e.getMessage());
    }

    @Test
    void hashesMatchCPython() {
        assertEquals(-2, Ops.hash(ts, i(-1)));
        assertEquals(1, Ops.hash(ts, PyInt.of(BigInteger.ONE.shiftLeft(61))));
        assertEquals(0, Ops.hash(ts, PyInt.of(BigInteger.ONE.shiftLeft(61).subtract(BigInteger.ONE))));
        assertEquals(549755813888L, Ops.hash(ts, PyInt.of(BigInteger.ONE.shiftLeft(100))));
        assertEquals(-549755813888L, Ops.hash(ts, PyInt.of(BigInteger.ONE.shiftLeft(100).negate())));
        assertEquals(Ops.hash(ts, i(1)), Ops.hash(ts, new PyFloat(1.0)));
        assertEquals(1152921504606846977L, Ops.hash(ts, new PyFloat(1.5)));
        assertEquals(1224995262755759164L, Ops.hash(ts, new PyFloat(1e300)));
        assertEquals(-2, Ops.hash(ts, new PyFloat(-1.0)));
        assertEquals(5740354900026072187L, Ops.hash(ts, PyTuple.EMPTY));
        assertEquals(-3550055125485641917L, Ops.hash(ts, PyTuple.of(i(1), i(2))));
        assertEquals(7267574591690527098L, Ops.hash(ts, PyTuple.of(i(1), PyTuple.of(i(2), i(3)))));
    }

    @Test
    void equalNumbersAreTheSameDictKey() {
        PyDict d = new PyDict();
        d.put(ts, i(1), s("int"));
        d.put(ts, new PyFloat(1.0), s("float"));
        d.put(ts, PyBool.TRUE, s("bool"));
        assertEquals("{1: 'bool'}", f.repr(d));
    }

    @Test
    void parsingWithBases() {
        assertEquals("31", f.repr(f.call("int", s("0x1f"), i(16))));
        assertEquals("31", f.repr(f.call("int", s("0x1f"), i(0))));
        assertEquals("1000", f.repr(f.call("int", s(" 1_000 "))));
        assertEquals("-255", f.repr(f.call("int", s("-ff"), i(16))));
        PyException e = assertThrows(PyException.class, () -> f.call("int", s("010"), i(0)));
        assertEquals("ValueError: invalid literal for int() with base 0: '010'", e.getMessage());
        e = assertThrows(PyException.class, () -> f.call("int", s("1.5")));
        assertEquals("ValueError: invalid literal for int() with base 10: '1.5'", e.getMessage());
        e = assertThrows(PyException.class, () -> f.call("int", s("12"), i(1)));
        assertEquals("ValueError: int() base must be >= 2 and <= 36, or 0", e.getMessage());
        assertEquals("1", f.repr(f.call("int", new PyFloat(1.9))));
    }

    @Test
    void bitOperationsAndMethods() {
        assertEquals("3", f.repr(Ops.and(ts, i(-5), i(3))));
        assertEquals("-3", f.repr(Ops.rshift(ts, i(-5), i(1))));
        assertEquals("1180591620717411303424", f.repr(Ops.lshift(ts, i(1), i(70))));
        assertEquals("-6", f.repr(Ops.invert(ts, i(5))));
        assertEquals("10", f.repr(Ops.callMethod(ts, i(1000), "bit_length")));
        assertEquals("b'\\x01\\x00'", f.repr(Ops.callMethod(ts, i(256), "to_bytes", i(2), s("big"))));
        assertEquals("65535", f.repr(Ops.callMethod(ts, PyInt.TYPE, "from_bytes", new PyBytes(new byte[] {-1, -1}), s("big"))));
    }

    @Test
    void boolIsAnInt() {
        assertEquals("2", f.repr(Ops.add(ts, PyBool.TRUE, PyBool.TRUE)));
        assertSame(PyBool.FALSE, Ops.and(ts, PyBool.TRUE, PyBool.FALSE));
        assertEquals("-2", f.repr(Ops.invert(ts, PyBool.TRUE)));
        assertTrue(Ops.isInstance(ts, PyBool.TRUE, PyInt.TYPE));
    }

    @Test
    void smallIntsAreCached() {
        assertSame(i(100), Ops.add(ts, i(50), i(50)));
    }

    @Test
    void operandErrorsNameBothTypes() {
        PyException e = assertThrows(PyException.class, () -> Ops.add(ts, i(1), s("a")));
        assertEquals("TypeError: unsupported operand type(s) for +: 'int' and 'str'", e.getMessage());
        e = assertThrows(PyException.class, () -> Ops.add(ts, s("a"), i(1)));
        assertEquals("TypeError: can only concatenate str (not \"int\") to str", e.getMessage());
        e = assertThrows(PyException.class, () -> Ops.compare(ts, s("a"), i(1), Ops.Cmp.LT));
        assertEquals("TypeError: '<' not supported between instances of 'str' and 'int'", e.getMessage());
    }
}
