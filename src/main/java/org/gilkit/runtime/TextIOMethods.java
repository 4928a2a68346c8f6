package org.gilkit.runtime;

/** The Python-visible methods of file objects (text and binary). */
final class TextIOMethods {
    private TextIOMethods() {}

    static void install(PyType t, boolean binary) {
        t.define("write", PyMethodDescr.oneArg(t, "write", (ts, s, x) -> PyInt.of(write(ts, f(s), x))));
        t.define("writelines", PyMethodDescr.oneArg(t, "writelines", (ts, s, lines) -> {
            PyObject it = Ops.iter(ts, lines);
            for (PyObject x; (x = Ops.next(ts, it)) != null; ) write(ts, f(s), x);
            return PyNone.NONE;
        }));
        t.define("read", PyMethodDescr.positional(t, "read", 0, 1, (ts, s, a) -> {
            long n = a.length == 0 || a[0] == PyNone.NONE ? -1 : Ops.index(ts, a[0]).asLong();
            return read(ts, f(s), n);
        }));
        t.define("readline", PyMethodDescr.positional(t, "readline", 0, 1, (ts, s, a) -> {
            long n = a.length == 0 || a[0] == PyNone.NONE ? -1 : Ops.index(ts, a[0]).asLong();
            return f(s).binary ? new PyBytes(f(s).readLineBytes(ts, n)) : new PyStr(f(s).readLineText(ts, n));
        }));
        t.define("readlines", PyMethodDescr.positional(t, "readlines", 0, 1, (ts, s, a) -> {
            PyList out = new PyList();
            for (PyObject l; (l = nextLine(ts, f(s))) != null; ) out.append(l);
            return out;
        }));
        t.define("__iter__", PyMethodDescr.noArgs(t, "__iter__", (ts, s) -> {
            f(s).checkOpen();
            return s;
        }));
        t.define("__next__", PyMethodDescr.noArgs(t, "__next__", (ts, s) -> {
            PyObject l = nextLine(ts, f(s));
            if (l == null) throw Errors.stopIteration();
            return l;
        }));
        t.define("close", PyMethodDescr.noArgs(t, "close", (ts, s) -> {
            f(s).close(ts);
            return PyNone.NONE;
        }));
        t.define("flush", PyMethodDescr.noArgs(t, "flush", (ts, s) -> {
            f(s).checkOpen();
            f(s).flush(ts);
            return PyNone.NONE;
        }));
        t.define("__enter__", PyMethodDescr.noArgs(t, "__enter__", (ts, s) -> {
            f(s).checkOpen();
            return s;
        }));
        t.define("__exit__", PyMethodDescr.positional(t, "__exit__", 0, 3, (ts, s, a) -> {
            f(s).close(ts);
            return PyNone.NONE;
        }));
        t.define("readable", PyMethodDescr.noArgs(t, "readable", (ts, s) -> PyBool.of(f(s).readable())));
        t.define("writable", PyMethodDescr.noArgs(t, "writable", (ts, s) -> PyBool.of(f(s).writable())));
        t.define("isatty", PyMethodDescr.noArgs(t, "isatty", (ts, s) -> PyBool.FALSE));
        t.define("__repr__", PyMethodDescr.noArgs(t, "__repr__", (ts, s) -> new PyStr(f(s).repr())));
        t.define("closed", new PyGetSet(t, "closed", (ts, s) -> PyBool.of(f(s).isClosed()), null));
        t.define("name", new PyGetSet(t, "name", (ts, s) -> new PyStr(f(s).name), null));
        t.define("mode", new PyGetSet(t, "mode", (ts, s) -> new PyStr(f(s).mode), null));
        if (!binary) {
            t.define("encoding", new PyGetSet(t, "encoding", (ts, s) -> new PyStr(f(s).encoding), null));
            t.define("errors", new PyGetSet(t, "errors", (ts, s) -> new PyStr(f(s).errors), null));
        }
    }

    static PyTextIO f(PyObject o) {
        return (PyTextIO) o;
    }

    private static long write(ThreadState ts, PyTextIO f, PyObject x) {
        if (f.binary) {
            if (!(x instanceof PyBytesLike)) throw Errors.typeError("a bytes-like object is required, not '" + x.type().name() + "'");
            byte[] b = ((PyBytesLike) x).bytes();
            f.write(ts, b, false);
            return b.length;
        }
        if (!(x instanceof PyStr)) throw Errors.typeError("write() argument must be str, not " + x.type().name());
        PyStr s = (PyStr) x;
        f.writeText(ts, s.value);
        return s.length();
    }

    private static PyObject read(ThreadState ts, PyTextIO f, long n) {
        if (f.binary) return new PyBytes(f.readBytes(ts, n));
        return new PyStr(f.readText(ts, n));
    }

    /** The next line, or null at EOF. */
    static PyObject nextLine(ThreadState ts, PyTextIO f) {
        if (f.binary) {
            byte[] b = f.readLineBytes(ts, -1);
            return b.length == 0 ? null : new PyBytes(b);
        }
        String l = f.readLineText(ts, -1);
        return l.isEmpty() ? null : new PyStr(l);
    }
}
