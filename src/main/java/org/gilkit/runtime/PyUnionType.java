package org.gilkit.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code types.UnionType}, the value of {@code X | Y} for classes (PEP 604): {@code int | None}
 * in annotations (which module and class bodies evaluate), {@code isinstance(x, int | str)}.
 * Members are flattened and deduplicated, {@code None} is stored as NoneType and shown as
 * None, as in CPython: {@code repr(int | None) == 'int | None'}. Built by {@code type.__or__}
 * and {@code __ror__} (installed by {@link TypeMethods}) and by this type's own {@code |}.
 */
public final class PyUnionType extends PyObject {
    public static final PyType TYPE = PyType.builtin("types", "UnionType", new PyType[] {PyType.OBJECT}, false);

    static {
        TYPE.define("__args__", new PyGetSet(TYPE, "__args__", (ts, s) -> PyTuple.of(((PyUnionType) s).args), null));
        TYPE.define("__repr__", PyMethodDescr.noArgs(TYPE, "__repr__", (ts, s) -> new PyStr(((PyUnionType) s).repr(ts))));
        TYPE.define("__or__", PyMethodDescr.oneArg(TYPE, "__or__", (ts, s, o) -> or(s, o)));
        TYPE.define("__ror__", PyMethodDescr.oneArg(TYPE, "__ror__", (ts, s, o) -> or(o, s)));
        TYPE.define("__eq__", PyMethodDescr.oneArg(TYPE, "__eq__", (ts, s, o) -> o instanceof PyUnionType u
                ? PyBool.of(new java.util.HashSet<>(List.of(u.args)).equals(new java.util.HashSet<>(List.of(((PyUnionType) s).args))))
                : PySingleton.NOT_IMPLEMENTED));
        TYPE.define("__hash__", PyMethodDescr.noArgs(TYPE, "__hash__", (ts, s) -> {
            long h = 0;
            for (PyObject a : ((PyUnionType) s).args) h ^= Ops.hash(ts, a);
            return PyInt.of(h);
        }));
    }

    private final PyObject[] args;

    private PyUnionType(PyObject[] args) {
        this.args = args;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** The union's members (NoneType for None). */
    public PyObject[] args() {
        return args.clone();
    }

    private static boolean unionable(PyObject o) {
        return o == PyNone.NONE || o instanceof PyType || o instanceof PyGenericAlias || o instanceof PyUnionType;
    }

    /** {@code a | b} when both are classes, None, generic aliases or unions; else NotImplemented. */
    public static PyObject or(PyObject a, PyObject b) {
        if (!unionable(a) || !unionable(b)) return PySingleton.NOT_IMPLEMENTED;
        List<PyObject> items = new ArrayList<>();
        add(items, a);
        add(items, b);
        if (items.size() == 1) return items.get(0);
        return new PyUnionType(items.toArray(new PyObject[0]));
    }

    private static void add(List<PyObject> items, PyObject o) {
        if (o instanceof PyUnionType u) {
            for (PyObject x : u.args) add(items, x);
            return;
        }
        PyObject v = o == PyNone.NONE ? PyNone.TYPE : o;
        for (PyObject x : items) if (x == v) return;
        items.add(v);
    }

    private String repr(ThreadState ts) {
        StringBuilder sb = new StringBuilder();
        for (PyObject a : args) {
            if (sb.length() > 0) sb.append(" | ");
            if (a == PyNone.TYPE) {
                sb.append("None");
            } else if (a instanceof PyType t) {
                String m = t.module();
                sb.append(m == null || m.equals("builtins") ? t.qualname() : m + "." + t.qualname());
            } else {
                sb.append(Ops.repr(ts, a));
            }
        }
        return sb.toString();
    }
}
