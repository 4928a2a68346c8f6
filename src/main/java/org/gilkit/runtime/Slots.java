package org.gilkit.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code __slots__} at class creation: a member descriptor per name, and no instance
 * {@code __dict__} when neither this class nor any user base provides one (CPython's type_new
 * slot handling, without the memory layout).
 */
final class Slots {
    private Slots() {}

    /** Installs the class's slots; returns whether its instances have a __dict__. */
    static boolean apply(ThreadState ts, PyType cls, PyDict ns) {
        PyObject spec = ns.getStr("__slots__");
        boolean baseHasDict = false;
        for (PyType b : cls.mro()) {
            if (b != cls && !b.isBuiltin() && b.instancesHaveDict()) baseHasDict = true;
        }
        if (spec == null) return true;
        List<String> names = names(ts, spec);
        boolean dict = baseHasDict || names.contains("__dict__");
        for (String n : names) {
            if (n.equals("__dict__") || n.equals("__weakref__")) continue;
            if (ns.getStr(n) != null) {
                throw Errors.valueError("'" + n + "' in __slots__ conflicts with class variable");
            }
            cls.typeDict().put(n, new PyMemberDescr(cls, n));
        }
        cls.setInstancesHaveDict(dict);
        return dict;
    }

    private static List<String> names(ThreadState ts, PyObject spec) {
        List<String> out = new ArrayList<>();
        PyObject[] items = spec instanceof PyStr ? new PyObject[] {spec} : Sequences.toArray(ts, spec);
        for (PyObject o : items) {
            if (!(o instanceof PyStr)) throw Errors.typeError("__slots__ items must be strings, not '" + o.type().name() + "'");
            String n = ((PyStr) o).value;
            if (!StrOps.isIdentifier(n)) throw Errors.typeError("__slots__ must be identifiers");
            out.add(n);
        }
        return out;
    }
}
