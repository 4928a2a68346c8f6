package org.gilkit.modules.mp;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.gilkit.runtime.Ops;
import org.gilkit.runtime.PyBuiltinFunction;
import org.gilkit.runtime.PyDict;
import org.gilkit.runtime.PyModule;
import org.gilkit.runtime.PyObject;
import org.gilkit.runtime.PyStr;
import org.gilkit.runtime.PyTextIO;
import org.gilkit.runtime.ThreadState;

/**
 * What {@link ObjectWriter} needs to know about the source interpreter: which dict is which
 * module's namespace, which modules are the program's own (copied by a fork) rather than built-in
 * or shipped in the jar (imported again by name in the target), and the names of built-in
 * functions. Built lazily from sys.modules at the first question.
 */
final class SourceNames {
    private final ThreadState ts;
    private IdentityHashMap<PyDict, PyModule> dicts;
    private IdentityHashMap<PyObject, String[]> builtinNames;

    SourceNames(ThreadState ts) {
        this.ts = ts;
    }

    private List<PyModule> modules() {
        List<PyModule> out = new ArrayList<>();
        for (Map.Entry<PyObject, PyObject> e : ts.interp().sysModules().entries()) {
            if (e.getValue() instanceof PyModule m) out.add(m);
        }
        return out;
    }

    /** The module whose namespace {@code d} is, or null. */
    PyModule moduleOf(PyDict d) {
        if (dicts == null) {
            dicts = new IdentityHashMap<>();
            for (PyModule m : modules()) dicts.put(m.dict(), m);
        }
        return dicts.get(d);
    }

    /** __main__ and modules loaded from the program's files (not built-in, not from the jar). */
    boolean isUserModule(PyModule m) {
        if (m.name().equals("__main__") || m.name().equals("__mp_main__")) return true;
        PyObject f = m.dict().getStr("__file__");
        return f instanceof PyStr s && !s.value().startsWith("<gilkit>/");
    }

    boolean isUserModuleName(String name) {
        PyObject m = ts.interp().sysModules().getStr(name);
        return m instanceof PyModule pm && isUserModule(pm);
    }

    /** The user modules of sys.modules, __main__ first. */
    List<PyModule> userModules() {
        List<PyModule> out = new ArrayList<>();
        for (PyModule m : modules()) {
            if (!isUserModule(m)) continue;
            if (m.name().equals("__main__")) out.add(0, m); else out.add(m);
        }
        return out;
    }

    /** Whether {@code module.qualname} names {@code o} itself in the source interpreter. */
    boolean resolves(PyObject o, String module, String qualname) {
        PyObject cur = module.equals("builtins") ? null : ts.interp().sysModules().getStr(module);
        String[] parts = qualname.split("\\.");
        int i = 0;
        if (cur == null) {
            if (!module.equals("builtins")) return false;
            cur = ts.interp().builtins().getStr(parts[0]);
            i = 1;
        }
        for (; i < parts.length && cur != null; i++) cur = Ops.getattrOrNull(ts, cur, parts[i]);
        return cur == o;
    }

    /** (module, name) of a built-in function reachable from builtins or a non-user module, or null. */
    String[] builtinName(PyBuiltinFunction b) {
        if (builtinNames == null) {
            builtinNames = new IdentityHashMap<>();
            index("builtins", ts.interp().builtins());
            for (PyModule m : modules()) {
                if (!isUserModule(m)) index(m.name(), m.dict());
            }
        }
        return builtinNames.get(b);
    }

    private void index(String module, PyDict d) {
        for (Map.Entry<PyObject, PyObject> e : d.entries()) {
            if (e.getValue() instanceof PyBuiltinFunction && e.getKey() instanceof PyStr k) {
                builtinNames.putIfAbsent(e.getValue(), new String[] {module, k.value()});
            }
        }
    }

    /** 0, 1, 2 for the interpreter's original stdin, stdout, stderr; -1 otherwise. */
    int standardStream(PyTextIO f) {
        if (f == ts.interp().stdin()) return 0;
        if (f == ts.interp().stdout()) return 1;
        if (f == ts.interp().stderr()) return 2;
        return -1;
    }
}
