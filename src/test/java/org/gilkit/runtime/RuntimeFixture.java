package org.gilkit.runtime;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A lock-free interpreter with captured streams for unit tests, plus helpers to build Python
 * values and a stand-in for the VM's function object ({@link Fn}).
 */
final class RuntimeFixture implements AutoCloseable {
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();
    final InterpreterState interp;
    final ThreadState ts;

    RuntimeFixture() {
        this("");
    }

    RuntimeFixture(String stdin) {
        interp = InterpreterState.create(null, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), out, err);
        ts = interp.attachCurrentThread("test");
    }

    String stdout() {
        interp.stdout().flush(ts);
        return out.toString(StandardCharsets.UTF_8);
    }

    PyObject builtin(String name) {
        PyObject b = interp.builtins().getStr(name);
        if (b == null) throw new AssertionError("no builtin " + name);
        return b;
    }

    /** Calls builtin {@code name} with positional args. */
    PyObject call(String name, PyObject... args) {
        return builtin(name).call(ts, args, null);
    }

    String repr(PyObject o) {
        return Ops.repr(ts, o);
    }

    static PyInt i(long v) {
        return PyInt.of(v);
    }

    static PyStr s(String v) {
        return new PyStr(v);
    }

    static PyList list(PyObject... items) {
        return PyList.of(items);
    }

    static PyTuple tuple(PyObject... items) {
        return PyTuple.of(items);
    }

    /** Creates a class with the given attributes (as a class statement would). */
    PyType newClass(String name, PyType[] bases, Object... attrs) {
        PyDict ns = new PyDict();
        ns.putStr("__module__", s("__main__"));
        for (int k = 0; k < attrs.length; k += 2) ns.putStr((String) attrs[k], (PyObject) attrs[k + 1]);
        return PyType.newClass(ts, PyType.TYPE, name, PyTuple.of((PyObject[]) bases), ns, new PyObject[0], new String[0]);
    }

    /** A stand-in for the VM's PyFunction: a Java body, binding like a Python function. */
    static final class Fn extends PyObject implements MethodDescriptor {
        static final PyType TYPE = PyType.builtin("function", PyType.OBJECT, false);

        interface Body {
            PyObject run(ThreadState ts, PyObject[] args);
        }

        final String name;
        final Body body;

        Fn(String name, Body body) {
            this.name = name;
            this.body = body;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        public PyObject call(ThreadState ts, PyObject[] args, String[] kwnames) {
            return body.run(ts, args);
        }

        @Override
        public PyObject callBound(ThreadState ts, PyObject self, PyObject[] args, String[] kwnames) {
            PyObject[] all = new PyObject[args.length + 1];
            all[0] = self;
            System.arraycopy(args, 0, all, 1, args.length);
            return body.run(ts, all);
        }

        @Override
        public PyObject get(ThreadState ts, PyObject obj, PyType owner) {
            return obj == null ? this : new PyMethod(this, obj);
        }
    }

    @Override
    public void close() {
        ts.close();
    }
}
