package org.gilkit.modules;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Map;
import org.gilkit.modules.mp.OsProcess;
import org.gilkit.runtime.ArgParser;
import org.gilkit.runtime.Errors;
import org.gilkit.runtime.Ops;
import org.gilkit.runtime.PyBytes;
import org.gilkit.runtime.PyDict;
import org.gilkit.runtime.PyInt;
import org.gilkit.runtime.PyModule;
import org.gilkit.runtime.PyNone;
import org.gilkit.runtime.PyObject;
import org.gilkit.runtime.PyStr;
import org.gilkit.runtime.PyTuple;
import org.gilkit.runtime.ThreadState;

/**
 * The {@code os} module (the parts gilkit programs use): cpu_count, getpid, getppid, kill, _exit
 * (the process calls as a multiprocessing fork child sees them: {@link OsProcess}), environ
 * (a dict snapshot of the environment; getenv reads it), urandom, getcwd, listdir, sep,
 * linesep, pathsep, curdir, pardir, name ("posix"), the file-system calls of {@link OsFiles}
 * (mkdir, rmdir, remove, rename, ...), {@code os.path} (the Python module posixpath from the jar,
 * also registered as sys.modules["os.path"]), and the names CPython's os.py defines in Python
 * (stat, makedirs, walk, scandir, fspath: lib/_oshelpers.py, copied in).
 */
final class OsModule implements ModuleDef {
    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    public String name() {
        return "os";
    }

    @Override
    public PyModule create(ThreadState ts) {
        PyModule m = Fn.module("os", "OS routines for NT or Posix depending on what system we're on.");
        m.put("name", new PyStr("posix"));
        m.put("sep", new PyStr("/"));
        m.put("altsep", PyNone.NONE);
        m.put("extsep", new PyStr("."));
        m.put("pathsep", new PyStr(":"));
        m.put("linesep", new PyStr("\n"));
        m.put("curdir", new PyStr("."));
        m.put("pardir", new PyStr(".."));
        m.put("devnull", new PyStr("/dev/null"));
        PyDict env = new PyDict();
        for (Map.Entry<String, String> e : System.getenv().entrySet()) {
            env.putStr(e.getKey(), new PyStr(e.getValue()));
        }
        m.put("environ", env);
        Fn.def(m, "cpu_count", (t, s, a, k) -> {
            ArgParser.noArgs("cpu_count", a, k);
            return PyInt.of(Runtime.getRuntime().availableProcessors());
        });
        defProcess(m);
        Fn.def(m, "getcwd", (t, s, a, k) -> new PyStr(Path.of("").toAbsolutePath().toString()));
        Fn.def(m, "getenv", (t, s, a, k) -> {
            if (a.length < 1 || a.length > 2) throw Errors.typeError("getenv() takes 1 or 2 arguments");
            PyObject v = env.getItem(a[0]);
            return v != null ? v : a.length > 1 ? a[1] : PyNone.NONE;
        });
        Fn.def(m, "urandom", (t, s, a, k) -> {
            ArgParser.exactlyOne("urandom", a, k);
            long n = Ops.index(t, a[0]).asLong();
            if (n < 0) throw Errors.valueError("negative argument not allowed");
            if (n > Integer.MAX_VALUE - 8) throw org.gilkit.runtime.Errors.noMemory();
            byte[] b = new byte[(int) n];
            RANDOM.nextBytes(b);
            return new PyBytes(b);
        });
        Fn.def(m, "listdir", (t, s, a, k) -> listdir(t, a.length == 0 ? "." : OsFiles.pathArg(t, "listdir", a[0])));
        Fn.def(m, "times", (t, s, a, k) -> {
            double cpu = TimeModule.processNanos() / 1e9;
            return PyTuple.of(new org.gilkit.runtime.PyFloat(cpu), new org.gilkit.runtime.PyFloat(0),
                    new org.gilkit.runtime.PyFloat(0), new org.gilkit.runtime.PyFloat(0),
                    new org.gilkit.runtime.PyFloat(System.nanoTime() / 1e9));
        });
        Fn.def(m, "_exists", (t, s, a, k) -> org.gilkit.runtime.PyBool.of(new java.io.File(pathArg(t, a)).exists()));
        Fn.def(m, "_isfile", (t, s, a, k) -> org.gilkit.runtime.PyBool.of(new java.io.File(pathArg(t, a)).isFile()));
        Fn.def(m, "_isdir", (t, s, a, k) -> org.gilkit.runtime.PyBool.of(new java.io.File(pathArg(t, a)).isDirectory()));
        Fn.def(m, "_getsize", (t, s, a, k) -> {
            java.io.File f = new java.io.File(pathArg(t, a));
            if (!f.exists()) throw Errors.osError(2, "No such file or directory", pathArg(t, a));
            return PyInt.of(f.length());
        });
        OsFiles.install(m);
        PyObject path = ts.interp().moduleLoader().importModule(ts, "posixpath", null, null, 0);
        m.put("path", path);
        ts.interp().sysModules().put(new PyStr("os.path"), path);
        PyObject helpers = ts.interp().moduleLoader().importModule(ts, "_oshelpers", null, null, 0);
        for (PyObject name : ((org.gilkit.runtime.PyList) Ops.getattr(ts, helpers, "__all__")).toArray()) {
            m.put(name.toString(), Ops.getattr(ts, helpers, name.toString()));
        }
        return m;
    }

    /** getpid, getppid, kill, _exit: as a fork child sees them (org.gilkit.modules.mp.OsProcess). */
    private static void defProcess(PyModule m) {
        Fn.def(m, "getpid", (t, s, a, k) -> {
            ArgParser.noArgs("getpid", a, k);
            return PyInt.of(OsProcess.getpid(t.interp()));
        });
        Fn.def(m, "getppid", (t, s, a, k) -> {
            ArgParser.noArgs("getppid", a, k);
            return PyInt.of(OsProcess.getppid(t.interp()));
        });
        Fn.def(m, "kill", (t, s, a, k) -> {
            ArgParser.positional("kill", "kill", a, k, 2, 2);
            OsProcess.kill(Ops.index(t, a[0]).asLong(), Ops.index(t, a[1]).asInt());
            return PyNone.NONE;
        });
        Fn.def(m, "_exit", (t, s, a, k) -> {
            ArgParser.positional("_exit", "_exit", a, k, 1, 1);
            OsProcess.exit(t, Ops.index(t, a[0]).asInt());
            throw new ThreadExit(); // a fork child's other thread: end it without more Python code
        });
    }

    private static String pathArg(ThreadState ts, PyObject[] a) {
        if (a.length != 1) throw Errors.typeError("expected one path argument");
        return OsFiles.pathArg(ts, "stat", a[0]);
    }

    /** The names in {@code dir}, read with the GIL released; FileNotFoundError / NotADirectoryError as CPython. */
    private static PyObject listdir(ThreadState ts, String dir) {
        java.io.File d = new java.io.File(dir);
        java.io.File[] files = ts.blocking("listdir", d::listFiles);
        if (files == null && d.exists()) throw Errors.osError(d.isDirectory() ? 13 : 20,
                d.isDirectory() ? "Permission denied" : "Not a directory", dir);
        if (files == null) throw Errors.osError(2, "No such file or directory", dir);
        org.gilkit.runtime.PyList out = new org.gilkit.runtime.PyList();
        for (java.io.File f : files) out.append(new PyStr(f.getName()));
        return out;
    }
}
