package org.gilkit.vm;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gilkit.ast.Module;
import org.gilkit.compiler.Code;
import org.gilkit.compiler.Compiler;
import org.gilkit.parser.Parser;
import org.gilkit.parser.SyntaxErrorException;
import org.gilkit.runtime.Errors;
import org.gilkit.runtime.InterpreterState;
import org.gilkit.runtime.ModuleLoader;
import org.gilkit.runtime.Ops;
import org.gilkit.runtime.PyDict;
import org.gilkit.runtime.PyException;
import org.gilkit.runtime.PyExc;
import org.gilkit.runtime.PyList;
import org.gilkit.runtime.PyModule;
import org.gilkit.runtime.PyNone;
import org.gilkit.runtime.PyObject;
import org.gilkit.runtime.PyStr;
import org.gilkit.runtime.ThreadState;

/**
 * The import system (CPython's {@code importlib._bootstrap}, much reduced), installed as the
 * interpreter's {@link ModuleLoader}; IMPORT_NAME and the {@code __import__} builtin come here.
 * A name resolves, in order, to: an entry of {@code sys.modules}; a built-in module registered on
 * the {@link InterpreterState} (Java modules); a Python module shipped in the jar under
 * {@code /org/gilkit/lib/<name>.py}; a {@code <name>.py} file or {@code <name>/__init__.py}
 * package in a {@code sys.path} directory (the script's folder first). Dotted names import each
 * parent package first and search its {@code __path__}.
 *
 * <p>The module is in {@code sys.modules} while its body runs (circular imports see the partial
 * module) and is removed again if the body raises. There is no per-module import lock: a module
 * body that blocks (and so releases the GIL) can be observed half-initialised by another thread.
 *
 * <p>One Importer exists per interpreter and also owns the interpreter's {@link SourceLines} and
 * its {@link UnawaitedCoroutines}.
 */
public final class Importer implements ModuleLoader {
    /** Where the jar's Python modules live. */
    static final String LIB = "/org/gilkit/lib/";

    private final InterpreterState interp;
    private final SourceLines sources = new SourceLines();
    private final UnawaitedCoroutines unawaited = new UnawaitedCoroutines();
    private final java.util.Map<String, java.util.function.Function<ThreadState, PyObject>> builtins =
            new java.util.concurrent.ConcurrentHashMap<>();

    Importer(InterpreterState interp) {
        this.interp = interp;
    }

    /** The importer of the interpreter {@code ts} belongs to. */
    static Importer of(ThreadState ts) {
        return of(ts.interp());
    }

    static Importer of(InterpreterState interp) {
        return (Importer) interp.moduleLoader();
    }

    SourceLines sources() {
        return sources;
    }

    UnawaitedCoroutines unawaited() {
        return unawaited;
    }

    /**
     * Registers a built-in (Java) module: {@code factory} creates it on first import, after
     * which it lives in sys.modules like any other module.
     */
    public void registerBuiltin(String name, java.util.function.Function<ThreadState, PyObject> factory) {
        builtins.put(name, factory);
    }

    private PyObject loadBuiltinModule(ThreadState ts, String name) {
        java.util.function.Function<ThreadState, PyObject> f = builtins.get(name);
        if (f == null) return null;
        PyObject m = f.apply(ts);
        sysModules().put(new PyStr(name), m);
        return m;
    }

    /** IMPORT_NAME: the module object to bind (see {@link #importModule}). */
    static PyObject importName(ThreadState ts, String name, PyDict globals, PyObject fromlist, int level) {
        return of(ts).importModule(ts, name, (PyObject) globals, fromlist, level);
    }

    @Override
    public PyObject importModule(ThreadState ts, String name, PyObject globals, PyObject fromlist, int level) {
        String full = level > 0 ? resolveRelative(name, globals, level) : name;
        if (full.isEmpty()) throw Errors.valueError("Empty module name");
        PyObject leaf = load(ts, full);
        boolean hasFrom = fromlist != null && fromlist != PyNone.NONE && Ops.isTrue(ts, fromlist);
        if (hasFrom) {
            handleFromList(ts, leaf, full, fromlist);
            return leaf;
        }
        if (level > 0 && name.isEmpty()) return leaf;
        String top = full.contains(".") ? full.substring(0, full.indexOf('.')) : full;
        if (level > 0) {
            String base = full.substring(0, full.length() - name.length());
            top = base + (name.contains(".") ? name.substring(0, name.indexOf('.')) : name);
        }
        return sysModules().getStr(top);
    }

    private static String resolveRelative(String name, PyObject globals, int level) {
        PyDict g = (PyDict) globals;
        PyObject pkg = g.getStr("__package__");
        String base;
        if (pkg instanceof PyStr p && !p.value().isEmpty()) {
            base = p.value();
        } else {
            PyObject n = g.getStr("__name__");
            if (g.getStr("__path__") != null && n instanceof PyStr s) {
                base = s.value();
            } else if (n instanceof PyStr s && s.value().contains(".")) {
                base = s.value().substring(0, s.value().lastIndexOf('.'));
            } else {
                throw Errors.of(PyExc.ImportError, "attempted relative import with no known parent package");
            }
        }
        String[] parts = base.split("\\.");
        if (level - 1 >= parts.length) throw Errors.of(PyExc.ImportError, "attempted relative import beyond top-level package");
        String prefix = String.join(".", java.util.Arrays.copyOf(parts, parts.length - (level - 1)));
        return name.isEmpty() ? prefix : prefix + "." + name;
    }

    /** Imports {@code full} and every parent package; returns the leaf module. */
    private PyObject load(ThreadState ts, String full) {
        PyObject m = sysModules().getStr(full);
        if (m != null) return m;
        int dot = full.lastIndexOf('.');
        if (dot < 0) return loadTopLevel(ts, full);
        String parentName = full.substring(0, dot);
        PyObject parent = load(ts, parentName);
        m = sysModules().getStr(full);
        if (m != null) return m;
        PyObject path = Ops.getattrOrNull(ts, parent, "__path__");
        if (path == null) {
            throw notFound("No module named '" + full + "'; '" + parentName + "' is not a package", full);
        }
        PyObject child = findInPath(ts, full, full.substring(dot + 1), path);
        if (child == null) throw notFound("No module named '" + full + "'", full);
        Ops.setattr(ts, parent, full.substring(dot + 1), child);
        return child;
    }

    private PyObject loadTopLevel(ThreadState ts, String name) {
        PyObject builtin = loadBuiltinModule(ts, name);
        if (builtin != null) return builtin;
        LibModule lib = libModule(ts, name);
        if (lib != null) {
            sources.register(lib.filename(), lib.source());
            return execCode(ts, name, lib.filename(), lib.code(), null);
        }
        PyObject path = interp.sysDict().getStr("path");
        PyObject m = path == null ? null : findInPath(ts, name, name, path);
        if (m == null) throw notFound("No module named '" + name + "'", name);
        return m;
    }

    /** A module shipped in the jar: its source and compiled code. */
    private record LibModule(String filename, String source, Code code) {}

    /**
     * The jar's modules compiled once per JVM and shared by every interpreter (Code is
     * immutable): a multiprocessing child is a new interpreter that imports threading, queue,
     * collections and multiprocessing again, and compiling them anew cost ~0.2 s per process
     * start. Added for multiprocessing (issue 9).
     */
    private static final java.util.concurrent.ConcurrentHashMap<String, LibModule> LIB_MODULES =
            new java.util.concurrent.ConcurrentHashMap<>();

    private LibModule libModule(ThreadState ts, String name) {
        LibModule m = LIB_MODULES.get(name);
        if (m != null) return m;
        String resource = readResource(name);
        if (resource == null) return null;
        String filename = "<gilkit>/" + name + ".py";
        m = new LibModule(filename, resource, compile(ts, resource, filename));
        LIB_MODULES.putIfAbsent(name, m);
        return m;
    }

    private static String readResource(String name) {
        try (InputStream in = Importer.class.getResourceAsStream(LIB + name + ".py")) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }

    /** Looks for {@code short.py} or {@code short/__init__.py} in each directory of {@code path}. */
    private PyObject findInPath(ThreadState ts, String full, String shortName, PyObject path) {
        PyObject it = Ops.iter(ts, path);
        for (PyObject d = Ops.next(ts, it); d != null; d = Ops.next(ts, it)) {
            if (!(d instanceof PyStr dir)) continue;
            Path base = Path.of(dir.value().isEmpty() ? "." : dir.value());
            Path pkg = base.resolve(shortName).resolve("__init__.py");
            if (Files.isRegularFile(pkg)) return execFile(ts, full, pkg, base.resolve(shortName));
            Path file = base.resolve(shortName + ".py");
            if (Files.isRegularFile(file)) return execFile(ts, full, file, null);
        }
        return null;
    }

    private PyObject execFile(ThreadState ts, String full, Path file, Path packageDir) {
        String filename = file.toAbsolutePath().normalize().toString();
        byte[] data;
        try {
            data = org.gilkit.parser.SourceFiles.read(file);
        } catch (IOException e) {
            throw Errors.of(PyExc.ImportError, "cannot read " + filename + ": " + e.getMessage());
        }
        return execCode(ts, full, filename, compile(ts, data, filename), packageDir);
    }

    /** Compiles and runs a module body in a new module registered in sys.modules. */
    PyObject execSource(ThreadState ts, String name, String filename, String source, Path packageDir) {
        return execCode(ts, name, filename, compile(ts, source, filename), packageDir);
    }

    private PyObject execCode(ThreadState ts, String name, String filename, Code code, Path packageDir) {
        PyModule m = new PyModule(name);
        PyDict g = m.dict();
        g.putStr("__file__", new PyStr(filename));
        g.putStr("__builtins__", interp.builtins());
        g.putStr("__doc__", code.doc == null ? PyNone.NONE : new PyStr(code.doc));
        if (packageDir != null) {
            g.putStr("__path__", PyList.of(new PyStr(packageDir.toAbsolutePath().normalize().toString())));
            g.putStr("__package__", new PyStr(name));
        } else {
            g.putStr("__package__", new PyStr(name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : ""));
        }
        sysModules().put(new PyStr(name), m);
        try {
            runModule(ts, code, g);
        } catch (PyException e) {
            sysModules().remove(new PyStr(name));
            throw e;
        }
        PyObject registered = sysModules().getStr(name);
        return registered != null ? registered : m;
    }

    /** Decodes (UTF-8 or the coding cookie), parses and compiles a file's bytes. */
    Code compile(ThreadState ts, byte[] data, String filename) {
        String text = new String(data, StandardCharsets.UTF_8);
        sources.register(filename, text);
        try {
            Module ast = Parser.parseBytes(data, filename);
            return compiled(ts, ast, filename, text);
        } catch (SyntaxErrorException e) {
            throw new PyException(SyntaxErrors.toPython(e));
        }
    }

    /** Compiles and prints the compiler's SyntaxWarnings on stderr, as CPython does at compile time. */
    private static Code compiled(ThreadState ts, Module ast, String filename, String text) {
        java.util.List<String> warnings = new java.util.ArrayList<>();
        Code code = Compiler.compile(ast, filename, text, warnings);
        for (String w : warnings) Interpreter.writeStderr(ts, w);
        return code;
    }

    /** Parses and compiles, registering the source for tracebacks; SyntaxError as a Python exception. */
    Code compile(ThreadState ts, String source, String filename) {
        sources.register(filename, source);
        try {
            Module ast = Parser.parse(source, filename);
            return compiled(ts, ast, filename, source);
        } catch (SyntaxErrorException e) {
            throw new PyException(SyntaxErrors.toPython(e));
        }
    }

    /** Executes module code with {@code globals} as its namespace. */
    PyObject runModule(ThreadState ts, Code code, PyDict globals) {
        Frame f = new Frame(code, globals, interp.builtins());
        f.locals = globals;
        return Eval.run(ts, f);
    }

    private void handleFromList(ThreadState ts, PyObject module, String full, PyObject fromlist) {
        if (Ops.getattrOrNull(ts, module, "__path__") == null) return;
        PyObject it = Ops.iter(ts, fromlist);
        for (PyObject x = Ops.next(ts, it); x != null; x = Ops.next(ts, it)) {
            String n = ((PyStr) x).value();
            if (n.equals("*") || Ops.getattrOrNull(ts, module, n) != null) continue;
            try {
                load(ts, full + "." + n);
            } catch (PyException e) {
                if (!e.matches(PyExc.ModuleNotFoundError)) throw e;
            }
        }
    }

    static PyObject importFrom(ThreadState ts, PyObject module, String name) {
        PyObject v = Ops.getattrOrNull(ts, module, name);
        if (v != null) return v;
        PyObject modName = Ops.getattrOrNull(ts, module, "__name__");
        if (modName instanceof PyStr mn) {
            PyObject sub = of(ts).sysModules().getStr(mn.value() + "." + name);
            if (sub != null) return sub;
        }
        String mod = modName instanceof PyStr mn ? mn.value() : "<unknown module name>";
        PyObject file = Ops.getattrOrNull(ts, module, "__file__");
        String where = file instanceof PyStr f ? f.value() : "unknown location";
        PyException e = Errors.of(PyExc.ImportError, "cannot import name '" + name + "' from '" + mod + "' (" + where + ")");
        e.value().setMember("name", new PyStr(mod));
        return throwIt(e);
    }

    private static PyObject throwIt(PyException e) {
        throw e;
    }

    static void importStar(ThreadState ts, PyObject module, PyDict target) {
        PyObject all = Ops.getattrOrNull(ts, module, "__all__");
        if (all != null) {
            PyObject it = Ops.iter(ts, all);
            for (PyObject n = Ops.next(ts, it); n != null; n = Ops.next(ts, it)) {
                target.put(ts, n, Ops.getattr(ts, module, ((PyStr) n).value()));
            }
            return;
        }
        PyDict d = module.dict();
        if (d == null) return;
        for (var e : d.entries()) {
            if (e.getKey() instanceof PyStr k && !k.value().startsWith("_")) target.put(ts, k, e.getValue());
        }
    }

    private PyDict sysModules() {
        return interp.sysModules();
    }

    private static PyException notFound(String msg, String name) {
        PyException e = Errors.of(PyExc.ModuleNotFoundError, msg);
        e.value().setMember("name", new PyStr(name));
        return e;
    }
}
