package org.gilkit.runtime;

/**
 * Factories for the Python exceptions the runtime raises: {@code throw Errors.typeError(...)}.
 * One place that builds them, so every error path looks the same (STYLE rule 8). Messages are
 * CPython 3.11's texts; callers pass the finished message.
 */
public final class Errors {
    private Errors() {}

    public static PyException of(PyType type, String message) {
        return new PyException(type, message);
    }

    /** CPython's {@code PyErr_NoMemory()}: a MemoryError without arguments ({@code MemoryError()}). */
    public static PyException noMemory() {
        return new PyException(PyBaseException.create(PyExc.MemoryError, new PyObject[0]));
    }

    public static PyException typeError(String m) {
        return new PyException(PyExc.TypeError, m);
    }

    public static PyException valueError(String m) {
        return new PyException(PyExc.ValueError, m);
    }

    public static PyException indexError(String m) {
        return new PyException(PyExc.IndexError, m);
    }

    /** KeyError(key): its str is the key's repr. */
    public static PyException keyError(PyObject key) {
        return new PyException(PyBaseException.create(PyExc.KeyError, new PyObject[] {key}));
    }

    public static PyException attributeError(String m) {
        return new PyException(PyExc.AttributeError, m);
    }

    /** "'A' object has no attribute 'x'" with name and obj set as CPython 3.10+ does. */
    public static PyException noAttribute(PyObject obj, String name) {
        String msg = obj instanceof PyType
                ? "type object '" + ((PyType) obj).name() + "' has no attribute '" + name + "'"
                : obj instanceof PyModule
                        ? "module '" + ((PyModule) obj).name() + "' has no attribute '" + name + "'" + hint((PyModule) obj, name)
                        : "'" + obj.type().name() + "' object has no attribute '" + name + "'";
        PyException e = attributeError(msg);
        e.value().setMember("name", new PyStr(name));
        e.value().setMember("obj", obj);
        return e;
    }

    private static String hint(PyModule m, String name) {
        String h = m.missingHint(name);
        return h == null ? "" : " (" + h + ")";
    }

    public static PyException nameError(String m) {
        return new PyException(PyExc.NameError, m);
    }

    public static PyException zeroDivision(String m) {
        return new PyException(PyExc.ZeroDivisionError, m);
    }

    public static PyException overflowError(String m) {
        return new PyException(PyExc.OverflowError, m);
    }

    public static PyException runtimeError(String m) {
        return new PyException(PyExc.RuntimeError, m);
    }

    public static PyException recursionError(String m) {
        return new PyException(PyExc.RecursionError, m);
    }

    public static PyException notImplementedError(String m) {
        return new PyException(PyExc.NotImplementedError, m);
    }

    public static PyException stopIteration() {
        return new PyException(PyBaseException.create(PyExc.StopIteration, new PyObject[0]));
    }

    public static PyException stopIteration(PyObject value) {
        return new PyException(PyBaseException.create(PyExc.StopIteration, new PyObject[] {value}));
    }

    public static PyException eofError(String m) {
        return new PyException(PyExc.EOFError, m);
    }

    public static PyException importError(String m) {
        return new PyException(PyExc.ImportError, m);
    }

    public static PyException unicodeError(String m) {
        return new PyException(PyExc.UnicodeError, m);
    }

    public static PyException systemError(String m) {
        return new PyException(PyExc.SystemError, m);
    }

    /** OSError(errno, strerror, filename) with the errno's subclass (FileNotFoundError for 2...). */
    public static PyException osError(int errno, String strerror, String filename) {
        PyObject[] args = filename == null
                ? new PyObject[] {PyInt.of(errno), new PyStr(strerror)}
                : new PyObject[] {PyInt.of(errno), new PyStr(strerror), new PyStr(filename)};
        return new PyException(PyBaseException.create(ExceptionMethods.osErrorSubtype(errno), args));
    }

    /** OSError(errno, strerror, filename, None, filename2): "[Errno 2] No such file or directory: 'a' -> 'b'". */
    public static PyException osError(int errno, String strerror, String filename, String filename2) {
        if (filename2 == null) return osError(errno, strerror, filename);
        PyObject[] args = {PyInt.of(errno), new PyStr(strerror), new PyStr(filename), PyNone.NONE, new PyStr(filename2)};
        return new PyException(PyBaseException.create(ExceptionMethods.osErrorSubtype(errno), args));
    }

    /** "unsupported operand type(s) for +: 'int' and 'str'". */
    public static PyException unsupportedOperands(String op, PyObject a, PyObject b) {
        return typeError("unsupported operand type(s) for " + op + ": '" + a.type().name() + "' and '"
                + b.type().name() + "'");
    }

    /** "bad operand type for unary -: 'str'". */
    public static PyException badUnary(String op, PyObject a) {
        return typeError("bad operand type for unary " + op + ": '" + a.type().name() + "'");
    }

    /** "'int' object is not iterable" and friends: "'X' object " + what. */
    public static PyException notA(PyObject o, String what) {
        return typeError("'" + o.type().name() + "' object " + what);
    }

    /** Builds a typeError with the name of o's type: "... must be str, not int". */
    public static PyException mustBe(String what, String expected, PyObject got) {
        // CPython's _PyArg_BadArgument names None itself, not NoneType
        return typeError(what + " must be " + expected + ", not " + (got == PyNone.NONE ? "None" : got.type().name()));
    }

    /**
     * Converts a Java exception that escaped the object layer into a Python exception: a
     * StackOverflowError becomes RecursionError, races under --gil=off (concurrent modification,
     * index out of bounds, a null slot) become RuntimeError naming the cause. Called by the VM
     * at its instruction boundary; a PyException is returned unchanged.
     */
    public static PyException fromJava(Throwable t) {
        if (t instanceof PyException) return (PyException) t;
        if (t instanceof StackOverflowError) return recursionError("maximum recursion depth exceeded");
        if (t instanceof OutOfMemoryError) return noMemory();
        if (t instanceof java.util.ConcurrentModificationException || t instanceof IndexOutOfBoundsException
                || t instanceof NullPointerException || t instanceof ArrayStoreException
                || t instanceof NegativeArraySizeException || t instanceof IllegalStateException) {
            return runtimeError("concurrent modification of a Python object detected ("
                    + t.getClass().getSimpleName() + "); objects are not thread-safe without the GIL");
        }
        return systemError("internal error: " + t);
    }
}
