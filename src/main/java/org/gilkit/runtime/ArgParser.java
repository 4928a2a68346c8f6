package org.gilkit.runtime;

/**
 * Parses the arguments of a built-in that accepts keywords, with CPython's
 * {@code _PyArg_UnpackKeywords} error texts ("f() takes at most 2 arguments (3 given)",
 * "f() missing required argument 'x' (pos 1)", "'y' is an invalid keyword argument for f()",
 * "argument for f() given by name ('x') and position (1)"). Build one per builtin (static final)
 * and call {@link #parse}; also hosts the small positional-count checks shared by all builtins.
 */
public final class ArgParser {
    private final String fname;
    private final String[] names;
    private final int required;
    private final int maxPositional;
    private final int positionalOnly;

    /**
     * @param fname the function name as it appears in messages ("sorted")
     * @param names all parameter names in order (positional ones first, then keyword-only)
     * @param required how many leading parameters are required
     * @param maxPositional how many may be given positionally (the rest are keyword-only)
     * @param positionalOnly how many leading parameters may not be given by keyword
     */
    public ArgParser(String fname, String[] names, int required, int maxPositional, int positionalOnly) {
        this.fname = fname;
        this.names = names;
        this.required = required;
        this.maxPositional = maxPositional;
        this.positionalOnly = positionalOnly;
    }

    /** A parser whose parameters are all positional-or-keyword. */
    public static ArgParser of(String fname, int required, String... names) {
        return new ArgParser(fname, names, required, names.length, 0);
    }

    /** Number of positional arguments in a call. */
    public static int npos(PyObject[] args, String[] kwnames) {
        return kwnames == null ? args.length : args.length - kwnames.length;
    }

    public static boolean hasKw(String[] kwnames) {
        return kwnames != null && kwnames.length > 0;
    }

    /** The parameter values in declaration order; null for an optional one not given. */
    public PyObject[] parse(PyObject[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        checkCounts(npos, nkw);
        PyObject[] out = new PyObject[names.length];
        System.arraycopy(args, 0, out, 0, npos);
        for (int k = 0; k < nkw; k++) placeKeyword(out, npos, kwnames[k], args[npos + k]);
        for (int i = npos; i < required; i++) {
            if (out[i] == null) {
                throw Errors.typeError(i < maxPositional
                        ? fname + "() missing required argument '" + names[i] + "' (pos " + (i + 1) + ")"
                        : fname + "() missing required keyword-only argument '" + names[i] + "'");
            }
        }
        return out;
    }

    private void checkCounts(int npos, int nkw) {
        if (npos + nkw > names.length) {
            throw Errors.typeError(fname + "() takes at most " + names.length + " " + (npos == 0 ? "keyword " : "")
                    + "argument" + (names.length == 1 ? "" : "s") + " (" + (npos + nkw) + " given)");
        }
        if (npos > maxPositional) {
            if (maxPositional == 0) throw Errors.typeError(fname + "() takes no positional arguments");
            throw Errors.typeError(fname + "() takes " + (required < maxPositional ? "at most" : "exactly") + " "
                    + maxPositional + " positional argument" + (maxPositional == 1 ? "" : "s") + " (" + npos + " given)");
        }
    }

    private void placeKeyword(PyObject[] out, int npos, String key, PyObject value) {
        for (int i = positionalOnly; i < names.length; i++) {
            if (names[i].equals(key)) {
                if (i < npos) {
                    throw Errors.typeError("argument for " + fname + "() given by name ('" + key + "') and position ("
                            + (i + 1) + ")");
                }
                out[i] = value;
                return;
            }
        }
        throw Errors.typeError("'" + key + "' is an invalid keyword argument for " + fname + "()");
    }

    /** "f() takes no keyword arguments" unless kwnames is empty. */
    public static void noKeywords(String qualifiedName, String[] kwnames) {
        if (hasKw(kwnames)) throw Errors.typeError(qualifiedName + "() takes no keyword arguments");
    }

    /** CPython's _PyArg_CheckPositional: "f expected at most 2 arguments, got 3". */
    public static void checkPositional(String name, int n, int min, int max) {
        if (n < min) {
            throw Errors.typeError(name + " expected " + (min == max ? "" : "at least ") + min + " argument"
                    + (min == 1 ? "" : "s") + ", got " + n);
        }
        if (n > max) {
            throw Errors.typeError(name + " expected " + (min == max ? "" : "at most ") + max + " argument"
                    + (max == 1 ? "" : "s") + ", got " + n);
        }
    }

    /** METH_O: "f() takes exactly one argument (2 given)". */
    public static void exactlyOne(String qualifiedName, PyObject[] args, String[] kwnames) {
        noKeywords(qualifiedName, kwnames);
        if (args.length != 1) {
            throw Errors.typeError(qualifiedName + "() takes exactly one argument (" + args.length + " given)");
        }
    }

    /** METH_NOARGS: "f() takes no arguments (1 given)". */
    public static void noArgs(String qualifiedName, PyObject[] args, String[] kwnames) {
        noKeywords(qualifiedName, kwnames);
        if (args.length != 0) {
            throw Errors.typeError(qualifiedName + "() takes no arguments (" + args.length + " given)");
        }
    }

    /** Positional only, counted as _PyArg_CheckPositional does, no keywords. */
    public static void positional(String name, String qualifiedName, PyObject[] args, String[] kwnames, int min, int max) {
        noKeywords(qualifiedName, kwnames);
        checkPositional(name, args.length, min, max);
    }

    /** The i-th argument or {@code dflt} if not given. */
    public static PyObject arg(PyObject[] args, int i, PyObject dflt) {
        return i < args.length ? args[i] : dflt;
    }
}
