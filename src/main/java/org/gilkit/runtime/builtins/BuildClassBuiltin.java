package org.gilkit.runtime.builtins;

import org.gilkit.runtime.*;

/**
 * {@code __build_class__(func, name, *bases, metaclass=None, **kwds)}: what the VM calls for a
 * {@code class} statement. Computes the metaclass, asks it for the namespace ({@code __prepare__}),
 * runs the class body through the VM's {@link ClassBuilder}, creates the class with
 * {@code metaclass(name, bases, namespace, **kwds)} and fills the {@code __class__} cell.
 */
public final class BuildClassBuiltin implements Builtin {
    @Override
    public String name() {
        return "__build_class__";
    }

    @Override
    public PyObject call(ThreadState ts, PyObject[] args, String[] kw) {
        int npos = ArgParser.npos(args, kw);
        if (npos < 2) throw Errors.typeError("__build_class__: not enough arguments");
        PyObject func = args[0];
        if (!(args[1] instanceof PyStr)) throw Errors.typeError("__build_class__: name is not a string");
        PyObject[] bases = java.util.Arrays.copyOfRange(args, 2, npos);
        PyObject meta = null;
        java.util.List<PyObject> kwv = new java.util.ArrayList<>();
        java.util.List<String> kwn = new java.util.ArrayList<>();
        for (int i = npos; i < args.length; i++) {
            if (kw[i - npos].equals("metaclass")) meta = args[i];
            else {
                kwn.add(kw[i - npos]);
                kwv.add(args[i]);
            }
        }
        PyTuple basesTuple = PyTuple.of(bases);
        if (meta == null) meta = bases.length == 0 ? PyType.TYPE : bases[0].type();
        if (meta instanceof PyType) meta = calculateMeta((PyType) meta, bases);
        PyObject[] kwArr = kwv.toArray(new PyObject[0]);
        String[] kwNames = kwn.toArray(new String[0]);
        PyObject ns = prepare(ts, meta, args[1], basesTuple, kwArr, kwNames);
        ClassBuilder runner = ts.interp().classBodyRunner();
        if (runner == null) throw Errors.systemError("__build_class__: no class body runner installed");
        if (!(ns instanceof PyDict)) throw Errors.typeError(typeName(meta) + ".__prepare__() must return a mapping, not "
                + ns.type().name());
        ClassBuilder.ClassCell cell = runner.runBody(ts, func, (PyDict) ns);
        PyObject[] callArgs = new PyObject[3 + kwArr.length];
        callArgs[0] = args[1];
        callArgs[1] = basesTuple;
        callArgs[2] = ns;
        System.arraycopy(kwArr, 0, callArgs, 3, kwArr.length);
        PyObject cls = meta.call(ts, callArgs, kwNames);
        if (cell != null) cell.set(cls);
        return cls;
    }

    private static String typeName(PyObject meta) {
        return meta instanceof PyType ? ((PyType) meta).name() : meta.type().name();
    }

    private static PyObject prepare(ThreadState ts, PyObject meta, PyObject name, PyTuple bases, PyObject[] kwv, String[] kwn) {
        PyObject prep = Ops.getattrOrNull(ts, meta, "__prepare__");
        if (prep == null) return new PyDict();
        PyObject[] a = new PyObject[2 + kwv.length];
        a[0] = name;
        a[1] = bases;
        System.arraycopy(kwv, 0, a, 2, kwv.length);
        return prep.call(ts, a, kwn);
    }

    private static PyObject calculateMeta(PyType meta, PyObject[] bases) {
        PyType winner = meta;
        for (PyObject b : bases) {
            PyType bm = b.type();
            if (winner.isSubtypeOf(bm)) continue;
            if (bm.isSubtypeOf(winner)) {
                winner = bm;
                continue;
            }
            throw Errors.typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                    + "subclass of the metaclasses of all its bases");
        }
        return winner;
    }
}
