package org.gilkit.runtime;

/**
 * The protocol entry points the VM and the builtins use (CPython's abstract.c / object.c):
 * calls, attributes, operators, comparisons, truth, containers, iteration, conversions. Each
 * entry point has direct fast paths for exact built-in types (int + int, list[int], ...) and
 * otherwise dispatches through the type's dict, so user classes and subclasses of built-in types
 * behave alike. Error texts are CPython 3.11's.
 *
 * <p>{@link #next} returns null at exhaustion instead of raising StopIteration, so that for-loops
 * cost no exception per loop.
 */
public final class Ops {
    private Ops() {}

    static final PyObject NI = PySingleton.NOT_IMPLEMENTED;

    /** The six rich comparisons: dunder, its reflection, and the operator symbol. */
    public enum Cmp {
        LT("__lt__", "__gt__", "<"),
        LE("__le__", "__ge__", "<="),
        EQ("__eq__", "__eq__", "=="),
        NE("__ne__", "__ne__", "!="),
        GT("__gt__", "__lt__", ">"),
        GE("__ge__", "__le__", ">=");

        public final String dunder;
        public final String reflected;
        public final String symbol;

        Cmp(String dunder, String reflected, String symbol) {
            this.dunder = dunder;
            this.reflected = reflected;
            this.symbol = symbol;
        }

        /** Whether a three-way comparison result c satisfies this operator. */
        public boolean test(int c) {
            switch (this) {
                case LT: return c < 0;
                case LE: return c <= 0;
                case EQ: return c == 0;
                case NE: return c != 0;
                case GT: return c > 0;
                default: return c >= 0;
            }
        }
    }

    /** The binary operators: dunder, reflected and in-place names, and the symbol for errors. */
    public enum BinOp {
        ADD("add", "+"), SUB("sub", "-"), MUL("mul", "*"), TRUEDIV("truediv", "/"), FLOORDIV("floordiv", "//"),
        MOD("mod", "%"), POW("pow", "**"), LSHIFT("lshift", "<<"), RSHIFT("rshift", ">>"), AND("and", "&"),
        OR("or", "|"), XOR("xor", "^"), MATMUL("matmul", "@"), DIVMOD("divmod", "divmod()");

        public final String dunder;
        public final String rdunder;
        public final String idunder;
        public final String symbol;

        BinOp(String name, String symbol) {
            this.dunder = "__" + name + "__";
            this.rdunder = "__r" + name + "__";
            this.idunder = "__i" + name + "__";
            this.symbol = symbol;
        }
    }

    // ------------------------------------------------------------------ calls

    /** f(*args) with positional arguments only. */
    public static PyObject call(ThreadState ts, PyObject f, PyObject... args) {
        return f.call(ts, args, null);
    }

    /** f(*args, **kw) in vectorcall form (see {@link PyObject#call}). */
    public static PyObject call(ThreadState ts, PyObject f, PyObject[] args, String[] kwnames) {
        return f.call(ts, args, kwnames);
    }

    /** The default {@link PyObject#call}: {@code type(obj).__call__(obj, ...)}. */
    static PyObject callViaType(ThreadState ts, PyObject obj, PyObject[] args, String[] kwnames) {
        PyObject f = obj.type().lookup("__call__");
        if (f == null) throw Errors.notA(obj, "is not callable");
        return callBound(ts, f, obj, args, kwnames);
    }

    /** Calls a type attribute {@code f} as a method of {@code self} (binding through __get__ if needed). */
    public static PyObject callBound(ThreadState ts, PyObject f, PyObject self, PyObject[] args, String[] kwnames) {
        if (f instanceof MethodDescriptor) return ((MethodDescriptor) f).callBound(ts, self, args, kwnames);
        return bind(ts, f, self).call(ts, args, kwnames);
    }

    /** Calls a type attribute as a method with positional arguments. */
    public static PyObject callDescriptor(ThreadState ts, PyObject f, PyObject self, PyObject... args) {
        return callBound(ts, f, self, args, null);
    }

    /** What {@code self.<f>} gives for a type attribute f: bound through its __get__ if it has one. */
    static PyObject bind(ThreadState ts, PyObject f, PyObject self) {
        if (f instanceof Descriptor) return ((Descriptor) f).get(ts, self, self.type());
        if (!f.type().isBuiltin()) {
            PyObject get = f.type().lookup("__get__");
            if (get != null) return callDescriptor(ts, get, f, self, self.type());
        }
        return f;
    }

    /**
     * {@code obj.name(*args, **kw)} without allocating a bound method when the attribute is a
     * plain method found on the type (the VM's LOAD_METHOD/CALL fast path).
     */
    public static PyObject callMethod(ThreadState ts, PyObject obj, String name, PyObject[] args, String[] kwnames) {
        PyType t = obj.type();
        if (!(obj instanceof PyType) && !t.hasCustomGetattribute()) {
            PyObject f = t.lookup(name);
            if (f instanceof MethodDescriptor) {
                PyDict d = obj.dict();
                if (d == null || d.size() == 0 || d.getStr(name) == null) {
                    return ((MethodDescriptor) f).callBound(ts, obj, args, kwnames);
                }
            }
        }
        return getattr(ts, obj, name).call(ts, args, kwnames);
    }

    public static PyObject callMethod(ThreadState ts, PyObject obj, String name, PyObject... args) {
        return callMethod(ts, obj, name, args, null);
    }

    /** The attribute {@code name} of type(o) (special method lookup skips the instance), or null. */
    public static PyObject lookupSpecial(PyObject o, String name) {
        return o.type().lookup(name);
    }

    /** Calls special method {@code name} of o if its type has it; null if it does not. */
    static PyObject callSpecial(ThreadState ts, PyObject o, String name, PyObject... args) {
        PyObject f = o.type().lookup(name);
        if (f == null) return null;
        return callBound(ts, f, o, args, null);
    }

    // ------------------------------------------------------------------ attributes

    /** {@code o.name}; raises AttributeError. */
    public static PyObject getattr(ThreadState ts, PyObject o, String name) {
        PyObject r = getattrOrNull(ts, o, name);
        if (r == null) throw Errors.noAttribute(o, name);
        return r;
    }

    /** {@code o.name}, or null where getattr would raise AttributeError (other errors propagate). */
    public static PyObject getattrOrNull(ThreadState ts, PyObject o, String name) {
        PyType t = o.type();
        if (o instanceof PySuper) return ((PySuper) o).getattr(ts, name);
        if (t.hasCustomGetattribute()) return customGetattr(ts, o, name);
        PyObject r = o instanceof PyType ? Attributes.typeGetattr(ts, (PyType) o, name) : Attributes.genericGetattr(ts, o, name);
        if (r != null) return r;
        PyObject ga = t.lookup("__getattr__");
        if (ga == null) return null;
        try {
            return callDescriptor(ts, ga, o, new PyStr(name));
        } catch (PyException e) {
            if (e.matches(PyExc.AttributeError)) return null;
            throw e;
        }
    }

    private static PyObject customGetattr(ThreadState ts, PyObject o, String name) {
        PyObject ga = o.type().lookup("__getattribute__");
        try {
            return callDescriptor(ts, ga, o, new PyStr(name));
        } catch (PyException e) {
            if (!e.matches(PyExc.AttributeError)) throw e;
            PyObject fallback = o.type().lookup("__getattr__");
            if (fallback == null) return null;
            try {
                return callDescriptor(ts, fallback, o, new PyStr(name));
            } catch (PyException e2) {
                if (e2.matches(PyExc.AttributeError)) return null;
                throw e2;
            }
        }
    }

    public static boolean hasattr(ThreadState ts, PyObject o, String name) {
        return getattrOrNull(ts, o, name) != null;
    }

    /** {@code o.name = v}. */
    public static void setattr(ThreadState ts, PyObject o, String name, PyObject v) {
        PyType t = o.type();
        PyObject sa = t.lookup("__setattr__");
        if (sa != ObjectMethods.SETATTR && sa != TypeMethods.SETATTR && sa != null) {
            callDescriptor(ts, sa, o, new PyStr(name), v);
            return;
        }
        if (o instanceof PyType) Attributes.typeSetattr(ts, (PyType) o, name, v);
        else Attributes.genericSetattr(ts, o, name, v);
    }

    /** {@code del o.name}. */
    public static void delattr(ThreadState ts, PyObject o, String name) {
        PyType t = o.type();
        PyObject da = t.lookup("__delattr__");
        if (da != ObjectMethods.DELATTR && da != TypeMethods.DELATTR && da != null) {
            callDescriptor(ts, da, o, new PyStr(name));
            return;
        }
        if (o instanceof PyType) Attributes.typeSetattr(ts, (PyType) o, name, null);
        else Attributes.genericSetattr(ts, o, name, null);
    }

    // ------------------------------------------------------------------ arithmetic

    public static PyObject add(ThreadState ts, PyObject a, PyObject b) {
        Class<?> ca = a.getClass();
        if (ca == PyInt.class && b.getClass() == PyInt.class) return PyInt.add((PyInt) a, (PyInt) b);
        if (ca == PyFloat.class && b.getClass() == PyFloat.class) return new PyFloat(((PyFloat) a).value + ((PyFloat) b).value);
        if (ca == PyStr.class && b.getClass() == PyStr.class) return new PyStr(((PyStr) a).value.concat(((PyStr) b).value));
        return binary(ts, a, b, BinOp.ADD);
    }

    public static PyObject sub(ThreadState ts, PyObject a, PyObject b) {
        if (a.getClass() == PyInt.class && b.getClass() == PyInt.class) return PyInt.sub((PyInt) a, (PyInt) b);
        if (a.getClass() == PyFloat.class && b.getClass() == PyFloat.class) return new PyFloat(((PyFloat) a).value - ((PyFloat) b).value);
        return binary(ts, a, b, BinOp.SUB);
    }

    public static PyObject mul(ThreadState ts, PyObject a, PyObject b) {
        if (a.getClass() == PyInt.class && b.getClass() == PyInt.class) return PyInt.mul((PyInt) a, (PyInt) b);
        if (a.getClass() == PyFloat.class && b.getClass() == PyFloat.class) return new PyFloat(((PyFloat) a).value * ((PyFloat) b).value);
        return binary(ts, a, b, BinOp.MUL);
    }

    public static PyObject truediv(ThreadState ts, PyObject a, PyObject b) {
        if (a.getClass() == PyFloat.class && b.getClass() == PyFloat.class && ((PyFloat) b).value != 0) {
            return new PyFloat(((PyFloat) a).value / ((PyFloat) b).value);
        }
        return binary(ts, a, b, BinOp.TRUEDIV);
    }

    public static PyObject floordiv(ThreadState ts, PyObject a, PyObject b) {
        if (a.getClass() == PyInt.class && b.getClass() == PyInt.class) return PyInt.floordiv((PyInt) a, (PyInt) b);
        return binary(ts, a, b, BinOp.FLOORDIV);
    }

    public static PyObject mod(ThreadState ts, PyObject a, PyObject b) {
        if (a.getClass() == PyInt.class && b.getClass() == PyInt.class) return PyInt.mod((PyInt) a, (PyInt) b);
        return binary(ts, a, b, BinOp.MOD);
    }

    public static PyObject pow(ThreadState ts, PyObject a, PyObject b) {
        return binary(ts, a, b, BinOp.POW);
    }

    /** pow(a, b, m): ternary form, only ints (or types defining 3-argument __pow__). */
    public static PyObject pow(ThreadState ts, PyObject a, PyObject b, PyObject m) {
        if (m == PyNone.NONE) return pow(ts, a, b);
        PyObject f = a.type().lookup("__pow__");
        if (f != null) {
            PyObject r = callDescriptor(ts, f, a, b, m);
            if (r != NI) return r;
        }
        throw Errors.typeError("unsupported operand type(s) for ** or pow(): '" + a.type().name() + "', '"
                + b.type().name() + "', '" + m.type().name() + "'");
    }

    public static PyObject lshift(ThreadState ts, PyObject a, PyObject b) {
        return binary(ts, a, b, BinOp.LSHIFT);
    }

    public static PyObject rshift(ThreadState ts, PyObject a, PyObject b) {
        return binary(ts, a, b, BinOp.RSHIFT);
    }

    public static PyObject and(ThreadState ts, PyObject a, PyObject b) {
        if (a.getClass() == PyInt.class && b.getClass() == PyInt.class) return PyInt.and((PyInt) a, (PyInt) b);
        return binary(ts, a, b, BinOp.AND);
    }

    public static PyObject or(ThreadState ts, PyObject a, PyObject b) {
        if (a.getClass() == PyInt.class && b.getClass() == PyInt.class) return PyInt.or((PyInt) a, (PyInt) b);
        return binary(ts, a, b, BinOp.OR);
    }

    public static PyObject xor(ThreadState ts, PyObject a, PyObject b) {
        if (a.getClass() == PyInt.class && b.getClass() == PyInt.class) return PyInt.xor((PyInt) a, (PyInt) b);
        return binary(ts, a, b, BinOp.XOR);
    }

    public static PyObject matmul(ThreadState ts, PyObject a, PyObject b) {
        return binary(ts, a, b, BinOp.MATMUL);
    }

    /** divmod(a, b). */
    public static PyObject divmod(ThreadState ts, PyObject a, PyObject b) {
        PyObject r = binary1(ts, a, b, BinOp.DIVMOD);
        if (r != NI) return r;
        throw Errors.unsupportedOperands("divmod()", a, b);
    }

    /** Any binary operator by enum (the VM's BINARY_OP). */
    public static PyObject binaryOp(ThreadState ts, BinOp op, PyObject a, PyObject b) {
        switch (op) {
            case ADD: return add(ts, a, b);
            case SUB: return sub(ts, a, b);
            case MUL: return mul(ts, a, b);
            case FLOORDIV: return floordiv(ts, a, b);
            case MOD: return mod(ts, a, b);
            case DIVMOD: return divmod(ts, a, b);
            default: return binary(ts, a, b, op);
        }
    }

    /** The in-place operator ({@code a += b}): __iadd__ if defined, else the binary operator. */
    public static PyObject inplaceOp(ThreadState ts, BinOp op, PyObject a, PyObject b) {
        Class<?> ca = a.getClass();
        if (ca == PyInt.class || ca == PyFloat.class || ca == PyStr.class || ca == PyTuple.class) return binaryOp(ts, op, a, b);
        PyObject f = a.type().lookup(op.idunder);
        if (f != null) {
            PyObject r = callDescriptor(ts, f, a, b);
            if (r != NI) return r;
        }
        PyObject r = binary1(ts, a, b, op);
        if (r != NI) return r;
        throw binaryError(a, b, op, op.symbol + "=");
    }

    public static PyObject iadd(ThreadState ts, PyObject a, PyObject b) {
        if (a.getClass() == PyInt.class && b.getClass() == PyInt.class) return PyInt.add((PyInt) a, (PyInt) b);
        return inplaceOp(ts, BinOp.ADD, a, b);
    }

    static PyObject binary(ThreadState ts, PyObject a, PyObject b, BinOp op) {
        PyObject r = binary1(ts, a, b, op);
        if (r != NI) return r;
        throw binaryError(a, b, op, op.symbol);
    }

    private static PyException binaryError(PyObject a, PyObject b, BinOp op, String symbol) {
        if (op == BinOp.ADD && isConcatSequence(a)) {
            return Errors.typeError("can only concatenate " + a.type().name() + " (not \"" + b.type().name() + "\") to "
                    + a.type().name());
        }
        if (op == BinOp.MUL && (isConcatSequence(a) || isConcatSequence(b))) {
            PyObject n = isConcatSequence(a) ? b : a;
            return Errors.typeError("can't multiply sequence by non-int of type '" + n.type().name() + "'");
        }
        if (op == BinOp.POW) symbol = symbol.equals("**=") ? "**=" : "** or pow()";
        return Errors.unsupportedOperands(symbol, a, b);
    }

    private static boolean isConcatSequence(PyObject a) {
        return a instanceof PyStr || a instanceof PyList || a instanceof PyTuple || a instanceof PyBytesLike;
    }

    /** CPython's binary_op1: a.__op__(b), b.__rop__(a), subclass-reflected first; NotImplemented if neither. */
    static PyObject binary1(ThreadState ts, PyObject a, PyObject b, BinOp op) {
        PyType ta = a.type();
        PyType tb = b.type();
        PyObject fa = ta.lookup(op.dunder);
        PyObject fb = ta == tb ? null : tb.lookup(op.rdunder);
        if (fb != null && tb.isSubtypeOf(ta) && fb != ta.lookup(op.rdunder)) {
            PyObject r = callDescriptor(ts, fb, b, a);
            if (r != NI) return r;
            fb = null;
        }
        if (fa != null) {
            PyObject r = callDescriptor(ts, fa, a, b);
            if (r != NI) return r;
        }
        if (fb != null) return callDescriptor(ts, fb, b, a);
        return NI;
    }

    public static PyObject neg(ThreadState ts, PyObject a) {
        if (a.getClass() == PyInt.class) return PyInt.neg((PyInt) a);
        if (a.getClass() == PyFloat.class) return new PyFloat(-((PyFloat) a).value);
        return unary(ts, a, "__neg__", "-");
    }

    public static PyObject pos(ThreadState ts, PyObject a) {
        if (a.getClass() == PyInt.class || a.getClass() == PyFloat.class) return a;
        return unary(ts, a, "__pos__", "+");
    }

    public static PyObject invert(ThreadState ts, PyObject a) {
        if (a.getClass() == PyInt.class) return PyInt.invert((PyInt) a);
        return unary(ts, a, "__invert__", "~");
    }

    public static PyObject abs(ThreadState ts, PyObject a) {
        PyObject f = a.type().lookup("__abs__");
        if (f == null) throw Errors.typeError("bad operand type for abs(): '" + a.type().name() + "'");
        return callDescriptor(ts, f, a);
    }

    public static PyObject not(ThreadState ts, PyObject a) {
        return PyBool.of(!isTrue(ts, a));
    }

    private static PyObject unary(ThreadState ts, PyObject a, String dunder, String symbol) {
        PyObject f = a.type().lookup(dunder);
        if (f == null) throw Errors.badUnary(symbol, a);
        return callDescriptor(ts, f, a);
    }

    // ------------------------------------------------------------------ comparison

    /** a OP b as a Python object (usually a bool). */
    public static PyObject compare(ThreadState ts, PyObject a, PyObject b, Cmp op) {
        Class<?> ca = a.getClass();
        if (ca == PyInt.class && b.getClass() == PyInt.class) return PyBool.of(op.test(PyInt.compare((PyInt) a, (PyInt) b)));
        if (ca == PyFloat.class && b.getClass() == PyFloat.class) return PyBool.of(compareDoubles(((PyFloat) a).value, ((PyFloat) b).value, op));
        if (ca == PyStr.class && b.getClass() == PyStr.class) {
            if (op == Cmp.EQ) return PyBool.of(((PyStr) a).value.equals(((PyStr) b).value));
            if (op == Cmp.NE) return PyBool.of(!((PyStr) a).value.equals(((PyStr) b).value));
            return PyBool.of(op.test(StrMethods.compare((PyStr) a, (PyStr) b)));
        }
        return richCompare(ts, a, b, op);
    }

    private static boolean compareDoubles(double x, double y, Cmp op) {
        switch (op) {
            case LT: return x < y;
            case LE: return x <= y;
            case EQ: return x == y;
            case NE: return x != y;
            case GT: return x > y;
            default: return x >= y;
        }
    }

    /** CPython's do_richcompare. */
    static PyObject richCompare(ThreadState ts, PyObject a, PyObject b, Cmp op) {
        ts.enterRecursive(" in comparison");
        try {
            PyType ta = a.type();
            PyType tb = b.type();
            boolean checkedReverse = false;
            if (ta != tb && tb.isSubtypeOf(ta)) {
                PyObject f = tb.lookup(op.reflected);
                if (f != null) {
                    checkedReverse = true;
                    PyObject r = callDescriptor(ts, f, b, a);
                    if (r != NI) return r;
                }
            }
            PyObject f = ta.lookup(op.dunder);
            if (f != null) {
                PyObject r = callDescriptor(ts, f, a, b);
                if (r != NI) return r;
            }
            if (!checkedReverse) {
                PyObject g = tb.lookup(op.reflected);
                if (g != null) {
                    PyObject r = callDescriptor(ts, g, b, a);
                    if (r != NI) return r;
                }
            }
        } finally {
            ts.leaveRecursive();
        }
        if (op == Cmp.EQ) return PyBool.of(a == b);
        if (op == Cmp.NE) return PyBool.of(a != b);
        throw Errors.typeError("'" + op.symbol + "' not supported between instances of '" + a.type().name() + "' and '"
                + b.type().name() + "'");
    }

    /** a == b as a Java boolean, identity first (PyObject_RichCompareBool). */
    public static boolean eqBool(ThreadState ts, PyObject a, PyObject b) {
        if (a == b) return true;
        Class<?> ca = a.getClass();
        if (ca == PyInt.class && b.getClass() == PyInt.class) return PyInt.compare((PyInt) a, (PyInt) b) == 0;
        if (ca == PyStr.class && b.getClass() == PyStr.class) return ((PyStr) a).value.equals(((PyStr) b).value);
        PyObject r = compare(ts, a, b, Cmp.EQ);
        return r == PyBool.TRUE || (r != PyBool.FALSE && isTrue(ts, r));
    }

    /** a OP b as a Java boolean (identity implies == and not !=, as in containers). */
    public static boolean compareBool(ThreadState ts, PyObject a, PyObject b, Cmp op) {
        if (a == b) {
            if (op == Cmp.EQ) return true;
            if (op == Cmp.NE) return false;
        }
        PyObject r = compare(ts, a, b, op);
        return r == PyBool.TRUE || (r != PyBool.FALSE && isTrue(ts, r));
    }

    // ------------------------------------------------------------------ truth, length, hashing

    public static boolean isTrue(ThreadState ts, PyObject o) {
        if (o == PyBool.TRUE) return true;
        if (o == PyBool.FALSE || o == PyNone.NONE) return false;
        Class<?> c = o.getClass();
        if (c == PyInt.class) return ((PyInt) o).signum() != 0;
        if (c == PyStr.class) return !((PyStr) o).value.isEmpty();
        if (c == PyList.class) return ((PyList) o).size != 0;
        if (c == PyTuple.class) return ((PyTuple) o).items.length != 0;
        if (c == PyDict.class) return ((PyDict) o).size() != 0;
        if (c == PyFloat.class) return ((PyFloat) o).value != 0;
        PyType t = o.type();
        PyObject f = t.lookup("__bool__");
        if (f != null) {
            PyObject r = callDescriptor(ts, f, o);
            if (!(r instanceof PyBool)) throw Errors.typeError("__bool__ should return bool, returned " + r.type().name());
            return r == PyBool.TRUE;
        }
        f = t.lookup("__len__");
        if (f != null) return lenResult(ts, callDescriptor(ts, f, o)) != 0;
        return true;
    }

    /** len(o). */
    public static int len(ThreadState ts, PyObject o) {
        Class<?> c = o.getClass();
        if (c == PyList.class) return ((PyList) o).size;
        if (c == PyStr.class) return ((PyStr) o).length();
        if (c == PyTuple.class) return ((PyTuple) o).items.length;
        if (c == PyDict.class) return ((PyDict) o).size();
        PyObject f = o.type().lookup("__len__");
        if (f == null) throw Errors.typeError("object of type '" + o.type().name() + "' has no len()");
        return lenResult(ts, callDescriptor(ts, f, o));
    }

    private static int lenResult(ThreadState ts, PyObject r) {
        PyInt n = index(ts, r);
        if (n.signum() < 0) throw Errors.valueError("__len__() should return >= 0");
        if (n.isBig() || n.longValue() > Integer.MAX_VALUE) {
            throw Errors.overflowError("cannot fit 'int' into an index-sized integer");
        }
        return (int) n.longValue();
    }

    /** hash(o) as Python computes it (64-bit, never -1). */
    public static long hash(ThreadState ts, PyObject o) {
        Class<?> c = o.getClass();
        if (c == PyStr.class) return ((PyStr) o).value.hashCode();
        if (c == PyInt.class || c == PyBool.class) return ((PyInt) o).pyHash();
        if (c == PyFloat.class) {
            double d = ((PyFloat) o).value;
            return Double.isNaN(d) ? System.identityHashCode(o) : PyFloat.hashDouble(d);
        }
        if (c == PyTuple.class) return ((PyTuple) o).pyHash(ts);
        PyObject f = o.type().lookup("__hash__");
        if (f == null || f == PyNone.NONE) throw Errors.typeError("unhashable type: '" + o.type().name() + "'");
        if (f == ObjectMethods.HASH) return identityHash(o);
        PyObject r = callDescriptor(ts, f, o);
        if (!(r instanceof PyInt)) throw Errors.typeError("__hash__ method should return an integer");
        long h = ((PyInt) r).isBig() ? ((PyInt) r).pyHash() : ((PyInt) r).longValue();
        return h == -1 ? -2 : h;
    }

    /** object.__hash__: derived from identity (CPython: id >> 4). */
    static long identityHash(PyObject o) {
        return System.identityHashCode(o);
    }

    // ------------------------------------------------------------------ containers and iteration

    public static PyObject getItem(ThreadState ts, PyObject o, PyObject key) {
        Class<?> c = o.getClass();
        if (c == PyList.class && key.getClass() == PyInt.class && !((PyInt) key).isBig()) {
            PyList l = (PyList) o;
            long i = ((PyInt) key).longValue();
            if (i < 0) i += l.size;
            if (i < 0 || i >= l.size) throw Errors.indexError("list index out of range");
            return l.items[(int) i];
        }
        if (c == PyDict.class) return DictMethods.getItem(ts, o, key);
        if (c == PyTuple.class) return TupleMethods.getItem(ts, o, key);
        if (c == PyStr.class) return StrOps.getItem(ts, (PyStr) o, key);
        if (c == PyList.class) return ListMethods.getItem(ts, o, key);
        PyObject f = o.type().lookup("__getitem__");
        if (f != null) return callDescriptor(ts, f, o, key);
        if (o instanceof PyType) {
            PyObject cg = ((PyType) o).lookup("__class_getitem__");
            if (cg != null) return Ops.call(ts, bindClassGetItem(ts, cg, (PyType) o), key);
            if (o == PyType.TYPE) return new PyGenericAlias(o, key);
        }
        throw Errors.notA(o, "is not subscriptable");
    }

    private static PyObject bindClassGetItem(ThreadState ts, PyObject cg, PyType cls) {
        if (cg instanceof Descriptor) return ((Descriptor) cg).get(ts, null, cls);
        return cg;
    }

    public static void setItem(ThreadState ts, PyObject o, PyObject key, PyObject v) {
        Class<?> c = o.getClass();
        if (c == PyList.class && key.getClass() == PyInt.class && !((PyInt) key).isBig()) {
            PyList l = (PyList) o;
            long i = ((PyInt) key).longValue();
            if (i < 0) i += l.size;
            if (i < 0 || i >= l.size) throw Errors.indexError("list assignment index out of range");
            l.items[(int) i] = v;
            return;
        }
        if (c == PyDict.class) {
            ((PyDict) o).put(ts, key, v);
            return;
        }
        PyObject f = o.type().lookup("__setitem__");
        if (f == null) throw Errors.notA(o, "does not support item assignment");
        callDescriptor(ts, f, o, key, v);
    }

    public static void delItem(ThreadState ts, PyObject o, PyObject key) {
        PyObject f = o.type().lookup("__delitem__");
        if (f == null) throw Errors.notA(o, "does not support item deletion");
        callDescriptor(ts, f, o, key);
    }

    /** {@code item in container}. */
    public static boolean contains(ThreadState ts, PyObject container, PyObject item) {
        Class<?> c = container.getClass();
        if (c == PyDict.class) return ((PyDict) container).containsKey(ts, item);
        if (c == PyList.class) return Sequences.contains(ts, ((PyList) container).items, ((PyList) container).size, item);
        if (c == PyTuple.class) return Sequences.contains(ts, ((PyTuple) container).items, ((PyTuple) container).items.length, item);
        PyObject f = container.type().lookup("__contains__");
        if (f != null) return isTrue(ts, callDescriptor(ts, f, container, item));
        if (container.type().lookup("__iter__") == null && container.type().lookup("__getitem__") == null) {
            throw Errors.typeError("argument of type '" + container.type().name() + "' is not iterable");
        }
        PyObject it = iter(ts, container);
        for (PyObject x; (x = next(ts, it)) != null; ) if (x == item || eqBool(ts, x, item)) return true;
        return false;
    }

    /** iter(o). */
    public static PyObject iter(ThreadState ts, PyObject o) {
        Class<?> c = o.getClass();
        if (c == PyList.class) return PySeqIterator.of((PyList) o);
        if (c == PyTuple.class) return PySeqIterator.of((PyTuple) o);
        if (c == PyRange.class) return ((PyRange) o).iterator();
        if (c == PyStr.class) return new PyStrIterator((PyStr) o);
        if (c == PyDict.class) return PyDictIterator.of((PyDict) o, PyDictIterator.Kind.KEYS);
        if (o instanceof PyIter) return o;
        PyObject f = o.type().lookup("__iter__");
        if (f == PyNone.NONE) throw Errors.notA(o, "is not iterable");
        if (f != null) {
            PyObject it = callDescriptor(ts, f, o);
            if (!(it instanceof PyIter) && it.type().lookup("__next__") == null) {
                throw Errors.typeError("iter() returned non-iterator of type '" + it.type().name() + "'");
            }
            return it;
        }
        if (o.type().lookup("__getitem__") != null) return PySeqIterator.ofGetItem(o);
        throw Errors.notA(o, "is not iterable");
    }

    /** next(it): the next item, or null when the iterator is exhausted (StopIteration swallowed). */
    public static PyObject next(ThreadState ts, PyObject it) {
        if (it instanceof PyIter) return ((PyIter) it).next(ts);
        PyObject f = it.type().lookup("__next__");
        if (f == null) throw Errors.notA(it, "is not an iterator");
        try {
            return callDescriptor(ts, f, it);
        } catch (PyException e) {
            if (e.matches(PyExc.StopIteration)) return null;
            throw e;
        }
    }

    // ------------------------------------------------------------------ conversions

    /** repr(o) as a Java string. */
    public static String repr(ThreadState ts, PyObject o) {
        Class<?> c = o.getClass();
        if (c == PyStr.class) return StrMethods.repr(((PyStr) o).value);
        if (c == PyInt.class) return ((PyInt) o).toDecimal();
        PyObject f = o.type().lookup("__repr__");
        ts.enterRecursive(" while getting the repr of an object");
        PyObject r;
        try {
            r = callDescriptor(ts, f, o);
        } finally {
            ts.leaveRecursive();
        }
        if (!(r instanceof PyStr)) throw Errors.typeError("__repr__ returned non-string (type " + r.type().name() + ")");
        return ((PyStr) r).value;
    }

    /** str(o) as a Java string. */
    public static String str(ThreadState ts, PyObject o) {
        Class<?> c = o.getClass();
        if (c == PyStr.class) return ((PyStr) o).value;
        if (c == PyInt.class) return ((PyInt) o).toDecimal();
        if (c == PyFloat.class) return FloatMath.repr(((PyFloat) o).value);
        PyObject f = o.type().lookup("__str__");
        ts.enterRecursive(" while getting the str of an object");
        PyObject r;
        try {
            r = callDescriptor(ts, f, o);
        } finally {
            ts.leaveRecursive();
        }
        if (!(r instanceof PyStr)) throw Errors.typeError("__str__ returned non-string (type " + r.type().name() + ")");
        return ((PyStr) r).value;
    }

    /** ascii(o): repr with non-ASCII characters escaped. */
    public static String ascii(ThreadState ts, PyObject o) {
        return org.gilkit.runtime.format.StrRepr.asciiEscape(repr(ts, o));
    }

    /** format(value, spec) through __format__. */
    public static String format(ThreadState ts, PyObject v, String spec) {
        Class<?> c = v.getClass();
        if (spec.isEmpty() && (c == PyStr.class || c == PyInt.class || c == PyFloat.class)) return str(ts, v);
        PyObject f = v.type().lookup("__format__");
        PyObject r = callDescriptor(ts, f, v, new PyStr(spec));
        if (!(r instanceof PyStr)) throw Errors.typeError("__format__ must return a str, not " + r.type().name());
        return ((PyStr) r).value;
    }

    /** operator.index(o): an int, or TypeError "'float' object cannot be interpreted as an integer". */
    public static PyInt index(ThreadState ts, PyObject o) {
        if (o instanceof PyInt) return (PyInt) o;
        PyObject f = o.type().lookup("__index__");
        if (f == null) throw Errors.notA(o, "cannot be interpreted as an integer");
        PyObject r = callDescriptor(ts, f, o);
        if (!(r instanceof PyInt)) throw Errors.typeError("__index__ returned non-int (type " + r.type().name() + ")");
        return (PyInt) r;
    }

    /** int(o) with one argument. */
    public static PyInt toInt(ThreadState ts, PyObject o) {
        if (o instanceof PyInt) return ((PyInt) o).asExactInt();
        if (o instanceof PyStr) return IntMethods.parseDecimal(ts, o, ((PyStr) o).value);
        if (o instanceof PyBytesLike) return IntMethods.parseDecimal(ts, o, ((PyBytesLike) o).latin1());
        for (String m : new String[] {"__int__", "__index__", "__trunc__"}) {
            PyObject f = o.type().lookup(m);
            if (f == null) continue;
            PyObject r = callDescriptor(ts, f, o);
            if (!(r instanceof PyInt)) {
                if (m.equals("__trunc__")) return index(ts, r);
                throw Errors.typeError(m + " returned non-int (type " + r.type().name() + ")");
            }
            return ((PyInt) r).asExactInt();
        }
        throw Errors.typeError("int() argument must be a string, a bytes-like object or a real number, not '"
                + o.type().name() + "'");
    }

    /** float(o) with one argument. */
    public static double toDouble(ThreadState ts, PyObject o) {
        if (o instanceof PyFloat) return ((PyFloat) o).value;
        if (o instanceof PyInt) return ((PyInt) o).asDouble();
        if (o instanceof PyStr || o instanceof PyBytesLike) {
            String s = o instanceof PyStr ? ((PyStr) o).value : ((PyBytesLike) o).latin1();
            Double d = FloatMath.parse(s);
            if (d == null) throw Errors.valueError("could not convert string to float: " + repr(ts, o));
            return d;
        }
        PyObject f = o.type().lookup("__float__");
        if (f != null) {
            PyObject r = callDescriptor(ts, f, o);
            if (!(r instanceof PyFloat)) {
                throw Errors.typeError(o.type().name() + ".__float__ returned non-float (type " + r.type().name() + ")");
            }
            return ((PyFloat) r).value;
        }
        if (o.type().lookup("__index__") != null) return index(ts, o).asDouble();
        throw Errors.typeError("float() argument must be a string or a real number, not '" + o.type().name() + "'");
    }

    /** A float operand for math-like builtins: float or int (or __float__/__index__). */
    public static double asDouble(ThreadState ts, PyObject o) {
        if (o instanceof PyFloat) return ((PyFloat) o).value;
        if (o instanceof PyInt) return ((PyInt) o).asDouble();
        if (o.type().lookup("__float__") != null || o.type().lookup("__index__") != null) return toDouble(ts, o);
        throw Errors.typeError("must be real number, not " + o.type().name());
    }

    /** A str argument of a builtin: "f() argument 'name' must be str, not int". */
    public static String strArg(String fname, String argname, PyObject o) {
        if (!(o instanceof PyStr)) {
            throw Errors.typeError(fname + "() argument '" + argname + "' must be str, not "
                    + (o == PyNone.NONE ? "None" : o.type().name()));
        }
        return ((PyStr) o).value;
    }

    // ------------------------------------------------------------------ types

    /** isinstance(obj, cls) with cls a type or a (nested) tuple of types. */
    public static boolean isInstance(ThreadState ts, PyObject obj, PyObject cls) {
        if (cls instanceof PyType) {
            if (obj.type().isSubtypeOf((PyType) cls)) return true;
            PyObject check = cls.type().lookup("__instancecheck__");
            if (check != null && check != TypeMethods.INSTANCECHECK) return isTrue(ts, callDescriptor(ts, check, cls, obj));
            return false;
        }
        if (cls instanceof PyTuple) {
            for (PyObject c : ((PyTuple) cls).items) if (isInstance(ts, obj, c)) return true;
            return false;
        }
        if (cls instanceof PyUnionType u) {
            for (PyObject c : u.args()) if (isInstance(ts, obj, c)) return true;
            return false;
        }
        PyObject hook = cls.type().lookup("__instancecheck__");
        if (hook != null) return isTrue(ts, callDescriptor(ts, hook, cls, obj));
        throw Errors.typeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
    }

    /** issubclass(c, cls). */
    public static boolean isSubclass(ThreadState ts, PyObject c, PyObject cls) {
        if (cls instanceof PyTuple) {
            for (PyObject x : ((PyTuple) cls).items) if (isSubclass(ts, c, x)) return true;
            return false;
        }
        if (cls instanceof PyUnionType u) {
            for (PyObject x : u.args()) if (isSubclass(ts, c, x)) return true;
            return false;
        }
        if (!(cls instanceof PyType) && cls.type().lookup("__subclasscheck__") != null) {
            return isTrue(ts, callDescriptor(ts, cls.type().lookup("__subclasscheck__"), cls, c));
        }
        if (!(cls instanceof PyType)) throw Errors.typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
        if (!(c instanceof PyType)) throw Errors.typeError("issubclass() arg 1 must be a class");
        if (((PyType) c).isSubtypeOf((PyType) cls)) return true;
        PyObject check = cls.type().lookup("__subclasscheck__");
        if (check != null && check != TypeMethods.SUBCLASSCHECK) return isTrue(ts, callDescriptor(ts, check, cls, c));
        return false;
    }

    /** id(o) formatted as CPython prints addresses ("0x7f..."). */
    public static String hexId(ThreadState ts, PyObject o) {
        return "0x" + Long.toHexString(ts.interp().id(o));
    }
}
