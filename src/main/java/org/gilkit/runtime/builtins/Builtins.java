package org.gilkit.runtime.builtins;

import java.util.List;
import org.gilkit.runtime.*;

/**
 * Fills an interpreter's builtins namespace: every builtin function ({@link #ALL}, one class each),
 * the built-in types, the exception types and the constants. The one explicit list of builtins
 * (STYLE rule 7); BuiltinsTest fails if a {@code *Builtin} class here is not in it.
 */
public final class Builtins {
    private Builtins() {}

    /** Every builtin function, in no particular order. */
    public static final List<Builtin> ALL = List.of(
            new PrintBuiltin(), new InputBuiltin(), new LenBuiltin(), new ReprBuiltin(), new AsciiBuiltin(),
            new IsinstanceBuiltin(), new IssubclassBuiltin(), new AbsBuiltin(), new HashBuiltin(), new IdBuiltin(),
            new CallableBuiltin(), new ChrBuiltin(), new OrdBuiltin(), new HexBuiltin(), new OctBuiltin(), new BinBuiltin(),
            new IterBuiltin(), new NextBuiltin(), new AiterBuiltin(), new AnextBuiltin(), new GetattrBuiltin(), new SetattrBuiltin(), new DelattrBuiltin(),
            new HasattrBuiltin(), new DivmodBuiltin(), new FormatBuiltin(), new OpenBuiltin(), new SortedBuiltin(),
            new SumBuiltin(), new MinBuiltin(), new MaxBuiltin(), new AnyBuiltin(), new AllBuiltin(), new PowBuiltin(),
            new RoundBuiltin(), new VarsBuiltin(), new DirBuiltin(), new GlobalsBuiltin(), new LocalsBuiltin(),
            new ImportBuiltin(), new BuildClassBuiltin(), new ExitBuiltin(), new QuitBuiltin(), new ExecBuiltin(),
            new EvalBuiltin(), new CompileBuiltin());

    /** The built-in types visible by name. */
    static List<PyType> types() {
        return List.of(PyType.OBJECT, PyType.TYPE, PyInt.TYPE, PyBool.TYPE, PyFloat.TYPE, PyStr.TYPE, PyBytes.TYPE,
                PyByteArray.TYPE, PyList.TYPE, PyTuple.TYPE, PyDict.TYPE, PySet.SET, PySet.FROZENSET, PyRange.TYPE,
                PySlice.TYPE, PyProperty.TYPE, PyStaticMethod.TYPE, PyClassMethod.TYPE, PyEnumerate.TYPE, PyZip.TYPE,
                PyMap.TYPE, PyFilter.TYPE, PySeqIterator.reversedType(), PySuper.TYPE);
    }

    /** Installs everything into {@code interp.builtins()}. */
    public static void installAll(InterpreterState interp) {
        PyDict b = interp.builtins();
        for (Builtin f : ALL) {
            b.putStr(f.name(), new PyBuiltinFunction(f.name(), (ts, self, args, kw) -> f.call(ts, args, kw)));
        }
        for (PyType t : types()) b.putStr(t.name(), t);
        for (PyType t : PyExc.ALL) b.putStr(t.name(), t);
        b.putStr("EnvironmentError", PyExc.OSError);
        b.putStr("IOError", PyExc.OSError);
        b.putStr("None", PyNone.NONE);
        b.putStr("True", PyBool.TRUE);
        b.putStr("False", PyBool.FALSE);
        b.putStr("NotImplemented", PySingleton.NOT_IMPLEMENTED);
        b.putStr("Ellipsis", PySingleton.ELLIPSIS);
        b.putStr("__debug__", PyBool.TRUE);
        b.putStr("__name__", new PyStr("builtins"));
    }
}
