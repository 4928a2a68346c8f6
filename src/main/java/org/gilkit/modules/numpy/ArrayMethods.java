package org.gilkit.modules.numpy;

import org.gilkit.kernels.BinaryOp;
import org.gilkit.runtime.ArgParser;
import org.gilkit.runtime.Errors;
import org.gilkit.runtime.Ops;
import org.gilkit.runtime.PyBool;
import org.gilkit.runtime.PyGetSet;
import org.gilkit.runtime.PyInt;
import org.gilkit.runtime.PyIter;
import org.gilkit.runtime.PyList;
import org.gilkit.runtime.PyMethodDescr;
import org.gilkit.runtime.PyNone;
import org.gilkit.runtime.PyObject;
import org.gilkit.runtime.PySingleton;
import org.gilkit.runtime.PyStr;
import org.gilkit.runtime.PyTuple;
import org.gilkit.runtime.PyType;
import org.gilkit.runtime.ThreadState;

/**
 * The attributes and methods of {@code numpy.ndarray}, installed on {@link NdArray#TYPE} once:
 * shape, size, ndim, dtype, T, itemsize, nbytes, strides; reshape, copy, astype, tolist, tobytes, fill,
 * flatten, ravel, transpose, item, sum, mean, min, max, argmax, any, all, dot; the operators
 * (arithmetic, in-place, {@code @}, comparisons, negation, abs), len, iteration, indexing,
 * truth value, repr and str. Each delegates to the class of its concept.
 *
 * <p>{@code a.sum()} without arguments on a contiguous array is the per-call benchmark's path
 * (PyKernelCallBench): it skips argument parsing and calls the kernel's tiny-input entry.
 */
final class ArrayMethods {
    private static final PyType ITER = PyIter.iterType("numpy.flatiter");
    private static final ArgParser REDUCE = new ArgParser("sum", new String[] {"axis"}, 0, 1, 0);

    private ArrayMethods() {}

    static NdArray a(PyObject o) {
        return (NdArray) o;
    }

    static void install(PyType t) {
        attributes(t);
        conversions(t);
        reductions(t);
        operators(t);
        t.define("__hash__", PyNone.NONE);
        t.define("__repr__", PyMethodDescr.noArgs(t, "__repr__", (ts, s) -> new PyStr(ArrayPrint.repr(a(s)))));
        t.define("__str__", PyMethodDescr.noArgs(t, "__str__", (ts, s) -> new PyStr(ArrayPrint.str(a(s)))));
        t.define("__len__", PyMethodDescr.noArgs(t, "__len__", (ts, s) -> PyInt.of(a(s).shape[0])));
        t.define("__iter__", PyMethodDescr.noArgs(t, "__iter__", (ts, s) -> new Rows(a(s))));
        t.define("__getitem__", PyMethodDescr.oneArg(t, "__getitem__", (ts, s, k) -> Indexing.get(ts, a(s), k)));
        t.define("__setitem__", PyMethodDescr.twoArgs(t, "__setitem__", (ts, s, k, v) -> {
            Indexing.set(ts, a(s), k, v);
            return PyNone.NONE;
        }));
        t.define("__bool__", PyMethodDescr.noArgs(t, "__bool__", (ts, s) -> {
            NdArray x = a(s);
            if (x.size != 1) {
                if (x.size == 0) throw Errors.valueError("The truth value of an empty array is ambiguous. Use `array.size > 0` to check that an array is not empty.");
                throw Errors.valueError("The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()");
            }
            return PyBool.of(x.getDouble(0) != 0);
        }));
    }

    private static void getter(PyType t, String name, PyGetSet.Getter g) {
        t.define(name, new PyGetSet(t, name, g, null));
    }

    private static void attributes(PyType t) {
        getter(t, "shape", (ts, s) -> Shapes.tuple(a(s).shape));
        getter(t, "size", (ts, s) -> PyInt.of(a(s).size));
        getter(t, "ndim", (ts, s) -> PyInt.of(a(s).ndim()));
        getter(t, "dtype", (ts, s) -> DTypeObject.of(a(s).dtype));
        getter(t, "T", (ts, s) -> LinAlg.transpose(a(s)));
        getter(t, "itemsize", (ts, s) -> PyInt.of(8));
        getter(t, "nbytes", (ts, s) -> PyInt.of(8 * a(s).size));
        getter(t, "strides", (ts, s) -> {
            long[] st = a(s).strides;
            PyObject[] items = new PyObject[st.length];
            for (int i = 0; i < st.length; i++) items[i] = PyInt.of(8 * st[i]);
            return new PyTuple(items);
        });
    }

    private static void conversions(PyType t) {
        t.define("reshape", new PyMethodDescr(t, "reshape", (ts, s, args, kw) -> {
            ArgParser.noKeywords("reshape", kw);
            return Reshape.reshape(ts, a(s), args.length == 1 ? args[0] : new PyTuple(args));
        }));
        t.define("copy", PyMethodDescr.noArgs(t, "copy", (ts, s) -> Creation.astype(ts, a(s), a(s).dtype)));
        t.define("flatten", PyMethodDescr.noArgs(t, "flatten", (ts, s) -> Reshape.flat(ts, a(s), true)));
        t.define("ravel", PyMethodDescr.noArgs(t, "ravel", (ts, s) -> Reshape.flat(ts, a(s), false)));
        t.define("transpose", PyMethodDescr.noArgs(t, "transpose", (ts, s) -> LinAlg.transpose(a(s))));
        t.define("astype", PyMethodDescr.oneArg(t, "astype", (ts, s, d) -> {
            DType dt = DTypeObject.parse(ts, d);
            return Creation.astype(ts, a(s), dt == null ? DType.FLOAT64 : dt);
        }));
        t.define("tobytes", PyMethodDescr.noArgs(t, "tobytes", (ts, s) -> new org.gilkit.runtime.PyBytes(Creation.contiguous(ts, a(s)).flat.toByteArray())));
        t.define("tolist", PyMethodDescr.noArgs(t, "tolist", (ts, s) -> tolist(a(s))));
        t.define("fill", PyMethodDescr.oneArg(t, "fill", (ts, s, v) -> {
            Indexing.assign(ts, a(s), v);
            return PyNone.NONE;
        }));
        t.define("item", PyMethodDescr.noArgs(t, "item", (ts, s) -> {
            if (a(s).size != 1) throw Errors.valueError("can only convert an array of size 1 to a Python scalar");
            return python(a(s), 0);
        }));
        t.define("dot", PyMethodDescr.oneArg(t, "dot", (ts, s, b) -> LinAlg.dot(ts, a(s), operand(ts, b))));
    }

    private static void reductions(PyType t) {
        t.define("sum", new PyMethodDescr(t, "sum", (ts, s, args, kw) -> {
            NdArray x = a(s);
            if (args.length == 0 && x.flat != null) return NumpyKernels.run(ts, () -> Reductions.sumFast(x));
            return reduce(ts, Reductions.Kind.SUM, x, args, kw);
        }));
        t.define("mean", new PyMethodDescr(t, "mean", (ts, s, args, kw) -> reduce(ts, Reductions.Kind.MEAN, a(s), args, kw)));
        t.define("min", new PyMethodDescr(t, "min", (ts, s, args, kw) -> reduce(ts, Reductions.Kind.MIN, a(s), args, kw)));
        t.define("max", new PyMethodDescr(t, "max", (ts, s, args, kw) -> reduce(ts, Reductions.Kind.MAX, a(s), args, kw)));
        t.define("argmax", new PyMethodDescr(t, "argmax", (ts, s, args, kw) -> reduce(ts, Reductions.Kind.ARGMAX, a(s), args, kw)));
        t.define("any", PyMethodDescr.noArgs(t, "any", (ts, s) -> {
            for (long i = 0; i < a(s).size; i++) if (a(s).getDouble(i) != 0) return Scalars.bool(true);
            return Scalars.bool(false);
        }));
        t.define("all", PyMethodDescr.noArgs(t, "all", (ts, s) -> {
            for (long i = 0; i < a(s).size; i++) if (a(s).getDouble(i) == 0) return Scalars.bool(false);
            return Scalars.bool(true);
        }));
    }

    static PyObject reduce(ThreadState ts, Reductions.Kind kind, NdArray x, PyObject[] args, String[] kw) {
        PyObject[] v = REDUCE.parse(args, kw);
        return Reductions.reduce(ts, kind, x, Reductions.axis(ts, x, v[0]));
    }

    private static void operators(PyType t) {
        binary(t, "add", BinaryOp.ADD);
        binary(t, "sub", BinaryOp.SUB);
        binary(t, "mul", BinaryOp.MUL);
        binary(t, "truediv", BinaryOp.DIV);
        t.define("__matmul__", PyMethodDescr.oneArg(t, "__matmul__", (ts, s, b) -> {
            NdArray y = Creation.asArray(ts, b);
            return y == null ? PySingleton.NOT_IMPLEMENTED : LinAlg.matmul(ts, a(s), y);
        }));
        t.define("__rmatmul__", PyMethodDescr.oneArg(t, "__rmatmul__", (ts, s, b) -> {
            NdArray y = Creation.asArray(ts, b);
            return y == null ? PySingleton.NOT_IMPLEMENTED : LinAlg.matmul(ts, y, a(s));
        }));
        for (Ops.Cmp op : Ops.Cmp.values()) {
            String name = op.dunder;
            t.define(name, PyMethodDescr.oneArg(t, name, (ts, s, b) -> orNot(Elementwise.compare(ts, op, a(s), b))));
        }
        t.define("__neg__", PyMethodDescr.noArgs(t, "__neg__", (ts, s) -> Elementwise.negative(ts, a(s))));
        t.define("__pos__", PyMethodDescr.noArgs(t, "__pos__", (ts, s) -> Creation.astype(ts, a(s), a(s).dtype)));
        t.define("__abs__", PyMethodDescr.noArgs(t, "__abs__", (ts, s) -> Elementwise.absolute(ts, a(s))));
    }

    private static void binary(PyType t, String name, BinaryOp op) {
        t.define("__" + name + "__", PyMethodDescr.oneArg(t, "__" + name + "__", (ts, s, b) -> orNot(Elementwise.binary(ts, op, a(s), b, false))));
        t.define("__r" + name + "__", PyMethodDescr.oneArg(t, "__r" + name + "__", (ts, s, b) -> orNot(Elementwise.binary(ts, op, a(s), b, true))));
        t.define("__i" + name + "__", PyMethodDescr.oneArg(t, "__i" + name + "__", (ts, s, b) -> orNot(Elementwise.inplace(ts, op, a(s), b))));
    }

    private static PyObject orNot(PyObject r) {
        return r == null ? PySingleton.NOT_IMPLEMENTED : r;
    }

    /** An array operand of a method ({@code a.dot(b)}): ndarray or list, else TypeError. */
    static NdArray operand(ThreadState ts, PyObject o) {
        NdArray a = Creation.asArray(ts, o);
        if (a == null) throw Errors.typeError("gilkit numpy: expected an ndarray or a list, not '" + o.type().name() + "'");
        return a;
    }

    /** Element {@code i} as a Python int/float/bool (tolist, item). */
    static PyObject python(NdArray a, long i) {
        switch (a.dtype) {
            case FLOAT64: return new org.gilkit.runtime.PyFloat(a.getDouble(i));
            case INT64: return PyInt.of(a.getLong(i));
            default: return PyBool.of(a.getLong(i) != 0);
        }
    }

    static PyList tolist(NdArray a) {
        PyList out = new PyList();
        if (a.ndim() == 1) {
            for (long i = 0; i < a.size; i++) out.append(python(a, i));
            return out;
        }
        for (int r = 0; r < a.shape[0]; r++) {
            PyList row = new PyList();
            for (int c = 0; c < a.shape[1]; c++) row.append(python(a, (long) r * a.shape[1] + c));
            out.append(row);
        }
        return out;
    }

    /** Iteration over the first axis: scalars of a 1-D array, row views of a 2-D one. */
    private static final class Rows extends PyIter {
        private final NdArray a;
        private int next;

        Rows(NdArray a) {
            this.a = a;
        }

        @Override
        public PyType type() {
            return ITER;
        }

        @Override
        public PyObject next(ThreadState ts) {
            if (next >= a.shape[0]) return null;
            int i = next++;
            if (a.ndim() == 1) return Scalars.of(a, i);
            return new NdArray(a.buffer, a.dtype, a.offset + i * a.strides[0], new int[] {a.shape[1]}, new long[] {a.strides[1]});
        }
    }
}
