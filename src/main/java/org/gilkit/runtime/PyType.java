package org.gilkit.runtime;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A Python type: name, bases, MRO (C3), its dict of attributes, and its metatype. Built-in types
 * are created once per JVM by {@link #builtin} (they are immutable from Python, so sharing them
 * between interpreters is safe); user classes by {@link #newClass} (the {@code class} statement
 * through {@code __build_class__}, or {@code type(name, bases, dict)}).
 *
 * <p>Built-in methods live in the dict as {@link PyMethodDescr}/{@link PyGetSet}/{@link
 * PyBuiltinFunction} objects, so user subclasses override them naturally and dispatch is
 * uniform; {@link Ops} keeps direct fast paths for exact built-in types.
 *
 * <p>{@link #lookup} caches MRO lookups per type; assigning an attribute on a class invalidates
 * its cache and its subclasses' caches. Under {@code --gil=off} the type dict itself is a plain
 * LinkedHashMap: concurrent class mutation is unsupported (reads of a class that no thread
 * mutates are safe; the cache is a ConcurrentHashMap).
 *
 * <p>Layout: every object's Java class fixes what it can hold. {@link #solidBase()} is the nearest
 * type (itself or an ancestor) whose instances need a particular Java layout; a class whose bases
 * need incompatible layouts is refused ("multiple bases have instance lay-out conflict"), and each
 * built-in {@code __new__} builds the right Java object for a subclass ({@link PyInstance} for
 * plain classes).
 */
public class PyType extends PyObject {
    public static final PyType OBJECT;
    public static final PyType TYPE;

    static {
        OBJECT = new PyType("object", new PyType[0], true, true, null);
        TYPE = new PyType("type", new PyType[] {OBJECT}, true, true, null);
        ObjectMethods.install(OBJECT);
        TypeMethods.install(TYPE);
    }

    private static final Object MISSING = new Object();

    private String name;
    private String qualname;
    private final PyType[] bases;
    private PyType[] mro;
    private final PyType solidBase;
    private final Map<String, PyObject> dict = new LinkedHashMap<>();
    private final PyType metatype;
    private final boolean builtin;
    private final boolean baseAllowed;
    private final ConcurrentHashMap<String, Object> cache = new ConcurrentHashMap<>();
    /** See {@link #version()}. */
    private int version;
    private final List<WeakReference<PyType>> subclasses = new ArrayList<>(); // guarded by itself
    /** Cached: whether a class in the MRO overrides object.__getattribute__ (null = unknown). */
    private volatile Boolean customGetattribute;
    /** The module of a built-in type ("builtins" unless created by another module). */
    private String builtinModule = "builtins";
    /** Whether instances (PyInstance) get a __dict__: false when every class in the MRO has __slots__ without it. */
    private boolean instancesHaveDict = true;
    /** For built-in types: the Java implementation of {@code __new__}, called without boxing. */
    private NewImpl newImpl;

    /** A built-in type's constructor: {@code cls.__new__(cls, *args, **kw)} in Java. */
    @FunctionalInterface
    public interface NewImpl {
        PyObject create(ThreadState ts, PyType cls, PyObject[] args, String[] kwnames);
    }

    private PyType(String name, PyType[] bases, boolean builtin, boolean baseAllowed, PyType metatype) {
        this(name, bases, builtin, baseAllowed, metatype, null);
    }

    private PyType(String name, PyType[] bases, boolean builtin, boolean baseAllowed, PyType metatype, PyType solid) {
        this.name = name;
        this.qualname = name;
        this.bases = bases;
        this.builtin = builtin;
        this.baseAllowed = baseAllowed;
        this.metatype = metatype;
        this.mro = Mro.compute(this, bases);
        this.solidBase = solid != null ? solid : builtin ? this : Mro.bestBase(bases).solidBase;
        for (PyType b : bases) b.addSubclass(this);
    }

    /**
     * Creates a built-in (Java-defined) type of another module with several bases sharing the
     * first base's layout, e.g. io.UnsupportedOperation(OSError, ValueError); modules written in
     * Java use it for their own types and exceptions.
     */
    public static PyType builtin(String module, String name, PyType[] bases, boolean baseAllowed) {
        PyType t = new PyType(name, bases.clone(), true, baseAllowed, null, Mro.bestBase(bases).solidBase);
        t.builtinModule = module;
        return t;
    }

    /** Creates a built-in type with its own Java layout (e.g. int, list). */
    public static PyType builtin(String name, PyType base, boolean baseAllowed) {
        return new PyType(name, new PyType[] {base}, true, baseAllowed, null);
    }

    /** Creates a built-in type sharing its base's Java layout (e.g. most exception types). */
    public static PyType builtinSameLayout(String name, PyType base, boolean baseAllowed) {
        return new PyType(name, new PyType[] {base}, true, baseAllowed, null, base.solidBase);
    }

    /**
     * {@code type.__new__(metatype, name, bases, namespace)}: creates a user class. Copies the
     * namespace, wraps {@code __new__} in staticmethod and {@code __init_subclass__} in
     * classmethod, sets {@code __hash__ = None} when {@code __eq__} is defined without
     * {@code __hash__}, calls {@code __set_name__} and the parent's {@code __init_subclass__}.
     */
    public static PyType newClass(ThreadState ts, PyType metatype, String name, PyTuple bases, PyDict namespace,
            PyObject[] kwvalues, String[] kwnames) {
        return ClassCreation.create(ts, metatype, name, bases, namespace, kwvalues, kwnames);
    }

    static PyType allocateUserType(PyType metatype, String name, PyType[] bases) {
        return new PyType(name, bases, false, true, metatype == TYPE ? null : metatype);
    }

    @Override
    public PyType type() {
        return metatype == null ? TYPE : metatype;
    }

    public String name() {
        return name;
    }

    void setName(String n) {
        name = n;
    }

    public String qualname() {
        return qualname;
    }

    void setQualname(String q) {
        qualname = q;
    }

    /** The module name: "builtins" for built-in types, else the class's {@code __module__}. */
    public String module() {
        if (builtin) return builtinModule;
        PyObject m = dict.get("__module__");
        return m instanceof PyStr ? ((PyStr) m).value() : "builtins";
    }

    public PyType[] bases() {
        return bases;
    }

    /** The method resolution order, this type first. */
    public PyType[] mro() {
        return mro;
    }

    public PyType solidBase() {
        return solidBase;
    }

    /** {@code __base__}: the first base (CPython picks the best base; equal for ordinary classes). */
    public PyType base() {
        return bases.length == 0 ? null : Mro.bestBase(bases);
    }

    public boolean instancesHaveDict() {
        return instancesHaveDict;
    }

    void setInstancesHaveDict(boolean b) {
        instancesHaveDict = b;
    }

    public boolean isBuiltin() {
        return builtin;
    }

    public boolean isBaseAllowed() {
        return baseAllowed;
    }

    /** The type's own attributes (not the MRO's). Mutate only through {@link #setAttr}/{@link #define}. */
    public Map<String, PyObject> typeDict() {
        return dict;
    }

    /** Adds an attribute while building a type (no immutability check). */
    public void define(String key, PyObject value) {
        dict.put(key, value);
        invalidate();
    }

    /** Installs the Java constructor of a built-in type and its {@code __new__} attribute. */
    public void defineNew(NewImpl impl) {
        this.newImpl = impl;
        define("__new__", PyBuiltinFunction.newFunction(this, impl));
    }

    NewImpl newImpl() {
        return newImpl;
    }

    /** Whether this type is {@code other} or inherits from it. */
    public boolean isSubtypeOf(PyType other) {
        if (this == other) return true;
        for (PyType t : mro) if (t == other) return true;
        return false;
    }

    /** Looks {@code key} up along the MRO; null if absent. Cached. */
    public PyObject lookup(String key) {
        Object r = cache.get(key);
        if (r == null) {
            r = lookupUncached(key);
            cache.put(key, r == null ? MISSING : r);
        }
        return r == MISSING ? null : (PyObject) r;
    }

    private PyObject lookupUncached(String key) {
        for (PyType t : mro) {
            PyObject v = t.dict.get(key);
            if (v != null) return v;
        }
        return null;
    }

    /** Looks {@code key} up along the MRO after {@code start} (what super() does). */
    public PyObject lookupAfter(PyType start, String key) {
        int i = 0;
        while (i < mro.length && mro[i] != start) i++;
        for (i++; i < mro.length; i++) {
            PyObject v = mro[i].dict.get(key);
            if (v != null) return v;
        }
        return null;
    }

    /** Whether some class in the MRO overrides {@code __getattribute__}. */
    public boolean hasCustomGetattribute() {
        Boolean b = customGetattribute;
        if (b == null) {
            PyObject ga = lookup("__getattribute__");
            b = ga != null && ga != OBJECT.dict.get("__getattribute__") && ga != TYPE.dict.get("__getattribute__");
            customGetattribute = b;
        }
        return b;
    }

    /**
     * Assigns a class attribute ({@code A.x = v}); v null deletes. Built-in types refuse
     * ("cannot set 'x' attribute of immutable type 'int'").
     */
    public void setAttr(String key, PyObject value) {
        if (builtin) {
            throw Errors.typeError("cannot set '" + key + "' attribute of immutable type '" + name + "'");
        }
        if (value == null) {
            if (dict.remove(key) == null) {
                throw Errors.attributeError("type object '" + name + "' has no attribute '" + key + "'");
            }
        } else {
            dict.put(key, value);
        }
        invalidate();
    }

    /**
     * Bumped whenever this type's or a base's attributes change ({@link #invalidate}): the VM's
     * attribute inline caches remember (type, version) and are valid while it is unchanged. Plain
     * field: class mutation happens under the GIL (under --gil=off a racing reader may use a
     * stale cache entry briefly, never a wrong-typed one).
     */
    public int version() {
        return version;
    }

    private void invalidate() {
        version++;
        cache.clear();
        customGetattribute = null;
        for (PyType sub : subclasses()) sub.invalidate();
    }

    private void addSubclass(PyType sub) {
        synchronized (subclasses) {
            subclasses.add(new WeakReference<>(sub));
        }
    }

    /** The live direct subclasses ({@code __subclasses__()}). */
    public List<PyType> subclasses() {
        List<PyType> out = new ArrayList<>();
        synchronized (subclasses) {
            subclasses.removeIf(r -> r.get() == null);
            for (WeakReference<PyType> r : subclasses) {
                PyType t = r.get();
                if (t != null) out.add(t);
            }
        }
        return out;
    }

    /** "<class 'int'>" or "<class '__main__.A'>". */
    public String repr() {
        String mod = module();
        return "builtins".equals(mod) ? "<class '" + qualname + "'>" : "<class '" + mod + "." + qualname + "'>";
    }

    /** {@code type.__call__}: {@code type(x)}, or create an instance with __new__ and __init__. */
    @Override
    public PyObject call(ThreadState ts, PyObject[] args, String[] kwnames) {
        if (metatype != null) {
            PyObject f = metatype.lookup("__call__");
            if (f != TypeMethods.CALL) return Ops.callBound(ts, f, this, args, kwnames);
        }
        return TypeMethods.callType(ts, this, args, kwnames);
    }

    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    @Override
    public String toString() {
        return repr();
    }
}
