package org.gilkit.runtime;

import static org.gilkit.runtime.RuntimeFixture.i;
import static org.gilkit.runtime.RuntimeFixture.list;
import static org.gilkit.runtime.RuntimeFixture.s;
import static org.gilkit.runtime.RuntimeFixture.tuple;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gilkit.runtime.RuntimeFixture.Fn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Classes, attributes, descriptors, containers and exceptions; expectations from CPython 3.11. */
class ObjectModelTest {
    private final RuntimeFixture f = new RuntimeFixture();
    private final ThreadState ts = f.ts;

    @AfterEach
    void close() {
        f.close();
    }

    private PyType cls(String name, PyType... bases) {
        return f.newClass(name, bases);
    }

    @Test
    void c3MroAndItsConflicts() {
        PyType o = PyType.OBJECT;
        PyType a = cls("A", o);
        PyType b = cls("B", a);
        PyType c = cls("C", a);
        PyType d = cls("D", b, c);
        assertEquals("(<class '__main__.D'>, <class '__main__.B'>, <class '__main__.C'>, <class '__main__.A'>, <class 'object'>)",
                f.repr(Ops.getattr(ts, d, "__mro__")));
        PyException e = assertThrows(PyException.class, () -> cls("E", a, b));
        assertEquals("TypeError: Cannot create a consistent method resolution order (MRO) for bases A, B", e.getMessage());
        e = assertThrows(PyException.class, () -> cls("F", PyBool.TYPE));
        assertEquals("TypeError: type 'bool' is not an acceptable base type", e.getMessage());
    }

    @Test
    void instancesInitAttributesAndBoundMethods() {
        Fn init = new Fn("__init__", (t, a) -> {
            Ops.setattr(t, a[0], "x", a[1]);
            return PyNone.NONE;
        });
        Fn getx = new Fn("getx", (t, a) -> Ops.getattr(t, a[0], "x"));
        PyType p = f.newClass("P", new PyType[0], "__init__", init, "getx", getx, "k", i(7));
        PyObject obj = p.call(ts, new PyObject[] {i(42)}, null);
        assertEquals("42", f.repr(Ops.callMethod(ts, obj, "getx")));
        assertEquals("42", f.repr(Ops.call(ts, Ops.getattr(ts, obj, "getx"))));
        assertEquals("7", f.repr(Ops.getattr(ts, obj, "k")));
        assertTrue(f.repr(obj).startsWith("<__main__.P object at 0x"));
        PyException e = assertThrows(PyException.class, () -> Ops.getattr(ts, obj, "nope"));
        assertEquals("AttributeError: 'P' object has no attribute 'nope'", e.getMessage());
        PyType q = cls("Q", PyType.OBJECT);
        e = assertThrows(PyException.class, () -> q.call(ts, new PyObject[] {i(1)}, null));
        assertEquals("TypeError: Q() takes no arguments", e.getMessage());
    }

    @Test
    void userDunderMethodsDriveOperators() {
        Fn add = new Fn("__add__", (t, a) -> s("added"));
        Fn radd = new Fn("__radd__", (t, a) -> s("radded"));
        Fn eq = new Fn("__eq__", (t, a) -> PyBool.TRUE);
        Fn len = new Fn("__len__", (t, a) -> i(0));
        PyType v = f.newClass("V", new PyType[0], "__add__", add, "__radd__", radd, "__eq__", eq, "__len__", len);
        PyObject x = v.call(ts, new PyObject[0], null);
        assertEquals("'added'", f.repr(Ops.add(ts, x, i(1))));
        assertEquals("'radded'", f.repr(Ops.add(ts, i(1), x)));
        assertTrue(Ops.eqBool(ts, x, s("anything")));
        assertTrue(!Ops.isTrue(ts, x), "falls back to __len__");
        PyException e = assertThrows(PyException.class, () -> Ops.hash(ts, x));
        assertEquals("TypeError: unhashable type: 'V'", e.getMessage());
    }

    @Test
    void propertyStaticmethodClassmethod() {
        Fn getter = new Fn("area", (t, a) -> i(12));
        Fn sm = new Fn("sm", (t, a) -> i(a.length));
        Fn cm = new Fn("cm", (t, a) -> a[0]);
        PyType r = f.newClass("R", new PyType[0], "area", new PyProperty(getter, null, null, null),
                "sm", new PyStaticMethod(sm), "cm", new PyClassMethod(cm));
        PyObject obj = r.call(ts, new PyObject[0], null);
        assertEquals("12", f.repr(Ops.getattr(ts, obj, "area")));
        PyException e = assertThrows(PyException.class, () -> Ops.setattr(ts, obj, "area", i(1)));
        assertEquals("AttributeError: property 'area' of 'R' object has no setter", e.getMessage());
        assertEquals("0", f.repr(Ops.callMethod(ts, obj, "sm")));
        assertSame(r, Ops.callMethod(ts, obj, "cm"));
    }

    @Test
    void listOperations() {
        PyList l = list(i(3), i(1), i(2));
        Ops.callMethod(ts, l, "sort");
        assertEquals("[1, 2, 3]", f.repr(l));
        Ops.callMethod(ts, l, "sort", new PyObject[] {PyBool.TRUE}, new String[] {"reverse"});
        assertEquals("[3, 2, 1]", f.repr(l));
        PyList words = list(s("bb"), s("a"), s("cc"), s("d"));
        Ops.callMethod(ts, words, "sort", new PyObject[] {f.builtin("len")}, new String[] {"key"});
        assertEquals("['a', 'd', 'bb', 'cc']", f.repr(words), "stable");
        l.append(l);
        assertEquals("[3, 2, 1, [...]]", f.repr(l));
        PyList m = list(i(0), i(1), i(2), i(3), i(4), i(5));
        assertEquals("[5, 3, 1]", f.repr(Ops.getItem(ts, m, new PySlice(PyNone.NONE, PyNone.NONE, i(-2)))));
        Ops.setItem(ts, m, new PySlice(i(1), i(3), PyNone.NONE), list(s("x")));
        assertEquals("[0, 'x', 3, 4, 5]", f.repr(m));
        Ops.delItem(ts, m, new PySlice(PyNone.NONE, PyNone.NONE, i(2)));
        assertEquals("['x', 4]", f.repr(m));
        PyException e = assertThrows(PyException.class, () -> Ops.getItem(ts, m, i(5)));
        assertEquals("IndexError: list index out of range", e.getMessage());
        e = assertThrows(PyException.class, () -> Ops.callMethod(ts, m, "remove", i(9)));
        assertEquals("ValueError: list.remove(x): x not in list", e.getMessage());
    }

    @Test
    void dictKeepsInsertionOrderAndRaisesKeyErrorWithRepr() {
        PyDict d = new PyDict();
        for (String k : new String[] {"b", "a", "c"}) d.put(ts, s(k), i(k.charAt(0)));
        d.remove(ts, s("a"));
        d.put(ts, s("a"), i(0));
        assertEquals("{'b': 98, 'c': 99, 'a': 0}", f.repr(d));
        assertEquals("dict_items([('b', 98), ('c', 99), ('a', 0)])", f.repr(Ops.callMethod(ts, d, "items")));
        PyException e = assertThrows(PyException.class, () -> Ops.getItem(ts, d, s("zz")));
        assertEquals("KeyError: 'zz'", e.getMessage());
        for (int k = 0; k < 1000; k++) d.put(ts, i(k), i(k));
        for (int k = 0; k < 1000; k += 2) d.remove(ts, i(k));
        assertEquals(503, d.size());
        assertEquals("999", f.repr(d.getItem(ts, i(999))));
        assertNull(d.getItem(ts, i(998)));
        PyObject it = Ops.iter(ts, d);
        Ops.next(ts, it);
        d.put(ts, s("new"), i(1));
        e = assertThrows(PyException.class, () -> Ops.next(ts, it));
        assertEquals("RuntimeError: dictionary changed size during iteration", e.getMessage());
    }

    @Test
    void setsAndFrozensets() {
        PySet a = PySet.from(ts, list(i(1), i(2), i(3)));
        PySet b = PySet.from(ts, list(i(2), i(3), i(4)));
        assertEquals("{2, 3}", f.repr(Ops.and(ts, a, b)));
        assertEquals("{1, 2, 3, 4}", f.repr(Ops.or(ts, a, b)));
        assertEquals("{1}", f.repr(Ops.sub(ts, a, b)));
        assertEquals("frozenset({1, 2})", f.repr(f.call("frozenset", list(i(1), i(2)))));
        assertEquals("set()", f.repr(new PySet(false)));
        assertTrue(Ops.compareBool(ts, PySet.from(ts, list(i(2))), a, Ops.Cmp.LT));
    }

    @Test
    void strMethods() {
        assertEquals("['a', 'b', 'c']", f.repr(Ops.callMethod(ts, s("  a b\tc\n"), "split")));
        assertEquals("['a', 'b,c']", f.repr(Ops.callMethod(ts, s("a,b,c"), "split", s(","), i(1))));
        assertEquals("['a,b', 'c']", f.repr(Ops.callMethod(ts, s("a,b,c"), "rsplit", s(","), i(1))));
        assertEquals("'a-b-c'", f.repr(Ops.callMethod(ts, s("-"), "join", list(s("a"), s("b"), s("c")))));
        assertEquals("\"it's\"", f.repr(s("it's")));
        assertEquals("'a\\nb\\x00'", f.repr(s("a\nb\0")));
        assertEquals("'Hello World'", f.repr(Ops.callMethod(ts, s("hello world"), "title")));
        assertEquals("'  ab  '", f.repr(Ops.callMethod(ts, s("ab"), "center", i(6))));
        assertEquals("'-0042'", f.repr(Ops.callMethod(ts, s("-42"), "zfill", i(5))));
        assertEquals("'dcba'", f.repr(Ops.getItem(ts, s("abcd"), new PySlice(PyNone.NONE, PyNone.NONE, i(-1)))));
        assertEquals("'x=1, y=[2]'", f.repr(Ops.callMethod(ts, s("x={}, y={!r}"), "format", i(1), list(i(2)))));
        assertEquals("'  3.14|'", f.repr(Ops.callMethod(ts, s("{:6.2f}|"), "format", new PyFloat(3.14159))));
        assertEquals("'5 apples, 1.50'", f.repr(Ops.mod(ts, s("%d %s, %.2f"), tuple(i(5), s("apples"), new PyFloat(1.5)))));
        assertEquals("2", f.repr(Ops.callMethod(ts, s("banana"), "count", s("an"))));
        assertEquals("3", f.repr(Ops.callMethod(ts, s("banana"), "rfind", s("an"))));
        assertEquals("b'h\\xc3\\xa9'", f.repr(Ops.callMethod(ts, s("h\u00e9"), "encode")));
        PyException e = assertThrows(PyException.class, () -> Ops.callMethod(ts, s("h\u00e9"), "encode", s("ascii")));
        assertEquals("UnicodeEncodeError: 'ascii' codec can't encode character '\\xe9' in position 1: ordinal not in range(128)",
                e.getMessage());
        e = assertThrows(PyException.class, () -> Ops.callMethod(ts, new PyBytes(new byte[] {(byte) 0xff}), "decode"));
        assertEquals("UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte", e.getMessage());
    }

    @Test
    void floatsPrintAsCPython() {
        assertEquals("0.1", f.repr(new PyFloat(0.1)));
        assertEquals("3.3000000000000003", f.repr(Ops.add(ts, new PyFloat(1.1), new PyFloat(2.2))));
        assertEquals("1e+16", f.repr(new PyFloat(1e16)));
        assertEquals("-4.0", f.repr(Ops.floordiv(ts, new PyFloat(-7.5), i(2))));
        assertEquals("-0.5", f.repr(Ops.mod(ts, new PyFloat(7.5), i(-2))));
        assertEquals("2", f.repr(f.call("round", new PyFloat(2.5))));
        assertEquals("2.67", f.repr(f.call("round", new PyFloat(2.675), i(2))));
        assertTrue(Ops.eqBool(ts, i(1), new PyFloat(1.0)));
    }

    @Test
    void rangeIsLazyAndExact() {
        PyObject r = f.call("range", i(0), i(10), i(3));
        assertEquals("range(0, 10, 3)", f.repr(r));
        assertEquals(4, Ops.len(ts, r));
        assertTrue(Ops.contains(ts, r, i(9)));
        assertTrue(!Ops.contains(ts, r, i(8)));
        assertEquals("range(3, 9, 3)", f.repr(Ops.getItem(ts, r, new PySlice(i(1), i(-1), PyNone.NONE))));
        PyObject it = Ops.iter(ts, r);
        StringBuilder sb = new StringBuilder();
        for (PyObject x; (x = Ops.next(ts, it)) != null; ) sb.append(f.repr(x)).append(' ');
        assertEquals("0 3 6 9 ", sb.toString());
        assertNull(Ops.next(ts, it), "exhausted iterators keep returning null");
    }

    @Test
    void exceptionsFormatAsCPython() {
        PyObject ke = PyExc.KeyError.call(ts, new PyObject[] {s("k")}, null);
        assertEquals("'k'", Ops.str(ts, ke));
        assertEquals("KeyError('k')", f.repr(ke));
        PyObject os = PyExc.OSError.call(ts, new PyObject[] {i(2), s("No such file or directory"), s("x")}, null);
        assertSame(PyExc.FileNotFoundError, os.type());
        assertEquals("[Errno 2] No such file or directory: 'x'", Ops.str(ts, os));
        assertEquals("(2, 'No such file or directory')", f.repr(Ops.getattr(ts, os, "args")));
        PyObject si = PyExc.StopIteration.call(ts, new PyObject[] {i(5)}, null);
        assertEquals("5", f.repr(Ops.getattr(ts, si, "value")));
        assertEquals("ValueError()", f.repr(PyExc.ValueError.call(ts, new PyObject[0], null)));
        assertEquals("ValueError(1, 2)", f.repr(PyExc.ValueError.call(ts, new PyObject[] {i(1), i(2)}, null)));
        PyType mine = cls("MyError", PyExc.ValueError);
        PyObject m = mine.call(ts, new PyObject[] {s("boom")}, null);
        assertTrue(Ops.isInstance(ts, m, PyExc.Exception));
        assertEquals("boom", Ops.str(ts, m));
        PyException e = assertThrows(PyException.class, () -> PyExc.ValueError.call(ts, new PyObject[] {i(1)}, new String[] {"x"}));
        assertEquals("TypeError: ValueError() takes no keyword arguments", e.getMessage());
    }

    @Test
    void printWritesToSysStdout() {
        PyObject print = f.builtin("print");
        print.call(ts, new PyObject[] {i(1), s("a"), PyNone.NONE, s("-"), s("!")}, new String[] {"sep", "end"});
        print.call(ts, new PyObject[] {list(s("x"), new PyFloat(2.0))}, null);
        assertEquals("1-a-None!['x', 2.0]\n", f.stdout());
    }

    @Test
    void inputReadsStdinLines() {
        try (RuntimeFixture g = new RuntimeFixture("first\nsecond")) {
            assertEquals("'first'", g.repr(g.call("input", s("? "))));
            assertEquals("'second'", g.repr(g.call("input")));
            PyException e = assertThrows(PyException.class, () -> g.call("input"));
            assertEquals("EOFError: EOF when reading a line", e.getMessage());
            assertEquals("? ", g.stdout());
        }
    }

    @Test
    void typeOfAndIsinstance() {
        assertSame(PyInt.TYPE, f.call("type", i(1)));
        assertEquals("<class 'int'>", f.repr(PyInt.TYPE));
        assertTrue(Ops.isInstance(ts, i(1), tuple(PyStr.TYPE, PyInt.TYPE)));
        PyException e = assertThrows(PyException.class, () -> f.call("isinstance", i(1), i(2)));
        assertEquals("TypeError: isinstance() arg 2 must be a type, a tuple of types, or a union", e.getMessage());
        e = assertThrows(PyException.class, () -> f.call("len", i(1)));
        assertEquals("TypeError: object of type 'int' has no len()", e.getMessage());
        e = assertThrows(PyException.class, () -> f.call("len"));
        assertEquals("TypeError: len() takes exactly one argument (0 given)", e.getMessage());
    }
}
