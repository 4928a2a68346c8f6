package org.gilkit.vm;

import org.gilkit.parser.SyntaxErrorException;
import org.gilkit.runtime.PyBaseException;
import org.gilkit.runtime.PyExc;
import org.gilkit.runtime.PyInt;
import org.gilkit.runtime.PyNone;
import org.gilkit.runtime.PyObject;
import org.gilkit.runtime.PyStr;
import org.gilkit.runtime.PyTuple;
import org.gilkit.runtime.PyType;

/**
 * Bridges the parser's and compiler's {@link SyntaxErrorException} and Python's SyntaxError
 * objects: an imported module with a syntax error raises a SyntaxError carrying CPython's members
 * ({@code msg, filename, lineno, offset, text, end_lineno, end_offset}), and the traceback
 * printer renders its location block exactly as the parser does for the main script.
 */
final class SyntaxErrors {
    private SyntaxErrors() {}

    /** The Python exception for a compile-time error in a file (whose lines end with a newline). */
    static PyBaseException toPython(SyntaxErrorException e) {
        return toPython(e, true);
    }

    /**
     * The Python exception for a compile-time error in {@code source} given to compile(),
     * exec() or eval(): in 'exec' mode the text ends with a newline as for a file (CPython's
     * tokenizer adds one), in 'eval' and 'single' mode only if the source line has one.
     */
    static PyBaseException toPython(SyntaxErrorException e, String source, boolean execMode) {
        long newlines = source.chars().filter(c -> c == '\n').count();
        return toPython(e, execMode || e.line() <= newlines);
    }

    private static PyBaseException toPython(SyntaxErrorException e, boolean newline) {
        PyType type = switch (e.kind()) {
            case "IndentationError" -> PyExc.IndentationError;
            case "TabError" -> PyExc.TabError;
            case "RecursionError" -> PyExc.RecursionError;
            default -> PyExc.SyntaxError;
        };
        if (type == PyExc.RecursionError) {
            return PyBaseException.create(type, new PyObject[] {new PyStr(e.msg())});
        }
        // CPython's SyntaxError.text keeps the line's newline; the parser's text has none. The
        // tokenizer's "unterminated (triple-quoted) string literal" shows the line without it.
        newline &= !e.msg().startsWith("unterminated ");
        PyObject text = e.text() == null ? PyNone.NONE : new PyStr(e.text() + (newline ? "\n" : ""));
        PyObject details = PyTuple.of(new PyStr(e.filename()), PyInt.of(e.line()), PyInt.of(e.offset()), text,
                PyInt.of(e.endLine()), PyInt.of(e.endOffset()));
        PyBaseException x = PyBaseException.create(type, new PyObject[] {new PyStr(e.msg()), details});
        x.setMember("msg", new PyStr(e.msg()));
        x.setMember("filename", new PyStr(e.filename()));
        x.setMember("lineno", PyInt.of(e.line()));
        x.setMember("offset", PyInt.of(e.offset()));
        x.setMember("text", text);
        x.setMember("end_lineno", PyInt.of(e.endLine()));
        x.setMember("end_offset", PyInt.of(e.endOffset()));
        return x;
    }

    /** The location block and message line of a SyntaxError, or null for other exceptions. */
    static String format(PyBaseException exc) {
        if (!exc.isInstance(PyExc.SyntaxError)) return null;
        if (!(exc.member("msg") instanceof PyStr msg) || !(exc.member("filename") instanceof PyStr file)) return null;
        String text = exc.member("text") instanceof PyStr t ? t.value() : null;
        if (text != null && text.endsWith("\n")) text = text.substring(0, text.length() - 1);
        SyntaxErrorException e = new SyntaxErrorException(exc.type().name(), msg.value(), file.value(),
                intMember(exc, "lineno"), intMember(exc, "offset"), intMember(exc, "end_lineno"),
                intMember(exc, "end_offset"), text);
        return e.format();
    }

    private static int intMember(PyBaseException exc, String name) {
        return exc.member(name) instanceof PyInt i ? (int) i.longValue() : 0;
    }
}
