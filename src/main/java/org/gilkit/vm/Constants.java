package org.gilkit.vm;

import java.math.BigInteger;
import java.util.List;
import org.gilkit.ast.Expr;
import org.gilkit.compiler.Code;
import org.gilkit.runtime.PyBool;
import org.gilkit.runtime.PyBytes;
import org.gilkit.runtime.PyFloat;
import org.gilkit.runtime.PyInt;
import org.gilkit.runtime.PyNone;
import org.gilkit.runtime.PyObject;
import org.gilkit.runtime.PySingleton;
import org.gilkit.runtime.PyStr;
import org.gilkit.runtime.PyTuple;

/**
 * Converts a {@link Code}'s compile-time constants (Java values, see {@link Code#constants}) and
 * names into runtime objects, once per code object; frames share the arrays. Strings are interned
 * by the JVM's string table only through the PyStr values here, so each name's hash is computed
 * once and global/attribute lookups reuse the same key objects.
 */
final class Constants {
    private Constants() {}

    static PyObject[] of(Code code) {
        Object[] cached = code.runtimeConstants;
        if (cached != null) return (PyObject[]) cached;
        PyObject[] out = new PyObject[code.constants.length];
        for (int i = 0; i < out.length; i++) out[i] = convert(code.constants[i]);
        code.runtimeConstants = out;
        return out;
    }

    /** The code's inline-cache slots (see {@link Instructions#getattr}). */
    static Object[] caches(Code code) {
        Object[] c = code.inlineCaches;
        if (c == null) {
            c = new Object[code.code.length];
            code.inlineCaches = c;
        }
        return c;
    }

    static PyStr[] names(Code code) {
        Object[] cached = code.runtimeNames;
        if (cached != null) return (PyStr[]) cached;
        PyStr[] out = strs(code.names);
        code.runtimeNames = out;
        return out;
    }

    /**
     * Names as str objects. Their Java strings are interned so that two code objects naming the
     * same global or attribute produce keys that compare by identity in dict lookups.
     */
    static PyStr[] strs(String[] s) {
        PyStr[] out = new PyStr[s.length];
        for (int i = 0; i < s.length; i++) out[i] = new PyStr(s[i].intern());
        return out;
    }

    static PyObject convert(Object v) {
        if (v == Expr.Constant.NONE) return PyNone.NONE;
        if (v == Expr.Constant.ELLIPSIS) return PySingleton.ELLIPSIS;
        if (v instanceof Boolean b) return PyBool.of(b);
        if (v instanceof Long l) return PyInt.of(l);
        if (v instanceof BigInteger b) return PyInt.of(b);
        if (v instanceof Double d) return new PyFloat(d);
        if (v instanceof String s) return new PyStr(s);
        if (v instanceof Expr.Bytes b) return new PyBytes(b.data());
        if (v instanceof Code c) return new PyCode(c);
        if (v instanceof String[] names) return new KwNames(names);
        if (v instanceof List<?> l) return PyTuple.of(strs(l.toArray(new String[0])));
        throw new IllegalArgumentException("unknown constant " + v.getClass());
    }
}
