package org.gilkit.modules.numpy;

import org.gilkit.modules.ModuleDef;
import org.gilkit.runtime.ArgParser;
import org.gilkit.runtime.Errors;
import org.gilkit.runtime.Impl;
import org.gilkit.runtime.Ops;
import org.gilkit.runtime.PyBuiltinFunction;
import org.gilkit.runtime.PyFloat;
import org.gilkit.runtime.PyModule;
import org.gilkit.runtime.PyObject;
import org.gilkit.runtime.PyStr;
import org.gilkit.runtime.ThreadState;

/**
 * The {@code numpy} module (the documented subset of docs/numpy.md): the creation functions,
 * the module-level forms of the reductions and products (sum, mean, min, max, argmax, dot,
 * matmul), sqrt and exp, the types (ndarray, dtype, float64, int64, bool), the constants pi, e,
 * nan, inf, and the {@code numpy.random} submodule ({@link NumpyRandom}), registered in
 * sys.modules as {@code gilkit.kernels} is. Registered in {@link org.gilkit.modules.Modules}.
 */
public final class NumpyModule implements ModuleDef {
    private static final ArgParser ARRAY = ArgParser.of("array", 1, "object", "dtype");
    private static final ArgParser ZEROS = ArgParser.of("zeros", 1, "shape", "dtype");
    private static final ArgParser ONES = ArgParser.of("ones", 1, "shape", "dtype");
    private static final ArgParser EMPTY = ArgParser.of("empty", 1, "shape", "dtype");
    private static final ArgParser FULL = ArgParser.of("full", 2, "shape", "fill_value", "dtype");
    private static final ArgParser LINSPACE = ArgParser.of("linspace", 2, "start", "stop", "num", "endpoint", "dtype");
    private static final ArgParser REDUCE = ArgParser.of("sum", 1, "a", "axis");

    @Override
    public String name() {
        return "numpy";
    }

    @Override
    public PyModule create(ThreadState ts) {
        PyModule m = new PyModule("numpy");
        m.put("__doc__", new PyStr("gilkit's numpy subset: float64/int64/bool arrays of 1 or 2 dimensions in native memory (docs/numpy.md)."));
        m.put("__version__", new PyStr("2.4.0+gilkit"));
        creation(m);
        functions(m);
        m.put("ndarray", NdArray.TYPE);
        m.put("dtype", DTypeObject.TYPE);
        m.put("float64", Scalars.FLOAT64);
        m.put("int64", Scalars.INT64);
        m.put("bool", Scalars.BOOL);
        m.put("bool_", Scalars.BOOL);
        m.put("pi", new PyFloat(Math.PI));
        m.put("e", new PyFloat(Math.E));
        m.put("nan", new PyFloat(Double.NaN));
        m.put("inf", new PyFloat(Double.POSITIVE_INFINITY));
        PyModule random = NumpyRandom.create(ts);
        ts.interp().sysModules().put(new PyStr("numpy.random"), random);
        m.put("random", random);
        return m;
    }

    static void def(PyModule m, String name, Impl impl) {
        m.put(name, new PyBuiltinFunction(name, impl));
    }

    private static void creation(PyModule m) {
        def(m, "array", (ts, s, a, k) -> {
            PyObject[] v = ARRAY.parse(a, k);
            return Creation.array(ts, v[0], DTypeObject.parse(ts, v[1]));
        });
        def(m, "asarray", (ts, s, a, k) -> {
            PyObject[] v = ARRAY.parse(a, k);
            DType dt = DTypeObject.parse(ts, v[1]);
            if (v[0] instanceof NdArray x && (dt == null || dt == x.dtype)) return x;
            return Creation.array(ts, v[0], dt);
        });
        def(m, "zeros", (ts, s, a, k) -> filled(ts, ZEROS.parse(a, k), null));
        def(m, "empty", (ts, s, a, k) -> filled(ts, EMPTY.parse(a, k), null));
        def(m, "ones", (ts, s, a, k) -> filled(ts, ONES.parse(a, k), org.gilkit.runtime.PyInt.ONE));
        def(m, "full", (ts, s, a, k) -> {
            PyObject[] v = FULL.parse(a, k);
            DType dt = DTypeObject.parse(ts, v[2]);
            return Creation.filled(ts, Shapes.parse(ts, v[0]), dt == null ? Creation.dtypeOf(v[1]) : dt, v[1]);
        });
        def(m, "arange", (ts, s, a, k) -> {
            int npos = ArgParser.npos(a, k);
            PyObject dtype = null;
            for (int i = 0; k != null && i < k.length; i++) {
                if (!k[i].equals("dtype")) throw Errors.typeError("arange() got an unexpected keyword argument '" + k[i] + "'");
                dtype = a[npos + i];
            }
            return Creation.arange(ts, java.util.Arrays.copyOf(a, npos), DTypeObject.parse(ts, dtype));
        });
        def(m, "linspace", (ts, s, a, k) -> {
            PyObject[] v = LINSPACE.parse(a, k);
            long num = v[2] == null ? 50 : integer(ts, v[2]);
            boolean endpoint = v[3] == null || Ops.isTrue(ts, v[3]);
            return Creation.linspace(ts, Elements.toDouble(ts, v[0]), Elements.toDouble(ts, v[1]), num, endpoint, DTypeObject.parse(ts, v[4]));
        });
    }

    private static long integer(ThreadState ts, PyObject o) {
        if (!Shapes.isInteger(o)) throw Errors.typeError("'" + o.type().name() + "' object cannot be interpreted as an integer");
        return Ops.index(ts, o).asLong();
    }

    private static NdArray filled(ThreadState ts, PyObject[] v, PyObject value) {
        DType dt = DTypeObject.parse(ts, v[1]);
        return Creation.filled(ts, Shapes.parse(ts, v[0]), dt == null ? DType.FLOAT64 : dt, value);
    }

    private static void functions(PyModule m) {
        reduction(m, "sum", Reductions.Kind.SUM);
        reduction(m, "mean", Reductions.Kind.MEAN);
        reduction(m, "min", Reductions.Kind.MIN);
        reduction(m, "max", Reductions.Kind.MAX);
        reduction(m, "amin", Reductions.Kind.MIN);
        reduction(m, "amax", Reductions.Kind.MAX);
        reduction(m, "argmax", Reductions.Kind.ARGMAX);
        def(m, "dot", (ts, s, a, k) -> {
            ArgParser.positional("dot", "dot", a, k, 2, 2);
            return LinAlg.dot(ts, ArrayMethods.operand(ts, a[0]), ArrayMethods.operand(ts, a[1]));
        });
        def(m, "matmul", (ts, s, a, k) -> {
            ArgParser.positional("matmul", "matmul", a, k, 2, 2);
            return LinAlg.matmul(ts, ArrayMethods.operand(ts, a[0]), ArrayMethods.operand(ts, a[1]));
        });
        for (String f : new String[] {"sqrt", "exp"}) {
            def(m, f, (ts, s, a, k) -> {
                ArgParser.positional(f, f, a, k, 1, 1);
                if (Creation.isScalar(a[0])) {
                    double x = Elements.toDouble(ts, a[0]);
                    return Scalars.float64(f.equals("sqrt") ? Math.sqrt(x) : Math.exp(x));
                }
                return Elementwise.unaryFloat(ts, f, ArrayMethods.operand(ts, a[0]));
            });
        }
        def(m, "shape", (ts, s, a, k) -> {
            ArgParser.positional("shape", "shape", a, k, 1, 1);
            return Shapes.tuple(ArrayMethods.operand(ts, a[0]).shape);
        });
    }

    private static void reduction(PyModule m, String name, Reductions.Kind kind) {
        def(m, name, (ts, s, a, k) -> {
            PyObject[] v = REDUCE.parse(a, k);
            NdArray x = ArrayMethods.operand(ts, v[0]);
            return Reductions.reduce(ts, kind, x, Reductions.axis(ts, x, v[1]));
        });
    }
}
