package org.gilkit.runtime;

/**
 * {@code super(type, obj)}: attribute lookup along type(obj)'s MRO starting after {@code type},
 * binding what it finds to obj. The zero-argument form gets its two arguments from the VM (the
 * {@code __class__} cell and the frame's first argument, see {@link FrameInfo#superArguments()}).
 */
public final class PySuper extends PyObject {
    public static final PyType TYPE = PyType.builtin("super", PyType.OBJECT, true);

    static {
        TYPE.defineNew((ts, cls, a, kw) -> {
            ArgParser.noKeywords("super", kw);
            if (a.length > 2) throw Errors.typeError("super() expected at most 2 arguments, got " + a.length);
            if (a.length == 0) {
                FrameInfo f = ts.frame();
                PyObject[] sa = f == null ? null : f.superArguments();
                if (sa == null) throw Errors.runtimeError("super(): no arguments");
                return new PySuper(ts, sa[0], sa[1]);
            }
            return new PySuper(ts, a[0], a.length == 2 ? a[1] : null);
        });
        TYPE.define("__repr__", PyMethodDescr.noArgs(TYPE, "__repr__", (ts, s) -> {
            PySuper sp = (PySuper) s;
            if (sp.obj == null) return new PyStr("<super: " + sp.start.repr() + ", NULL>");
            return new PyStr("<super: " + sp.start.repr() + ", <" + sp.objType.name() + " object>>");
        }));
        TYPE.define("__getattribute__", PyMethodDescr.oneArg(TYPE, "__getattribute__", (ts, s, n) -> {
            String name = ObjectMethods.attrName(n);
            PyObject r = ((PySuper) s).getattr(ts, name);
            if (r == null) throw Errors.noAttribute(s, name);
            return r;
        }));
        TYPE.define("__thisclass__", new PyGetSet(TYPE, "__thisclass__", (ts, s) -> ((PySuper) s).start, null));
        TYPE.define("__self__", new PyGetSet(TYPE, "__self__", (ts, s) -> {
            PyObject o = ((PySuper) s).obj;
            return o == null ? PyNone.NONE : o;
        }, null));
    }

    private final PyType start;
    private final PyObject obj;
    private final PyType objType;

    public PySuper(ThreadState ts, PyObject type, PyObject obj) {
        if (!(type instanceof PyType)) throw Errors.typeError("super() argument 1 must be a type, not " + type.type().name());
        this.start = (PyType) type;
        this.obj = obj == PyNone.NONE ? null : obj;
        this.objType = this.obj == null ? null : checkObj(this.start, this.obj);
    }

    private static PyType checkObj(PyType start, PyObject obj) {
        if (obj instanceof PyType && ((PyType) obj).isSubtypeOf(start)) return (PyType) obj;
        if (obj.type().isSubtypeOf(start)) return obj.type();
        throw Errors.typeError("super(type, obj): obj must be an instance or subtype of type");
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** super().name: the first match after {@code start} in the MRO, bound to obj; null if none. */
    PyObject getattr(ThreadState ts, String name) {
        if (objType != null && !name.equals("__class__")) {
            PyObject v = objType.lookupAfter(start, name);
            if (v != null) {
                boolean classAccess = obj instanceof PyType && obj == objType;
                if (v instanceof Descriptor) return ((Descriptor) v).get(ts, classAccess ? null : obj, objType);
                if (!v.type().isBuiltin()) {
                    PyObject get = v.type().lookup("__get__");
                    if (get != null) return Ops.callDescriptor(ts, get, v, classAccess ? PyNone.NONE : obj, objType);
                }
                return v;
            }
        }
        return Attributes.genericGetattr(ts, this, name);
    }
}
