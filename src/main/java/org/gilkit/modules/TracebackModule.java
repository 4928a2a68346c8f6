package org.gilkit.modules;

import org.gilkit.runtime.ArgParser;
import org.gilkit.runtime.Errors;
import org.gilkit.runtime.Ops;
import org.gilkit.runtime.PyBaseException;
import org.gilkit.runtime.PyInt;
import org.gilkit.runtime.PyList;
import org.gilkit.runtime.PyModule;
import org.gilkit.runtime.PyNone;
import org.gilkit.runtime.PyObject;
import org.gilkit.runtime.PyStr;
import org.gilkit.runtime.PyTuple;
import org.gilkit.runtime.ThreadState;
import org.gilkit.vm.PyTraceback;
import org.gilkit.vm.TracebackPrinter;

/**
 * {@code _traceback}: what {@code lib/traceback.py} needs from the VM. {@code extract(tb)} lists
 * a traceback's entries as (filename, lineno, name, line) tuples, outermost first;
 * {@code format(exc)} is the text the VM prints for an uncaught exception (chained causes
 * included); {@code exception_line(exc)} its last line; {@code source_line(file, n)} a stripped
 * source line or None.
 */
final class TracebackModule implements ModuleDef {
    @Override
    public String name() {
        return "_traceback";
    }

    @Override
    public PyModule create(ThreadState ts) {
        PyModule m = Fn.module("_traceback", "Traceback support for the traceback module.");
        Fn.def(m, "extract", (t, s, a, k) -> {
            ArgParser.exactlyOne("extract", a, k);
            return extract(t, a[0]);
        });
        Fn.def(m, "format", (t, s, a, k) -> {
            ArgParser.exactlyOne("format", a, k);
            return new PyStr(TracebackPrinter.format(t, exception(a[0])));
        });
        Fn.def(m, "exception_line", (t, s, a, k) -> {
            ArgParser.exactlyOne("exception_line", a, k);
            return new PyStr(TracebackPrinter.exceptionLine(t, exception(a[0])));
        });
        Fn.def(m, "source_line", (t, s, a, k) -> {
            ArgParser.positional("source_line", "source_line", a, k, 2, 2);
            String line = TracebackPrinter.sourceLine(t, Ops.str(t, a[0]), (int) Ops.index(t, a[1]).asLong());
            return line == null ? PyNone.NONE : new PyStr(line);
        });
        return m;
    }

    private static PyBaseException exception(PyObject o) {
        if (o instanceof PyBaseException e) return e;
        throw Errors.typeError("an exception is required, not " + o.type().name());
    }

    private static PyObject extract(ThreadState ts, PyObject o) {
        PyList out = new PyList();
        if (o == PyNone.NONE) return out;
        if (!(o instanceof PyTraceback)) throw Errors.typeError("a traceback is required, not " + o.type().name());
        for (PyTraceback tb = (PyTraceback) o; tb != null; tb = tb.next()) {
            String line = TracebackPrinter.sourceLine(ts, tb.filename(), tb.line());
            out.append(PyTuple.of(new PyStr(tb.filename()), PyInt.of(tb.line()), new PyStr(tb.name()),
                    line == null ? PyNone.NONE : new PyStr(line)));
        }
        return out;
    }
}
