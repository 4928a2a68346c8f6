package org.gilkit.vm;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gilkit.compiler.Code;
import org.gilkit.compiler.Op;
import org.gilkit.compiler.OpCode;
import org.gilkit.runtime.DataDescriptor;
import org.gilkit.runtime.Descriptor;
import org.gilkit.runtime.Errors;
import org.gilkit.runtime.MethodDescriptor;
import org.gilkit.runtime.Ops;
import org.gilkit.runtime.PyBaseException;
import org.gilkit.runtime.PyBool;
import org.gilkit.runtime.PyDict;
import org.gilkit.runtime.PyException;
import org.gilkit.runtime.PyExc;
import org.gilkit.runtime.PyInstance;
import org.gilkit.runtime.PyInt;
import org.gilkit.runtime.PyList;
import org.gilkit.runtime.PyModule;
import org.gilkit.runtime.PyNone;
import org.gilkit.runtime.PyObject;
import org.gilkit.runtime.PySet;
import org.gilkit.runtime.PyStr;
import org.gilkit.runtime.PyTuple;
import org.gilkit.runtime.PyType;
import org.gilkit.runtime.ThreadState;

/**
 * The out-of-line halves of the instructions in {@link Eval#execute}: everything longer than a
 * few lines, so the dispatch loop stays small enough for the JIT to compile well. Each method is
 * named after the instruction (or the protocol) it implements and raises CPython 3.11's errors.
 */
final class Instructions {
    private Instructions() {}

    static PyException recursionError() {
        return Errors.recursionError("maximum recursion depth exceeded");
    }

    /** A pending signal on the main thread: KeyboardInterrupt, or the signal module's handlers (Signals.deliver). */
    static void deliverInterrupt(ThreadState ts) {
        java.util.List<ThreadState> all = ts.interp().threads();
        if (all.isEmpty() || all.get(0) != ts) return;
        org.gilkit.modules.Signals.deliver(ts);
    }

    /** Nulls dead stack slots so popped values can be collected. */
    static void clear(PyObject[] s, int from, int to) {
        for (int i = from; i < to; i++) s[i] = null;
    }

    // ---------------------------------------------------------------- names

    static PyException unboundLocal(Code co, int i) {
        return Errors.of(PyExc.UnboundLocalError, "cannot access local variable '" + co.varnames[i]
                + "' where it is not associated with a value");
    }

    static PyException unboundDeref(Code co, int i) {
        if (i < co.cellvars.length) {
            return Errors.of(PyExc.UnboundLocalError, "cannot access local variable '" + co.cellName(i)
                    + "' where it is not associated with a value");
        }
        return Errors.nameError("cannot access free variable '" + co.cellName(i)
                + "' where it is not associated with a value in enclosing scope");
    }

    static PyException notDefined(PyStr name) {
        PyException e = Errors.nameError("name '" + name.value() + "' is not defined");
        e.value().setMember("name", name);
        return e;
    }

    static PyObject loadGlobal(Frame f, PyStr name) {
        PyObject v = f.globals.getItem(name);
        if (v != null) return v;
        v = f.builtins.getItem(name);
        if (v != null) return v;
        throw notDefined(name);
    }

    static void deleteGlobal(Frame f, PyStr name) {
        if (f.globals.remove(name) == null) throw notDefined(name);
    }

    static PyObject loadName(Frame f, PyStr name) {
        PyObject v = f.locals.getItem(name);
        if (v != null) return v;
        return loadGlobal(f, name);
    }

    static void storeName(ThreadState ts, Frame f, PyStr name, PyObject v) {
        f.locals.put(ts, name, v);
    }

    static void deleteName(ThreadState ts, Frame f, PyStr name) {
        if (f.locals.remove(ts, name) == null) throw notDefined(name);
    }

    static PyObject loadClassDeref(Frame f, int i) {
        String n = f.code.cellName(i);
        PyObject v = f.locals.getStr(n);
        if (v != null) return v;
        v = ((Cell) f.slots[f.code.varnames.length + i]).value;
        if (v == null) throw unboundDeref(f.code, i);
        return v;
    }

    static PyObject loadBuildClass(Frame f) {
        PyObject v = f.builtins.getStr("__build_class__");
        if (v == null) throw Errors.nameError("__build_class__ not found");
        return v;
    }

    // ---------------------------------------------------------------- attributes and items

    /** object.__setattr__, to recognise types that do not override it (a constant of the object type). */
    private static final PyObject OBJECT_SETATTR = PyType.OBJECT.lookup("__setattr__");

    /**
     * What one attribute instruction saw last time: the instance type and its {@link PyType#version()},
     * and the type-level attribute found then (null if none). Valid while the type is unchanged; an
     * entry is only made when the fast path applies (no custom __getattribute__/__setattr__, and the
     * type attribute lets the instance dict decide). Immutable, so a racing reader sees a whole entry.
     */
    static final class AttrSite {
        final PyType type;
        final int version;
        final PyObject typeAttr;
        /**
         * Where the last instance seen here kept the attribute in its dict (a guess checked by
         * {@link PyDict#strAt}, so a plain racy int is enough).
         */
        private int dictHint;

        AttrSite(PyType type, PyObject typeAttr) {
            this.type = type;
            this.version = type.version();
            this.typeAttr = typeAttr;
        }

        boolean valid(PyType t) {
            return type == t && version == t.version();
        }

        /** {@code d[name]} for an instance dict, or null: the hinted position first, then a lookup. */
        PyObject fromDict(PyDict d, String name) {
            PyObject v = d.strAt(dictHint, name);
            if (v != null) return v;
            int ix = d.indexOfStr(name);
            if (ix < 0) return null;
            dictHint = ix;
            return d.valueAt(ix);
        }

        /** Replaces an existing {@code d[name]} (at the hinted position if the guess holds): false if the key is new. */
        boolean intoDict(PyDict d, String name, PyObject v) {
            if (d.replaceStrAt(dictHint, name, v)) return true;
            int ix = d.indexOfStr(name);
            if (ix < 0) return false;
            dictHint = ix;
            return d.replaceStrAt(ix, name, v);
        }
    }

    /**
     * LOAD_ATTR with an inline cache at {@code site}. Instances of user classes (the common
     * {@code self.x}) follow object.__getattribute__ exactly for the attributes the fast path
     * handles: a type attribute that is absent, a non-data descriptor or a plain built-in value
     * yields to the instance dict, searched at the position the site learned (then by hash)
     * with the code's interned name. Everything else (data descriptors, user descriptors,
     * __getattr__, custom __getattribute__) goes to {@link Ops#getattr}.
     */
    static PyObject getattr(ThreadState ts, Object[] caches, int site, PyObject o, PyStr name) {
        if (o instanceof PyInstance) {
            PyType t = o.type();
            AttrSite c = caches[site] instanceof AttrSite a && a.valid(t) ? a : null;
            if (c == null) {
                PyObject attr = t.hasCustomGetattribute() ? null : t.lookup(name.value());
                if (t.hasCustomGetattribute() || !yieldsToInstanceDict(attr)) return Ops.getattr(ts, o, name.value());
                c = new AttrSite(t, attr);
                caches[site] = c;
            }
            PyDict d = o.dict();
            if (d != null) {
                PyObject v = c.fromDict(d, name.value());
                if (v != null) return v;
            }
            PyObject attr = c.typeAttr;
            if (attr instanceof Descriptor desc) return desc.get(ts, o, t);
            if (attr != null) return attr;
        }
        return Ops.getattr(ts, o, name.value());
    }

    /** Whether a type attribute lets the instance dict decide (absent, non-data descriptor, plain value). */
    private static boolean yieldsToInstanceDict(PyObject attr) {
        if (attr == null) return true;
        if (attr instanceof Descriptor) return !(attr instanceof DataDescriptor);
        return attr.type().isBuiltin();
    }

    /** STORE_ATTR, with the same inline cache and fast path as {@link #getattr}. */
    static void setattr(ThreadState ts, Object[] caches, int site, PyObject o, PyStr name, PyObject v) {
        if (o instanceof PyInstance) {
            PyType t = o.type();
            AttrSite c = caches[site] instanceof AttrSite a && a.valid(t) ? a : null;
            if (c == null && t.lookup("__setattr__") == OBJECT_SETATTR && yieldsToInstanceDict(t.lookup(name.value()))) {
                c = new AttrSite(t, null);
                caches[site] = c;
            }
            if (c != null) {
                PyDict d = o.dict();
                if (d != null) {
                    if (!c.intoDict(d, name.value(), v)) d.put(ts, name, v);
                    return;
                }
            }
        }
        Ops.setattr(ts, o, name.value(), v);
    }

    static void delattr(ThreadState ts, PyObject o, PyStr name) {
        Ops.delattr(ts, o, name.value());
    }

    /**
     * LOAD_METHOD: obj -> (function, obj) when the attribute is a plain method found on the type
     * and not shadowed by the instance dict, so CALL_METHOD can call it without allocating a bound
     * method; otherwise (attribute, NULL).
     */
    static int loadMethod(ThreadState ts, Object[] caches, int site, PyObject[] s, int sp, PyStr name) {
        PyObject obj = s[sp - 1];
        PyType t = obj.type();
        PyObject m;
        if (caches[site] instanceof AttrSite c && c.valid(t)) {
            m = c.typeAttr;
        } else {
            m = t.lookup(name.value());
            if (!(m instanceof MethodDescriptor) || obj instanceof PyType || t.hasCustomGetattribute()) m = null;
            else caches[site] = new AttrSite(t, m);
        }
        if (m != null) {
            PyDict d = obj.dict();
            if (d == null || d.size() == 0 || d.getStr(name.value()) == null) {
                s[sp - 1] = m;
                s[sp] = obj;
                return sp + 1;
            }
        }
        s[sp - 1] = Ops.getattr(ts, obj, name.value());
        s[sp] = null;
        return sp + 1;
    }

    static PyObject getitem(ThreadState ts, PyObject o, PyObject k) {
        return Ops.getItem(ts, o, k);
    }

    static void setitem(ThreadState ts, PyObject o, PyObject k, PyObject v) {
        Ops.setItem(ts, o, k, v);
    }

    static void delitem(ThreadState ts, PyObject o, PyObject k) {
        Ops.delItem(ts, o, k);
    }

    // ---------------------------------------------------------------- operators

    static boolean isTrue(ThreadState ts, PyObject v) {
        return Ops.isTrue(ts, v);
    }

    static PyObject unary(ThreadState ts, int op, PyObject v) {
        switch (op) {
            case Op.UNARY_POSITIVE: return Ops.pos(ts, v);
            case Op.UNARY_NEGATIVE: return Ops.neg(ts, v);
            default: return Ops.invert(ts, v);
        }
    }

    /** Operator of each BINARY_* / INPLACE_* opcode, in {@link Op} order (ADD, SUBTRACT, MULTIPLY...). */
    private static final Ops.BinOp[] BIN_OPS = {
        Ops.BinOp.ADD, Ops.BinOp.SUB, Ops.BinOp.MUL, Ops.BinOp.MATMUL, Ops.BinOp.TRUEDIV, Ops.BinOp.MOD,
        Ops.BinOp.POW, Ops.BinOp.LSHIFT, Ops.BinOp.RSHIFT, Ops.BinOp.OR, Ops.BinOp.XOR, Ops.BinOp.AND,
        Ops.BinOp.FLOORDIV
    };

    static PyObject binary(ThreadState ts, int op, PyObject a, PyObject b) {
        if (op >= Op.INPLACE_ADD) return Ops.inplaceOp(ts, BIN_OPS[op - Op.INPLACE_ADD], a, b);
        return Ops.binaryOp(ts, BIN_OPS[op - Op.BINARY_ADD], a, b);
    }

    /**
     * BINARY_* / INPLACE_* on two exact ints: {@code *}, {@code %} and {@code //} go straight to
     * {@link PyInt}'s arithmetic (same results and errors as the generic path, which reaches the
     * same methods through {@link Ops#binaryOp}'s operator switch and the type tests of
     * {@code Ops.mul}/{@code mod}/{@code floordiv}: three calls the JIT did not inline from the
     * dispatch loop; {@code n % i == 0} in a prime test was 1.7x CPython). Others take the generic path.
     */
    static PyObject intBinary(ThreadState ts, int op, PyInt a, PyInt b) {
        switch (op) {
            case Op.BINARY_MULTIPLY:
            case Op.INPLACE_MULTIPLY:
                return PyInt.mul(a, b);
            case Op.BINARY_MODULO:
            case Op.INPLACE_MODULO:
                return PyInt.mod(a, b);
            case Op.BINARY_FLOOR_DIVIDE:
            case Op.INPLACE_FLOOR_DIVIDE:
                return PyInt.floordiv(a, b);
            default:
                return binary(ts, op, a, b);
        }
    }

    /**
     * BINARY_COMPARE_JUMP's generic path (operands at {@code code[pc ..]}, see Eval): loads a
     * and b, applies the operator, loads c and compares, in the order of the instructions it
     * covers, with their errors (unbound locals, TypeError, ZeroDivisionError); the truth of the
     * comparison.
     */
    static boolean binaryCompare(ThreadState ts, Frame f, int[] code, int pc) {
        f.lasti = pc - 1;
        PyObject a = fusedOperand(f, Op.LOAD_FAST, code[pc]);
        PyObject b = fusedOperand(f, code[pc + 1], code[pc + 2]);
        PyObject v = binary(ts, code[pc + 3], a, b);
        PyObject c = fusedOperand(f, code[pc + 4], code[pc + 5]);
        PyObject r = compare(ts, v, c, code[pc + 7]);
        return r == PyBool.TRUE || (r != PyBool.FALSE && isTrue(ts, r));
    }

    /** A LOAD_FAST or LOAD_CONST inside a superinstruction: the local (boxed) or the constant. */
    private static PyObject fusedOperand(Frame f, int load, int arg) {
        if (load != Op.LOAD_FAST) return f.consts[arg];
        PyObject v = f.slots[arg];
        if (v == null) throw unboundLocal(f.code, arg);
        return v == IntLocals.UNBOXED ? IntLocals.box(f, arg) : v;
    }

    static PyObject compareLongs(long a, long b, int op) {
        boolean r;
        switch (op) {
            case OpCode.CMP_LT: r = a < b; break;
            case OpCode.CMP_LE: r = a <= b; break;
            case OpCode.CMP_EQ: r = a == b; break;
            case OpCode.CMP_NE: r = a != b; break;
            case OpCode.CMP_GT: r = a > b; break;
            default: r = a >= b; break;
        }
        return r ? PyBool.TRUE : PyBool.FALSE;
    }

    private static final Ops.Cmp[] CMPS = Ops.Cmp.values();

    /** COMPARE_OP's operand order (OpCode.CMP_*) is Ops.Cmp's declaration order. */
    static PyObject compare(ThreadState ts, PyObject a, PyObject b, int op) {
        return Ops.compare(ts, a, b, CMPS[op]);
    }

    static boolean contains(ThreadState ts, PyObject container, PyObject item) {
        return Ops.contains(ts, container, item);
    }

    // ---------------------------------------------------------------- builders

    static PyObject tupleFrom(PyObject[] s, int from, int n) {
        if (n == 0) return PyTuple.EMPTY;
        PyObject[] items = new PyObject[n];
        System.arraycopy(s, from, items, 0, n);
        clear(s, from + 1, from + n);
        return new PyTuple(items);
    }

    static PyObject listFrom(PyObject[] s, int from, int n) {
        PyObject[] items = new PyObject[n];
        System.arraycopy(s, from, items, 0, n);
        clear(s, from + 1, from + n);
        return new PyList(items);
    }

    static PyObject setFrom(ThreadState ts, PyObject[] s, int from, int n) {
        PySet set = new PySet(false);
        for (int i = 0; i < n; i++) set.add(ts, s[from + i]);
        clear(s, from + 1, from + n);
        return set;
    }

    static PyObject dictFrom(ThreadState ts, PyObject[] s, int from, int n) {
        PyDict d = new PyDict();
        for (int i = 0; i < n; i++) d.put(ts, s[from + 2 * i], s[from + 2 * i + 1]);
        clear(s, from + 1, from + 2 * n);
        return d;
    }

    static PyObject concat(PyObject[] s, int from, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) sb.append(((PyStr) s[from + i]).value());
        clear(s, from + 1, from + n);
        return new PyStr(sb.toString());
    }

    static void setAdd(ThreadState ts, PyObject set, PyObject v) {
        ((PySet) set).add(ts, v);
    }

    static void listExtend(ThreadState ts, PyObject list, PyObject iterable) {
        PyList l = (PyList) list;
        if (iterable instanceof PyTuple t) {
            for (PyObject x : t.items()) l.append(x);
            return;
        }
        PyObject it;
        try {
            it = Ops.iter(ts, iterable);
        } catch (PyException e) {
            if (e.matches(PyExc.TypeError) && !hasIter(iterable)) {
                throw Errors.typeError("Value after * must be an iterable, not " + iterable.type().name());
            }
            throw e;
        }
        for (PyObject x = Ops.next(ts, it); x != null; x = Ops.next(ts, it)) l.append(x);
    }

    static void setUpdate(ThreadState ts, PyObject set, PyObject iterable) {
        PyObject it = Ops.iter(ts, iterable);
        for (PyObject x = Ops.next(ts, it); x != null; x = Ops.next(ts, it)) ((PySet) set).add(ts, x);
    }

    static void dictUpdate(ThreadState ts, PyObject dict, PyObject mapping) {
        if (!isMapping(mapping)) {
            throw Errors.typeError("'" + mapping.type().name() + "' object is not a mapping");
        }
        mergeMapping(ts, (PyDict) dict, mapping, null);
    }

    /** {@code f(**m)}: like DICT_UPDATE but a repeated key is an error naming the function. */
    static void dictMerge(ThreadState ts, PyObject dict, PyObject mapping, PyObject func) {
        if (!isMapping(mapping)) {
            throw Errors.typeError(functionName(ts, func) + " argument after ** must be a mapping, not "
                    + mapping.type().name());
        }
        mergeMapping(ts, (PyDict) dict, mapping, func);
    }

    private static void mergeMapping(ThreadState ts, PyDict d, PyObject mapping, PyObject func) {
        List<PyObject> keys = new ArrayList<>();
        if (mapping instanceof PyDict m && mapping.type() == PyDict.TYPE) {
            for (Map.Entry<PyObject, PyObject> e : m.entries()) put(ts, d, e.getKey(), e.getValue(), func);
            return;
        }
        PyObject ks = Ops.callMethod(ts, mapping, "keys");
        PyObject it = Ops.iter(ts, ks);
        for (PyObject k = Ops.next(ts, it); k != null; k = Ops.next(ts, it)) keys.add(k);
        for (PyObject k : keys) put(ts, d, k, Ops.getItem(ts, mapping, k), func);
    }

    private static void put(ThreadState ts, PyDict d, PyObject k, PyObject v, PyObject func) {
        if (func != null) {
            if (!(k instanceof PyStr)) throw Errors.typeError(functionName(ts, func) + " keywords must be strings");
            if (d.getItem(ts, k) != null) {
                throw Errors.typeError(functionName(ts, func) + " got multiple values for keyword argument '"
                        + ((PyStr) k).value() + "'");
            }
        }
        d.put(ts, k, v);
    }

    /** "f()" or "A.m()" (CPython's _PyObject_FunctionStr) for call errors. */
    static String functionName(ThreadState ts, PyObject func) {
        if (func instanceof PyFunction pf) {
            String mod = pf.module instanceof PyStr m ? m.value() : null;
            return (mod == null || mod.equals("builtins") ? "" : mod + ".") + pf.qualname + "()";
        }
        PyObject qn = Ops.getattrOrNull(ts, func, "__qualname__");
        if (qn instanceof PyStr q) {
            PyObject mod = Ops.getattrOrNull(ts, func, "__module__");
            if (mod instanceof PyStr m && !m.value().equals("builtins") && !m.value().equals("__main__")) {
                return m.value() + "." + q.value() + "()";
            }
            return q.value() + "()";
        }
        return Ops.str(ts, func) + "()";
    }

    /** Whether iter(o) can succeed without calling anything (for CPython's "not iterable" texts). */
    static boolean hasIter(PyObject o) {
        PyType t = o.type();
        return o instanceof org.gilkit.runtime.PyIter || t.lookup("__iter__") != null && t.lookup("__iter__") != PyNone.NONE
                || t.lookup("__getitem__") != null;
    }

    static boolean isMapping(PyObject o) {
        return o instanceof PyDict || o.type().lookup("keys") != null && o.type().lookup("__getitem__") != null;
    }

    static PyObject listToTuple(PyObject list) {
        return new PyTuple(((PyList) list).toArray());
    }

    static PyObject formatValue(ThreadState ts, PyObject v, int conversion, PyObject spec) {
        switch (conversion) {
            case 's': v = new PyStr(Ops.str(ts, v)); break;
            case 'r': v = new PyStr(Ops.repr(ts, v)); break;
            case 'a': v = new PyStr(Ops.ascii(ts, v)); break;
            default: break;
        }
        String sp = spec == null ? "" : ((PyStr) spec).value();
        if (sp.isEmpty() && v.getClass() == PyStr.class) return v;
        return new PyStr(Ops.format(ts, v, sp));
    }

    // ---------------------------------------------------------------- unpacking

    /** Pushes the n items of {@code seq} at {@code s[sp..]} with the first item on top. */
    static void unpack(ThreadState ts, PyObject seq, int n, PyObject[] s, int sp) {
        if (seq instanceof PyTuple t && seq.getClass() == PyTuple.class) {
            checkCount(t.size(), n);
            PyObject[] a = t.items();
            for (int i = 0; i < n; i++) s[sp + n - 1 - i] = a[i];
            return;
        }
        if (seq instanceof PyList l && seq.getClass() == PyList.class) {
            checkCount(l.size(), n);
            for (int i = 0; i < n; i++) s[sp + n - 1 - i] = l.get(i);
            return;
        }
        PyObject it = iterForUnpack(ts, seq);
        for (int i = 0; i < n; i++) {
            PyObject v = Ops.next(ts, it);
            if (v == null) throw Errors.valueError("not enough values to unpack (expected " + n + ", got " + i + ")");
            s[sp + n - 1 - i] = v;
        }
        if (Ops.next(ts, it) != null) throw Errors.valueError("too many values to unpack (expected " + n + ")");
    }

    private static void checkCount(int got, int n) {
        if (got < n) throw Errors.valueError("not enough values to unpack (expected " + n + ", got " + got + ")");
        if (got > n) throw Errors.valueError("too many values to unpack (expected " + n + ")");
    }

    private static PyObject iterForUnpack(ThreadState ts, PyObject seq) {
        if (!hasIter(seq)) throw Errors.typeError("cannot unpack non-iterable " + seq.type().name() + " object");
        return Ops.iter(ts, seq);
    }

    /** {@code a, *b, c = seq}: pushes after-items, the starred list, before-items; returns new sp. */
    static int unpackEx(ThreadState ts, PyObject seq, int before, int after, PyObject[] s, int sp) {
        PyObject it = iterForUnpack(ts, seq);
        List<PyObject> items = new ArrayList<>();
        for (PyObject v = Ops.next(ts, it); v != null; v = Ops.next(ts, it)) items.add(v);
        int n = items.size();
        if (n < before + after) {
            throw Errors.valueError("not enough values to unpack (expected at least " + (before + after) + ", got " + n + ")");
        }
        int total = before + 1 + after;
        int top = sp + total - 1;
        for (int i = 0; i < before; i++) s[top - i] = items.get(i);
        s[top - before] = new PyList(items.subList(before, n - after).toArray(new PyObject[0]));
        for (int i = 0; i < after; i++) s[top - before - 1 - i] = items.get(n - after + i);
        return sp + total;
    }

    // ---------------------------------------------------------------- iteration

    static PyObject iter(ThreadState ts, PyObject o) {
        return Ops.iter(ts, o);
    }

    /** GET_ITER: marks a generator a for loop owns (see {@link PyGenerator#loopOwned}). */
    static PyObject getIter(ThreadState ts, PyObject o, int owned) {
        PyObject it = Ops.iter(ts, o);
        if (owned != 0 && it instanceof PyGenerator g && it == o) g.loopOwned = true;
        return it;
    }

    /** POP_ITER: a for loop left early by break or return. */
    static void popIter(ThreadState ts, PyObject it) {
        if (it instanceof PyGenerator g && g.loopOwned) g.finalizeQuietly(ts);
    }

    /**
     * Clears the stack slots [from, to) that exception unwinding discards; loop-owned generators
     * among them are closed now, which is when CPython's reference counting would close them.
     */
    static void discard(ThreadState ts, PyObject[] s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s[i] instanceof PyGenerator g && g.loopOwned) g.finalizeQuietly(ts);
            s[i] = null;
        }
    }

    static PyObject next(ThreadState ts, PyObject it) {
        return Ops.next(ts, it);
    }

    static PyObject yieldFromIter(ThreadState ts, PyObject o) {
        if (o instanceof PyGenerator) return o;
        return Ops.iter(ts, o);
    }

    /** Sends {@code v} into the sub-iterator; the value it yields, or null when it finished. */
    static PyObject delegate(ThreadState ts, PyObject it, PyObject v) {
        if (it instanceof PyGenerator g) return g.resume(ts, v, null);
        if (it instanceof Delegate d) return d.send(ts, v);
        if (v == PyNone.NONE) return Ops.next(ts, it);
        try {
            return Ops.callMethod(ts, it, "send", v);
        } catch (PyException e) {
            if (!e.matches(PyExc.StopIteration)) throw e;
            return null;
        }
    }

    /** The return value of a finished sub-iterator (None unless it is one of our generators). */
    static PyObject delegateResult(PyObject it) {
        if (it instanceof PyGenerator g) return g.takeReturnValue();
        if (it instanceof Delegate d) return d.takeResult();
        return PyNone.NONE;
    }

    // ---------------------------------------------------------------- calls

    /** Calls {@code fn} with {@code s[off .. off+n)} (keyword values last). */
    static PyObject call(ThreadState ts, PyObject fn, PyObject[] s, int off, int n, String[] kwnames) {
        if (fn instanceof PyFunction pf) return pf.invoke(ts, s, off, n, kwnames);
        PyObject[] args = new PyObject[n];
        System.arraycopy(s, off, args, 0, n);
        return fn.call(ts, args, kwnames);
    }

    static PyObject callMethod(ThreadState ts, PyObject meth, PyObject self, PyObject[] s, int off, int n) {
        if (self == null) return call(ts, meth, s, off, n, null);
        if (meth instanceof PyFunction pf) return pf.invokeWithSelf(ts, self, s, off, n, null);
        PyObject[] args = new PyObject[n];
        System.arraycopy(s, off, args, 0, n);
        return ((MethodDescriptor) meth).callBound(ts, self, args, null);
    }

    static PyObject callEx(ThreadState ts, PyObject fn, PyObject argsTuple, PyObject kwargs) {
        PyObject[] pos = ((PyTuple) argsTuple).items();
        if (kwargs == null || ((PyDict) kwargs).size() == 0) return fn.call(ts, pos, null);
        List<Map.Entry<PyObject, PyObject>> kw = ((PyDict) kwargs).entries();
        PyObject[] all = new PyObject[pos.length + kw.size()];
        String[] names = new String[kw.size()];
        System.arraycopy(pos, 0, all, 0, pos.length);
        for (int i = 0; i < names.length; i++) {
            names[i] = ((PyStr) kw.get(i).getKey()).value();
            all[pos.length + i] = kw.get(i).getValue();
        }
        return fn.call(ts, all, names);
    }

    static int makeFunction(Frame f, PyObject[] s, int sp, int flags) {
        Code code = ((PyCode) s[--sp]).code();
        Cell[] closure = null;
        if ((flags & OpCode.FN_CLOSURE) != 0) {
            PyObject[] cells = ((PyTuple) s[--sp]).items();
            closure = new Cell[cells.length];
            for (int i = 0; i < cells.length; i++) closure[i] = (Cell) cells[i];
        }
        PyDict annotations = (flags & OpCode.FN_ANNOTATIONS) != 0 ? (PyDict) s[--sp] : null;
        PyDict kwdefaults = (flags & OpCode.FN_KWDEFAULTS) != 0 ? (PyDict) s[--sp] : null;
        PyObject[] defaults = (flags & OpCode.FN_DEFAULTS) != 0 ? ((PyTuple) s[--sp]).items() : null;
        PyFunction fn = new PyFunction(code, f.globals, f.builtins, defaults, kwdefaults, closure);
        fn.annotations = annotations;
        s[sp++] = fn;
        return sp;
    }

    // ---------------------------------------------------------------- with

    /** mgr -> bound __exit__, __enter__() result. */
    static int beforeWith(ThreadState ts, PyObject[] s, int sp) {
        PyObject mgr = s[sp - 1];
        PyType t = mgr.type();
        PyObject enter = t.lookup("__enter__");
        PyObject exit = t.lookup("__exit__");
        if (enter == null || exit == null) {
            throw Errors.typeError("'" + t.name() + "' object does not support the context manager protocol");
        }
        s[sp - 1] = bind(ts, exit, mgr, t);
        s[sp] = bind(ts, enter, mgr, t).call(ts, new PyObject[0], null);
        return sp + 1;
    }

    static PyObject bind(ThreadState ts, PyObject attr, PyObject obj, PyType t) {
        return attr instanceof Descriptor d ? d.get(ts, obj, t) : attr;
    }

    static PyObject withExceptStart(ThreadState ts, PyObject exit, PyBaseException exc) {
        return exit.call(ts, new PyObject[] {exc.type(), exc, exc.traceback}, null);
    }

    // ---------------------------------------------------------------- exceptions

    static PyException reraiseHandled(ThreadState ts) {
        PyBaseException e = ts.handledException();
        if (e == null) return Errors.runtimeError("No active exception to reraise");
        return new PyException(e);
    }

    /** RAISE_VARARGS 1/2: instantiates classes, sets __cause__ and __context__. */
    static PyException raise(ThreadState ts, PyObject exc, PyObject cause, boolean hasCause) {
        PyBaseException e = instantiate(ts, exc, "exceptions must derive from BaseException");
        if (hasCause) {
            if (cause == PyNone.NONE) {
                e.cause = null;
            } else {
                e.cause = instantiate(ts, cause, "exception causes must derive from BaseException");
            }
            e.suppressContext = true;
        }
        Tracebacks.setContext(ts, e);
        return new PyException(e);
    }

    private static PyBaseException instantiate(ThreadState ts, PyObject o, String error) {
        if (o instanceof PyBaseException e) return e;
        if (o instanceof PyType t && t.isSubtypeOf(PyExc.BaseException)) {
            PyObject r = t.call(ts, new PyObject[0], null);
            if (r instanceof PyBaseException e) return e;
            throw Errors.typeError("calling " + Ops.repr(ts, t) + " should have returned an instance of BaseException, not "
                    + r.type().name());
        }
        throw Errors.typeError(error);
    }

    static boolean exceptionMatches(ThreadState ts, PyObject exc, PyObject type) {
        if (type instanceof PyTuple t) {
            for (PyObject x : t.items()) checkCatchable(x);
            for (PyObject x : t.items()) {
                if (exc.type().isSubtypeOf((PyType) x)) return true;
            }
            return false;
        }
        checkCatchable(type);
        return exc.type().isSubtypeOf((PyType) type);
    }

    private static void checkCatchable(PyObject t) {
        if (!(t instanceof PyType pt) || !pt.isSubtypeOf(PyExc.BaseException)) {
            throw Errors.typeError("catching classes that do not inherit from BaseException is not allowed");
        }
    }

    /**
     * A Java exception that escaped an operation, as a Python exception: a race under
     * {@code --gil=off} (ConcurrentModificationException, index errors inside Java collections)
     * becomes RuntimeError naming the cause; anything else is an interpreter bug, reported as
     * SystemError rather than crashing the JVM.
     */
    static PyException fromJava(RuntimeException e) {
        if (e instanceof java.util.ConcurrentModificationException) {
            return Errors.runtimeError("concurrent modification of a Python object by another thread "
                    + "(unsynchronized access, e.g. under --gil=off)");
        }
        if (e instanceof IndexOutOfBoundsException || e instanceof ClassCastException
                || e instanceof NullPointerException || e instanceof IllegalStateException) {
            return Errors.systemError("internal interpreter error: " + e);
        }
        return Errors.systemError("internal interpreter error: " + e);
    }

    // ---------------------------------------------------------------- imports

    static PyObject importName(ThreadState ts, Frame f, PyStr name, PyObject fromlist, PyObject level) {
        int lv = (int) ((org.gilkit.runtime.PyInt) level).longValue();
        return Importer.importName(ts, name.value(), f.globals, fromlist, lv);
    }

    static PyObject importFrom(ThreadState ts, PyObject module, PyStr name) {
        return Importer.importFrom(ts, module, name.value());
    }

    static void importStar(ThreadState ts, Frame f, PyObject module) {
        PyDict target = f.locals != null ? f.locals : f.globals;
        Importer.importStar(ts, module, target);
    }

    static PyModule asModule(PyObject o) {
        return o instanceof PyModule m ? m : null;
    }
}
