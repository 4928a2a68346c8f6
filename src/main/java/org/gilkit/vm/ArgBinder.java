package org.gilkit.vm;

import java.util.ArrayList;
import java.util.List;
import org.gilkit.compiler.Code;
import org.gilkit.runtime.Errors;
import org.gilkit.runtime.PyDict;
import org.gilkit.runtime.PyException;
import org.gilkit.runtime.PyObject;
import org.gilkit.runtime.PyStr;
import org.gilkit.runtime.PyTuple;

/**
 * Binds a call's arguments to a Python function's parameters (CPython's
 * {@code initialize_locals}): positionals, *args, keywords, **kwargs, positional and keyword-only
 * defaults, with CPython 3.11's TypeError texts ("f() takes 2 positional arguments but 3 were
 * given", "missing 1 required positional argument: 'x'", ...). Called by {@link PyFunction} with
 * the arguments still in the caller's array, so the common call needs no intermediate copy.
 */
final class ArgBinder {
    private ArgBinder() {}

    /**
     * Fills {@code slots[0 .. code.totalArgs())} from {@code args[off .. off+n)}; the last
     * {@code kwnames.length} of those are keyword values.
     */
    static void bind(PyFunction fn, PyObject[] slots, PyObject[] args, int off, int n, String[] kwnames) {
        Code co = fn.code;
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = n - nkw;
        int argcount = co.argcount;
        boolean varargs = co.hasFlag(Code.VARARGS);
        int varargsSlot = argcount + co.kwonlyargcount;
        PyDict kwdict = null;
        if (co.hasFlag(Code.VARKEYWORDS)) {
            kwdict = new PyDict();
            slots[varargsSlot + (varargs ? 1 : 0)] = kwdict;
        }
        int copied = Math.min(npos, argcount);
        System.arraycopy(args, off, slots, 0, copied);
        if (varargs) {
            slots[varargsSlot] = npos > argcount ? PyTuple.of(java.util.Arrays.copyOfRange(args, off + argcount, off + npos))
                    : PyTuple.EMPTY;
        }
        for (int i = 0; i < nkw; i++) keyword(fn, slots, kwnames[i], args[off + npos + i], kwdict);
        if (npos > argcount && !varargs) throw tooManyPositional(fn, npos, slots);
        if (npos < argcount) positionalDefaults(fn, slots, npos);
        if (co.kwonlyargcount > 0) keywordDefaults(fn, slots);
    }

    private static void keyword(PyFunction fn, PyObject[] slots, String name, PyObject value, PyDict kwdict) {
        Code co = fn.code;
        int end = co.argcount + co.kwonlyargcount;
        String[] vn = co.varnames;
        for (int j = co.posonlyargcount; j < end; j++) {
            if (vn[j].equals(name)) {
                if (slots[j] != null) {
                    throw Errors.typeError(fn.qualname + "() got multiple values for argument '" + name + "'");
                }
                slots[j] = value;
                return;
            }
        }
        if (kwdict != null) {
            kwdict.put(new PyStr(name), value);
            return;
        }
        for (int j = 0; j < co.posonlyargcount; j++) {
            if (vn[j].equals(name)) {
                throw Errors.typeError(fn.qualname + "() got some positional-only arguments passed as keyword arguments: '"
                        + name + "'");
            }
        }
        throw Errors.typeError(fn.qualname + "() got an unexpected keyword argument '" + name + "'");
    }

    private static void positionalDefaults(PyFunction fn, PyObject[] slots, int npos) {
        Code co = fn.code;
        PyObject[] defs = fn.defaults;
        int ndef = defs == null ? 0 : defs.length;
        int firstDefault = co.argcount - ndef;
        List<String> missing = null;
        for (int i = npos; i < co.argcount; i++) {
            if (slots[i] != null) continue;
            if (i >= firstDefault) {
                slots[i] = defs[i - firstDefault];
            } else {
                if (missing == null) missing = new ArrayList<>();
                missing.add(co.varnames[i]);
            }
        }
        if (missing != null) throw missing(fn, missing, "positional");
    }

    private static void keywordDefaults(PyFunction fn, PyObject[] slots) {
        Code co = fn.code;
        List<String> missing = null;
        for (int i = co.argcount; i < co.argcount + co.kwonlyargcount; i++) {
            if (slots[i] != null) continue;
            PyObject d = fn.kwdefaults == null ? null : fn.kwdefaults.getItem(new PyStr(co.varnames[i]));
            if (d != null) {
                slots[i] = d;
            } else {
                if (missing == null) missing = new ArrayList<>();
                missing.add(co.varnames[i]);
            }
        }
        if (missing != null) throw missing(fn, missing, "keyword-only");
    }

    /** "f() missing 2 required positional arguments: 'a' and 'b'". */
    private static PyException missing(PyFunction fn, List<String> names, String kind) {
        int n = names.size();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) sb.append(n == 2 ? " and " : i == n - 1 ? ", and " : ", ");
            sb.append('\'').append(names.get(i)).append('\'');
        }
        return Errors.typeError(fn.qualname + "() missing " + n + " required " + kind + " argument"
                + (n == 1 ? "" : "s") + ": " + sb);
    }

    /** "f() takes from 1 to 2 positional arguments but 3 were given". */
    private static PyException tooManyPositional(PyFunction fn, int given, PyObject[] slots) {
        Code co = fn.code;
        int ndef = fn.defaults == null ? 0 : fn.defaults.length;
        int atLeast = co.argcount - ndef;
        String takes = ndef > 0 ? "from " + atLeast + " to " + co.argcount : String.valueOf(co.argcount);
        boolean plural = ndef > 0 || co.argcount != 1;
        int kwonlyGiven = 0;
        for (int i = co.argcount; i < co.argcount + co.kwonlyargcount; i++) {
            if (slots[i] != null) kwonlyGiven++;
        }
        String givenText;
        if (kwonlyGiven > 0) {
            givenText = given + " positional argument" + (given == 1 ? "" : "s") + " (and " + kwonlyGiven
                    + " keyword-only argument" + (kwonlyGiven == 1 ? "" : "s") + ") were";
        } else {
            givenText = given + (given == 1 ? " was" : " were");
        }
        return Errors.typeError(fn.qualname + "() takes " + takes + " positional argument" + (plural ? "s" : "")
                + " but " + givenText + " given");
    }
}
