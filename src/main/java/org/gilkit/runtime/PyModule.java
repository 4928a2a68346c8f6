package org.gilkit.runtime;

/**
 * A module object: a name and a namespace dict ({@code __dict__}, which holds {@code __name__}).
 * Created by the VM's importer for .py modules and by Java modules (org.gilkit.modules) for
 * built-in ones; attribute access reads and writes the dict.
 */
public class PyModule extends PyObject {
    public static final PyType TYPE = PyType.builtin("module", PyType.OBJECT, true);

    static {
        TYPE.define("__repr__", PyMethodDescr.noArgs(TYPE, "__repr__", (ts, s) -> new PyStr(((PyModule) s).repr())));
        TYPE.define("__dict__", new PyGetSet(TYPE, "__dict__", (ts, s) -> s.dict(), null));
    }

    private final String name;
    private final PyDict dict;
    /** Attribute name to the sentence its AttributeError adds, or null (see {@link #hintMissing}). */
    private java.util.Map<String, String> missingHints;

    public PyModule(String name) {
        this(name, new PyDict());
    }

    public PyModule(String name, PyDict dict) {
        this.name = name;
        this.dict = dict;
        if (dict.getItem(new PyStr("__name__")) == null) dict.put(new PyStr("__name__"), new PyStr(name));
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyDict dict() {
        return dict;
    }

    public String name() {
        return name;
    }

    /** Sets an attribute in the namespace (module initialisation from Java). */
    public void put(String key, PyObject value) {
        dict.put(new PyStr(key), value);
    }

    public PyObject get(String key) {
        return dict.getItem(new PyStr(key));
    }

    /**
     * Makes the AttributeError for a missing attribute {@code key} explain itself: its message
     * becomes CPython's text followed by " (" + hint + ")". For names CPython has and gilkit cannot
     * (e.g. {@code sys.getrefcount}: gilkit objects have no reference count). Module set-up only.
     */
    public void hintMissing(String key, String hint) {
        if (missingHints == null) missingHints = new java.util.HashMap<>();
        missingHints.put(key, hint);
    }

    /** The hint given for a missing attribute {@code key}, or null. */
    public String missingHint(String key) {
        return missingHints == null ? null : missingHints.get(key);
    }

    String repr() {
        PyObject file = dict.getItem(new PyStr("__file__"));
        if (file instanceof PyStr) return "<module '" + name + "' from '" + ((PyStr) file).value() + "'>";
        return "<module '" + name + "' (built-in)>";
    }
}
