package org.gilkit.modules.ext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.gilkit.runtime.InterpreterState;
import org.gilkit.runtime.PyException;
import org.gilkit.runtime.PyExc;
import org.gilkit.runtime.PyFloat;
import org.gilkit.runtime.PyInt;
import org.gilkit.runtime.PyList;
import org.gilkit.runtime.PyModule;
import org.gilkit.runtime.PyObject;
import org.gilkit.runtime.PyStr;
import org.gilkit.runtime.PyTuple;
import org.gilkit.runtime.ThreadState;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code gilkit.ext} as Python code sees it, called through the runtime's call protocol:
 * functions built from the schemas, positional and keyword arguments, the policy keyword,
 * results (CPython/NumPy known answers, as in the C tests), and Python errors for bad calls.
 */
class GilkitExtModuleTest {
    private ThreadState ts;
    private PyModule ext;

    @BeforeEach
    void setUp() {
        InterpreterState interp = InterpreterState.create(null, new ByteArrayInputStream(new byte[0]),
                new ByteArrayOutputStream(), new ByteArrayOutputStream());
        ts = interp.attachCurrentThread("test");
        ext = GilkitExtModule.create();
    }

    @AfterEach
    void tearDown() {
        ts.close();
    }

    private PyObject call(String fn, PyObject[] args, String... kwnames) {
        return ext.get(fn).call(ts, args, kwnames.length == 0 ? null : kwnames);
    }

    private static PyObject[] a(Object... vs) {
        PyObject[] out = new PyObject[vs.length];
        for (int i = 0; i < vs.length; i++) {
            Object v = vs[i];
            out[i] = v instanceof PyObject p ? p : v instanceof Double d ? new PyFloat(d) : v instanceof String s ? new PyStr(s)
                    : PyInt.of(((Number) v).longValue());
        }
        return out;
    }

    private static long sum(PyObject list) {
        long s = 0;
        for (PyObject o : ((PyList) list).toArray()) s += ((PyInt) o).asLong();
        return s;
    }

    private String pyError(PyObject expectedType, Runnable r) {
        PyException e = assertThrows(PyException.class, r::run);
        assertTrue(e.matches((org.gilkit.runtime.PyType) expectedType), e.getMessage());
        String prefix = ((org.gilkit.runtime.PyType) expectedType).name() + ": ";
        assertTrue(e.getMessage().startsWith(prefix), e.getMessage());
        return e.getMessage().substring(prefix.length());
    }

    @Test
    void moduleListsEveryKernel() {
        PyTuple all = (PyTuple) ext.get("__all__");
        assertTrue(all.size() >= 2);
        assertTrue(((PyStr) ext.get("__doc__")).value().contains("mandelbrot(width, height, row0, rows, max_iter, x_min, x_max,"
                + " y_min, y_max, *, counts=None, policy='auto')"));
    }

    @Test
    void mandelbrotPositionalAndKeywordMatchCPython() {
        PyObject whole = call("mandelbrot", a(200, 100, 0, 100, 200, -2.2, 0.8, -1.2, 1.2));
        assertEquals(200 * 100, ((PyList) whole).size());
        assertEquals(948790, sum(whole));
        PyObject band = call("mandelbrot", a(200, 100, 37, 20, 200, -2.2, 0.8, -1.2, 1.2, "never"), "policy");
        assertEquals(421781, sum(band));
        PyObject kw = call("mandelbrot", a(100, 200, 20, 37, 200, -2.2, 0.8, -1.2, 1.2, "always"),
                "height", "width", "rows", "row0", "max_iter", "x_min", "x_max", "y_min", "y_max", "policy");
        assertEquals(421781, sum(kw));
        PyObject ints = call("mandelbrot", a(3, 1, 0, 1, 50, -2, 1, 1, 2)); // ints are accepted as floats; [1, 3, 50] from the CPython reference
        assertEquals(java.util.List.of(1L, 3L, 50L), java.util.Arrays.stream(((PyList) ints).toArray()).map(o -> ((PyInt) o).asLong()).toList());
    }

    @Test
    void histogramMatchesNumPyAndFillsAGivenList() {
        PyObject[] x = new PyObject[1008];
        for (int i = 0; i < 1001; i++) x[i] = new PyFloat(((i * 7919) % 1000) / 100.0 - 1.0);
        double[] tail = {0.0, 8.0, -1.0, 9.0, 7.999999999999999, 8.000000000000002, -0.5};
        for (int i = 0; i < tail.length; i++) x[1001 + i] = new PyFloat(tail[i]);
        PyObject counts = call("histogram", a(new PyTuple(x), 10, 0.0, 8.0));
        assertEquals(java.util.List.of(81L, 80L, 81L, 79L, 80L, 81L, 80L, 79L, 81L, 82L),
                java.util.Arrays.stream(((PyList) counts).toArray()).map(o -> ((PyInt) o).asLong()).toList());
        PyList given = new PyList(a(9, 9, 9));
        assertSame(given, call("histogram", a(new PyList(x), 3, 0.1, 0.7, given), "counts"));
        assertEquals(61, sum(given)); // 20 + 20 + 21, as numpy.histogram(x, 3, (0.1, 0.7))
    }

    /** A stand-in for numpy.ndarray: off-heap data and a dtype attribute. */
    static final class FakeArray extends PyObject implements org.gilkit.modules.NativeData {
        static final org.gilkit.runtime.PyType F64 = org.gilkit.runtime.PyType.builtin("fake_f64_array", org.gilkit.runtime.PyType.OBJECT, false);
        static final org.gilkit.runtime.PyType I64 = org.gilkit.runtime.PyType.builtin("fake_i64_array", org.gilkit.runtime.PyType.OBJECT, false);

        static {
            F64.define("dtype", new PyStr("float64"));
            I64.define("dtype", new PyStr("int64"));
        }

        final org.gilkit.kernels.NativeBuffer data;
        final org.gilkit.runtime.PyType type;

        FakeArray(org.gilkit.runtime.PyType type, org.gilkit.kernels.NativeBuffer data) {
            this.type = type;
            this.data = data;
        }

        @Override
        public org.gilkit.runtime.PyType type() {
            return type;
        }

        @Override
        public org.gilkit.kernels.NativeBuffer contiguousBytes() {
            return data;
        }
    }

    @Test
    void arraysWithOffHeapDataArePassedWithoutACopy() {
        try (var x = org.gilkit.kernels.NativeBuffer.of(new double[] {0.1, 0.5, 0.9, 0.95});
                var c = org.gilkit.kernels.NativeBuffer.allocateElements(2)) {
            FakeArray xs = new FakeArray(FakeArray.F64, x), counts = new FakeArray(FakeArray.I64, c);
            assertSame(counts, call("histogram", a(xs, 2, 0.0, 1.0, counts), "counts"));
            assertEquals(1, c.getLong(0));
            assertEquals(3, c.getLong(1));
            assertEquals("histogram() argument 'x' must be a float64 array, not int64",
                    pyError(PyExc.TypeError, () -> call("histogram", a(counts, 2, 0.0, 1.0))));
            PyList allocated = (PyList) call("histogram", a(xs, 2, 0.0, 1.0)); // numpy.histogram(x, 2, (0, 1)): [1, 3]
            assertEquals(List.of(1L, 3L), java.util.Arrays.stream(allocated.toArray()).map(o -> ((PyInt) o).asLong()).toList());
            assertTrue(!x.isClosed() && !c.isClosed(), "the caller's arrays stay open");
        }
    }

    @Test
    void badCallsRaisePythonErrors() {
        assertEquals("mandelbrot() missing required argument 'y_max' (pos 9)",
                pyError(PyExc.TypeError, () -> call("mandelbrot", a(1, 1, 0, 1, 1, 0.0, 1.0, 0.0))));
        assertEquals("mandelbrot() takes exactly 9 positional arguments (10 given)",
                pyError(PyExc.TypeError, () -> call("mandelbrot", a(1, 1, 0, 1, 1, 0.0, 1.0, 0.0, 1.0, new PyList()))));
        assertEquals("mandelbrot() argument 'width' must be int, not float",
                pyError(PyExc.TypeError, () -> call("mandelbrot", a(1.5, 1, 0, 1, 1, 0.0, 1.0, 0.0, 1.0))));
        assertEquals("mandelbrot(): parameter 'width' must be in [1, 16384], got 0",
                pyError(PyExc.ValueError, () -> call("mandelbrot", a(0, 1, 0, 1, 1, 0.0, 1.0, 0.0, 1.0))));
        assertEquals("mandelbrot(): row0 + rows = 3 exceeds height = 2",
                pyError(PyExc.ValueError, () -> call("mandelbrot", a(2, 2, 1, 2, 1, 0.0, 1.0, 0.0, 1.0))));
        assertEquals("mandelbrot(): policy must be 'auto', 'always' or 'never', not 'sometimes'",
                pyError(PyExc.ValueError, () -> call("mandelbrot", a(2, 2, 0, 2, 1, 0.0, 1.0, 0.0, 1.0, "sometimes"), "policy")));
        assertEquals("histogram() argument 'x' must be a list or tuple, not str",
                pyError(PyExc.TypeError, () -> call("histogram", a("abc", 3, 0.0, 1.0))));
        assertEquals("histogram() argument 'x': item 1 must be float, not str",
                pyError(PyExc.TypeError, () -> call("histogram", a(new PyList(a(1.0, "b")), 3, 0.0, 1.0))));
        assertEquals("histogram() argument 'counts' must be a list, not tuple",
                pyError(PyExc.TypeError, () -> call("histogram", a(new PyList(), 1, 0.0, 1.0, PyTuple.of(PyInt.of(0))), "counts")));
        assertEquals("histogram(): buffer 'counts' must have bins = 3 elements, got 2",
                pyError(PyExc.ValueError, () -> call("histogram", a(new PyList(), 3, 0.0, 1.0, new PyList(a(0, 0))), "counts")));
        assertEquals("histogram(): x[1] is NaN",
                pyError(PyExc.ValueError, () -> call("histogram", a(new PyList(a(0.5, Double.NaN)), 3, 0.0, 1.0))));
        assertEquals("'bins2' is an invalid keyword argument for histogram()",
                pyError(PyExc.TypeError, () -> call("histogram", a(new PyList(), 3, 0.0, 1.0, 3), "bins2")));
    }
}
