package org.gilkit.vm;

import java.util.List;
import org.gilkit.gil.Gil;
import org.gilkit.runtime.Errors;
import org.gilkit.runtime.InterpreterState;
import org.gilkit.runtime.Ops;
import org.gilkit.runtime.PyBaseException;
import org.gilkit.runtime.PyBuiltinFunction;
import org.gilkit.runtime.PyDict;
import org.gilkit.runtime.PyException;
import org.gilkit.runtime.PyExc;
import org.gilkit.runtime.PyFloat;
import org.gilkit.runtime.PyInt;
import org.gilkit.runtime.PyList;
import org.gilkit.runtime.PyModule;
import org.gilkit.runtime.PyNone;
import org.gilkit.runtime.PyObject;
import org.gilkit.runtime.PyStr;
import org.gilkit.runtime.PyTuple;
import org.gilkit.runtime.ThreadState;

/**
 * The {@code sys} module: a module object over the interpreter's sys namespace
 * ({@link InterpreterState#sysDict()}, which already holds the standard streams), filled with the
 * parts that belong to the VM: {@code argv}, {@code path} (the script's folder first),
 * {@code modules}, {@code exit}, {@code exc_info}/{@code exception}, the recursion limit, the
 * switch interval of the interpreter's GIL, and version information. Installed by
 * {@link Interpreter} before the script runs.
 */
final class SysModule {
    /** CPython's sys.version_info this interpreter follows. */
    static final int[] VERSION = {3, 11, 7};

    private SysModule() {}

    static PyModule install(InterpreterState interp, String scriptDir, List<String> argv) {
        PyDict d = interp.sysDict();
        PyModule sys = new PyModule("sys", d);
        PyList args = new PyList();
        for (String a : argv) args.append(new PyStr(a));
        interp.setArgv(args);
        d.putStr("path", PyList.of(new PyStr(scriptDir)));
        d.putStr("modules", interp.sysModules());
        d.putStr("version", new PyStr(VERSION[0] + "." + VERSION[1] + "." + VERSION[2] + " (gilkit)"));
        d.putStr("version_info", PyTuple.of(PyInt.of(VERSION[0]), PyInt.of(VERSION[1]), PyInt.of(VERSION[2]),
                new PyStr("final"), PyInt.of(0)));
        d.putStr("platform", new PyStr("linux"));
        d.putStr("byteorder", new PyStr(java.nio.ByteOrder.nativeOrder() == java.nio.ByteOrder.LITTLE_ENDIAN ? "little" : "big"));
        d.putStr("maxsize", PyInt.of(Long.MAX_VALUE));
        d.putStr("executable", new PyStr("gilkit"));
        d.putStr("dont_write_bytecode", org.gilkit.runtime.PyBool.TRUE);
        functions(interp, d);
        interp.sysModules().put(new PyStr("sys"), sys);
        return sys;
    }

    private static void functions(InterpreterState interp, PyDict d) {
        def(d, "exit", (ts, self, args, kw) -> {
            PyObject[] a = args.length == 0 ? new PyObject[0] : new PyObject[] {args[0]};
            throw new PyException(PyBaseException.create(PyExc.SystemExit, a));
        });
        def(d, "getrecursionlimit", (ts, self, args, kw) -> PyInt.of(ts.interp().recursionLimit()));
        def(d, "setrecursionlimit", (ts, self, args, kw) -> {
            if (args.length != 1) throw Errors.typeError("setrecursionlimit() takes exactly one argument (" + args.length + " given)");
            long n = Ops.index(ts, args[0]).asLong();
            if (n < 1) throw Errors.valueError("recursion limit must be greater or equal than 1");
            if (n > Integer.MAX_VALUE) throw Errors.overflowError("Python int too large to convert to C int");
            ts.interp().setRecursionLimit((int) n);
            return PyNone.NONE;
        });
        def(d, "exc_info", (ts, self, args, kw) -> {
            PyBaseException e = ts.handledException();
            if (e == null) return PyTuple.of(PyNone.NONE, PyNone.NONE, PyNone.NONE);
            return PyTuple.of(e.type(), e, e.traceback);
        });
        def(d, "exception", (ts, self, args, kw) -> {
            PyBaseException e = ts.handledException();
            return e == null ? PyNone.NONE : e;
        });
        def(d, "getswitchinterval", (ts, self, args, kw) -> {
            Gil g = ts.interp().gil();
            return new PyFloat(g == null ? 0.005 : g.switchIntervalNanos() / 1e9);
        });
        def(d, "setswitchinterval", (ts, self, args, kw) -> {
            if (args.length != 1) throw Errors.typeError("setswitchinterval() takes exactly one argument (" + args.length + " given)");
            PyObject a = args[0];
            if (!(a instanceof PyFloat || a instanceof PyInt || a.type().lookup("__float__") != null)) {
                throw Errors.typeError("must be real number, not " + a.type().name());
            }
            double s = Ops.toDouble(ts, a);
            if (!(s > 0)) throw Errors.valueError("switch interval must be strictly positive");
            Gil g = ts.interp().gil();
            if (g != null) g.setSwitchIntervalNanos(Math.max(Gil.MIN_SWITCH_INTERVAL_NANOS, (long) (s * 1e9)));
            return PyNone.NONE;
        });
        def(d, "intern", (ts, self, args, kw) -> args[0]);
        def(d, "displayhook", SysModule::displayhook);
        d.putStr("__displayhook__", d.getStr("displayhook"));
    }

    /**
     * sys.displayhook(value), what code compiled in 'single' mode calls for each expression
     * statement: None prints nothing; anything else is written as its repr to sys.stdout and kept
     * in {@code builtins._}.
     */
    private static PyObject displayhook(ThreadState ts, PyObject self, PyObject[] args, String[] kw) {
        org.gilkit.runtime.ArgParser.exactlyOne("displayhook", args, kw);
        PyObject v = args[0];
        if (v == PyNone.NONE) return PyNone.NONE;
        PyDict builtins = ts.interp().builtins();
        builtins.putStr("_", PyNone.NONE);
        String text = Ops.repr(ts, v) + "\n";
        PyObject out = ts.interp().sysDict().getStr("stdout");
        if (out == null || out == PyNone.NONE) throw Errors.runtimeError("lost sys.stdout");
        Ops.callMethod(ts, out, "write", new PyStr(text));
        builtins.putStr("_", v);
        return PyNone.NONE;
    }

    private static void def(PyDict d, String name, org.gilkit.runtime.Impl impl) {
        d.putStr(name, new PyBuiltinFunction(name, impl));
    }
}
