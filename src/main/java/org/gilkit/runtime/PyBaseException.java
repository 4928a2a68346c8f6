package org.gilkit.runtime;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A Python exception object (an instance of BaseException or a subclass, built-in or user):
 * its type, {@code args}, {@code __traceback__}, {@code __cause__}, {@code __context__},
 * {@code __suppress_context__}, an instance dict, and the members of specific built-in types
 * (StopIteration.value, SystemExit.code, OSError.errno/strerror/filename, ...). Raised by
 * wrapping it in a {@link PyException}.
 *
 * <p>Wired in: the VM sets {@link #traceback} while unwinding and {@link #context} when raising
 * inside a handler; {@link ExceptionMethods} defines the Python-visible methods.
 */
public class PyBaseException extends PyObject {
    private final PyType type;
    private PyTuple args;
    private PyDict dict;
    private Map<String, PyObject> members;
    /** The traceback object (the VM's), or None. */
    public PyObject traceback = PyNone.NONE;
    /** {@code __cause__}: the exception after {@code from}, or null (None). */
    public PyBaseException cause;
    /** {@code __context__}: the exception being handled when this one was raised, or null. */
    public PyBaseException context;
    /** {@code __suppress_context__}: set by {@code raise ... from}. */
    public boolean suppressContext;

    protected PyBaseException(PyType type, PyTuple args) {
        this.type = type;
        this.args = args;
    }

    /** A new exception of {@code type} (a BaseException subtype) with {@code args}, members set as __init__ would. */
    public static PyBaseException create(PyType type, PyObject[] args) {
        PyBaseException e = new PyBaseException(type, PyTuple.of(args));
        ExceptionMethods.initMembers(e, args);
        return e;
    }

    /** Allocates without running the type-specific initialisation (BaseException.__new__). */
    static PyBaseException allocate(PyType type, PyObject[] args) {
        return new PyBaseException(type, PyTuple.of(args));
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public PyDict dict() {
        if (dict == null) dict = new PyDict();
        return dict;
    }

    public PyTuple args() {
        return args;
    }

    public void setArgs(PyTuple args) {
        this.args = args;
    }

    /** A type-specific member (e.g. "value", "errno"), or null if unset. */
    public PyObject member(String name) {
        return members == null ? null : members.get(name);
    }

    public void setMember(String name, PyObject value) {
        if (members == null) members = new LinkedHashMap<>();
        members.put(name, value);
    }

    /** Whether this exception is an instance of {@code t}. */
    public boolean isInstance(PyType t) {
        return type.isSubtypeOf(t);
    }

    /** Wraps this exception for throwing. */
    public PyException toThrowable() {
        return new PyException(this);
    }

    /** {@code __cause__} or None, as Python sees it. */
    public PyObject causeObject() {
        return cause == null ? PyNone.NONE : cause;
    }

    public PyObject contextObject() {
        return context == null ? PyNone.NONE : context;
    }
}
