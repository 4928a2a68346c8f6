package org.gilkit.runtime;

import java.util.Map;

/**
 * The methods and attributes of the built-in exception types: BaseException's {@code args},
 * {@code __str__}, {@code __repr__}, {@code with_traceback}, {@code __cause__}/{@code __context__},
 * and the members and messages of KeyError, StopIteration, SystemExit, OSError (errno mapping to
 * subclasses), ImportError, NameError, AttributeError, SyntaxError and the Unicode errors.
 */
final class ExceptionMethods {
    private ExceptionMethods() {}

    private static final Map<Integer, PyType> ERRNO_TYPES = Map.ofEntries(
            Map.entry(11, PyExc.BlockingIOError), Map.entry(114, PyExc.BlockingIOError), Map.entry(115, PyExc.BlockingIOError),
            Map.entry(10, PyExc.ChildProcessError), Map.entry(32, PyExc.BrokenPipeError), Map.entry(108, PyExc.BrokenPipeError),
            Map.entry(103, PyExc.ConnectionAbortedError), Map.entry(111, PyExc.ConnectionRefusedError),
            Map.entry(104, PyExc.ConnectionResetError), Map.entry(17, PyExc.FileExistsError), Map.entry(2, PyExc.FileNotFoundError),
            Map.entry(21, PyExc.IsADirectoryError), Map.entry(20, PyExc.NotADirectoryError), Map.entry(4, PyExc.InterruptedError),
            Map.entry(13, PyExc.PermissionError), Map.entry(1, PyExc.PermissionError), Map.entry(3, PyExc.ProcessLookupError),
            Map.entry(110, PyExc.TimeoutError));

    static void install() {
        PyType b = PyExc.BaseException;
        b.defineNew((ts, cls, args, kw) -> {
            PyObject[] pos = ArgParser.hasKw(kw) ? java.util.Arrays.copyOf(args, ArgParser.npos(args, kw)) : args;
            if (cls == PyExc.OSError && pos.length >= 2 && pos[0] instanceof PyInt && !((PyInt) pos[0]).isBig()) {
                cls = osErrorSubtype((int) ((PyInt) pos[0]).longValue());
            }
            return PyBaseException.allocate(cls, pos);
        });
        b.define("__init__", PyMethodDescr.withKeywords(b, "__init__", ExceptionMethods::init));
        b.define("__str__", PyMethodDescr.noArgs(b, "__str__", (ts, s) -> new PyStr(str(ts, e(s)))));
        b.define("__repr__", PyMethodDescr.noArgs(b, "__repr__", (ts, s) -> new PyStr(repr(ts, e(s)))));
        b.define("with_traceback", PyMethodDescr.oneArg(b, "with_traceback", (ts, s, tb) -> {
            e(s).traceback = tb;
            return s;
        }));
        b.define("add_note", PyMethodDescr.oneArg(b, "add_note", (ts, s, note) -> {
            if (!(note instanceof PyStr)) throw Errors.typeError("note must be a str, not '" + note.type().name() + "'");
            PyObject notes = Ops.getattrOrNull(ts, s, "__notes__");
            if (notes == null) {
                notes = new PyList();
                Ops.setattr(ts, s, "__notes__", notes);
            }
            ((PyList) notes).append(note);
            return PyNone.NONE;
        }));
        getsets(b);
        b.define("__dict__", new PyGetSet(b, "__dict__", (ts, s) -> s.dict(), null));
        PyExc.KeyError.define("__str__", PyMethodDescr.noArgs(PyExc.KeyError, "__str__", (ts, s) -> {
            PyTuple a = e(s).args();
            return new PyStr(a.size() == 1 ? Ops.repr(ts, a.get(0)) : str(ts, e(s)));
        }));
        members(PyExc.StopIteration, "value");
        members(PyExc.SystemExit, "code");
        members(PyExc.OSError, "errno", "strerror", "filename", "filename2");
        PyExc.OSError.define("__str__", PyMethodDescr.noArgs(PyExc.OSError, "__str__", (ts, s) -> new PyStr(osErrorStr(ts, e(s)))));
        members(PyExc.ImportError, "msg", "name", "path");
        PyExc.ImportError.define("__str__", PyMethodDescr.noArgs(PyExc.ImportError, "__str__", (ts, s) -> {
            PyObject msg = e(s).member("msg");
            return msg instanceof PyStr ? msg : new PyStr(str(ts, e(s)));
        }));
        members(PyExc.NameError, "name");
        members(PyExc.AttributeError, "name", "obj");
        members(PyExc.SyntaxError, "msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset", "print_file_and_line");
        PyExc.SyntaxError.define("__str__", PyMethodDescr.noArgs(PyExc.SyntaxError, "__str__", (ts, s) -> new PyStr(syntaxErrorStr(ts, e(s)))));
        members(PyExc.UnicodeError, "encoding", "object", "start", "end", "reason");
        PyExc.UnicodeDecodeError.define("__str__", PyMethodDescr.noArgs(PyExc.UnicodeDecodeError, "__str__",
                (ts, s) -> new PyStr(unicodeErrorStr(ts, e(s), true))));
        PyExc.UnicodeEncodeError.define("__str__", PyMethodDescr.noArgs(PyExc.UnicodeEncodeError, "__str__",
                (ts, s) -> new PyStr(unicodeErrorStr(ts, e(s), false))));
    }

    static PyBaseException e(PyObject o) {
        return (PyBaseException) o;
    }

    static PyType osErrorSubtype(int errno) {
        return ERRNO_TYPES.getOrDefault(errno, PyExc.OSError);
    }

    private static PyObject init(ThreadState ts, PyObject self, PyObject[] args, String[] kw) {
        PyBaseException ex = e(self);
        int npos = ArgParser.npos(args, kw);
        if (ArgParser.hasKw(kw)) {
            if (ex.isInstance(PyExc.ImportError) || ex.isInstance(PyExc.NameError) || ex.isInstance(PyExc.AttributeError)) {
                keywordMembers(ex, args, kw, npos);
            } else {
                throw Errors.typeError(ex.type().name() + "() takes no keyword arguments");
            }
        }
        PyObject[] pos = java.util.Arrays.copyOf(args, npos);
        ex.setArgs(PyTuple.of(pos));
        initMembers(ex, pos);
        return PyNone.NONE;
    }

    private static void keywordMembers(PyBaseException ex, PyObject[] args, String[] kw, int npos) {
        for (int i = 0; i < kw.length; i++) {
            String k = kw[i];
            boolean ok = ex.isInstance(PyExc.ImportError) ? k.equals("name") || k.equals("path")
                    : ex.isInstance(PyExc.AttributeError) ? k.equals("name") || k.equals("obj") : k.equals("name");
            if (!ok) throw Errors.typeError("'" + k + "' is an invalid keyword argument for " + ex.type().name() + "()");
            ex.setMember(k, args[npos + i]);
        }
    }

    /** Sets the type-specific members from the constructor arguments (as each type's __init__ does). */
    static void initMembers(PyBaseException ex, PyObject[] args) {
        PyType t = ex.type();
        PyObject first = args.length > 0 ? args[0] : PyNone.NONE;
        if (t.isSubtypeOf(PyExc.StopIteration)) {
            ex.setMember("value", first);
        } else if (t.isSubtypeOf(PyExc.SystemExit)) {
            ex.setMember("code", args.length == 0 ? PyNone.NONE : args.length == 1 ? first : PyTuple.of(args));
        } else if (t.isSubtypeOf(PyExc.OSError)) {
            initOSError(ex, args);
        } else if (t.isSubtypeOf(PyExc.ImportError)) {
            ex.setMember("msg", args.length == 1 ? first : PyNone.NONE);
        } else if (t.isSubtypeOf(PyExc.SyntaxError)) {
            initSyntaxError(ex, args);
        } else if (t.isSubtypeOf(PyExc.UnicodeError) && args.length == 5) {
            String[] names = t.isSubtypeOf(PyExc.UnicodeDecodeError) || t.isSubtypeOf(PyExc.UnicodeEncodeError)
                    ? new String[] {"encoding", "object", "start", "end", "reason"} : new String[0];
            for (int i = 0; i < names.length; i++) ex.setMember(names[i], args[i]);
        }
    }

    private static void initOSError(PyBaseException ex, PyObject[] args) {
        if (args.length >= 2 && args.length <= 5) {
            ex.setMember("errno", args[0]);
            ex.setMember("strerror", args[1]);
            if (args.length >= 3) {
                ex.setMember("filename", args[2]);
                if (args.length == 5) ex.setMember("filename2", args[4]);
                ex.setArgs(PyTuple.of(args[0], args[1]));
            }
        }
    }

    private static void initSyntaxError(PyBaseException ex, PyObject[] args) {
        if (args.length >= 1) ex.setMember("msg", args[0]);
        if (args.length == 2 && args[1] instanceof PyTuple) {
            PyTuple info = (PyTuple) args[1];
            String[] names = {"filename", "lineno", "offset", "text", "end_lineno", "end_offset"};
            for (int i = 0; i < names.length && i < info.size(); i++) ex.setMember(names[i], info.get(i));
        }
    }

    private static void members(PyType t, String... names) {
        for (String n : names) {
            t.define(n, new PyGetSet(t, n, (ts, s) -> {
                PyObject v = e(s).member(n);
                return v == null ? PyNone.NONE : v;
            }, (ts, s, v) -> e(s).setMember(n, v == null ? PyNone.NONE : v)));
        }
    }

    private static void getsets(PyType b) {
        b.define("args", new PyGetSet(b, "args", (ts, s) -> e(s).args(), (ts, s, v) -> {
            if (v == null) throw Errors.typeError("args may not be deleted");
            e(s).setArgs(PyTuple.of(Sequences.toArray(ts, v)));
        }));
        b.define("__traceback__", new PyGetSet(b, "__traceback__", (ts, s) -> e(s).traceback,
                (ts, s, v) -> e(s).traceback = v == null ? PyNone.NONE : v));
        b.define("__cause__", new PyGetSet(b, "__cause__", (ts, s) -> e(s).causeObject(), (ts, s, v) -> {
            if (v != null && v != PyNone.NONE && !(v instanceof PyBaseException)) {
                throw Errors.typeError("exception cause must be None or derive from BaseException");
            }
            e(s).cause = v instanceof PyBaseException ? (PyBaseException) v : null;
            e(s).suppressContext = true;
        }));
        b.define("__context__", new PyGetSet(b, "__context__", (ts, s) -> e(s).contextObject(), (ts, s, v) -> {
            if (v != null && v != PyNone.NONE && !(v instanceof PyBaseException)) {
                throw Errors.typeError("exception context must be None or derive from BaseException");
            }
            e(s).context = v instanceof PyBaseException ? (PyBaseException) v : null;
        }));
        b.define("__suppress_context__", new PyGetSet(b, "__suppress_context__", (ts, s) -> PyBool.of(e(s).suppressContext),
                (ts, s, v) -> e(s).suppressContext = v != null && Ops.isTrue(ts, v)));
    }

    /** BaseException.__str__: "" / str(arg) / str(args). */
    static String str(ThreadState ts, PyBaseException ex) {
        PyTuple a = ex.args();
        if (a.size() == 0) return "";
        if (a.size() == 1) return Ops.str(ts, a.get(0));
        return Ops.str(ts, a);
    }

    /** BaseException.__repr__: "ValueError('x')", "KeyError(1, 2)", "StopIteration()". */
    static String repr(ThreadState ts, PyBaseException ex) {
        PyTuple a = ex.args();
        String name = ex.type().name();
        if (a.size() == 1) return name + "(" + Ops.repr(ts, a.get(0)) + ")";
        return name + Ops.repr(ts, a);
    }

    private static String osErrorStr(ThreadState ts, PyBaseException ex) {
        PyObject errno = ex.member("errno");
        PyObject strerror = ex.member("strerror");
        PyObject filename = ex.member("filename");
        PyObject filename2 = ex.member("filename2");
        if (filename != null && filename != PyNone.NONE) {
            String head = "[Errno " + Ops.str(ts, errno) + "] " + Ops.str(ts, strerror) + ": " + Ops.repr(ts, filename);
            if (filename2 != null && filename2 != PyNone.NONE) return head + " -> " + Ops.repr(ts, filename2);
            return head;
        }
        if (errno != null && strerror != null && errno != PyNone.NONE) {
            return "[Errno " + Ops.str(ts, errno) + "] " + Ops.str(ts, strerror);
        }
        return str(ts, ex);
    }

    private static String syntaxErrorStr(ThreadState ts, PyBaseException ex) {
        PyObject msg = ex.member("msg");
        String m = msg == null ? str(ts, ex) : Ops.str(ts, msg);
        PyObject filename = ex.member("filename");
        PyObject lineno = ex.member("lineno");
        boolean hasFile = filename instanceof PyStr;
        boolean hasLine = lineno instanceof PyInt;
        String base = hasFile ? ((PyStr) filename).value.substring(((PyStr) filename).value.lastIndexOf('/') + 1) : null;
        if (hasFile && hasLine) return m + " (" + base + ", line " + Ops.str(ts, lineno) + ")";
        if (hasFile) return m + " (" + base + ")";
        if (hasLine) return m + " (line " + Ops.str(ts, lineno) + ")";
        return m;
    }

    private static String unicodeErrorStr(ThreadState ts, PyBaseException ex, boolean decode) {
        PyObject enc = ex.member("encoding");
        PyObject obj = ex.member("object");
        PyObject start = ex.member("start");
        PyObject end = ex.member("end");
        PyObject reason = ex.member("reason");
        if (enc == null || obj == null || !(start instanceof PyInt) || !(end instanceof PyInt)) return str(ts, ex);
        long s = ((PyInt) start).longValue();
        long e = ((PyInt) end).longValue();
        String codec = Ops.repr(ts, enc);
        String why = Ops.str(ts, reason);
        if (decode) {
            if (e == s + 1 && obj instanceof PyBytesLike && s < ((PyBytesLike) obj).bytes().length) {
                int b = ((PyBytesLike) obj).bytes()[(int) s] & 0xff;
                return codec + " codec can't decode byte 0x" + String.format("%02x", b) + " in position " + s + ": " + why;
            }
            return codec + " codec can't decode bytes in position " + s + "-" + (e - 1) + ": " + why;
        }
        if (e == s + 1 && obj instanceof PyStr && s < ((PyStr) obj).length()) {
            int c = ((PyStr) obj).codePointAt((int) s);
            String esc = c <= 0xff ? String.format("\\x%02x", c) : c <= 0xffff ? String.format("\\u%04x", c) : String.format("\\U%08x", c);
            return codec + " codec can't encode character '" + esc + "' in position " + s + ": " + why;
        }
        return codec + " codec can't encode characters in position " + s + "-" + (e - 1) + ": " + why;
    }
}
