package org.gilkit.modules.mp;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.gilkit.compiler.Code;
import org.gilkit.runtime.Errors;
import org.gilkit.runtime.Ops;
import org.gilkit.runtime.PyBaseException;
import org.gilkit.runtime.PyBool;
import org.gilkit.runtime.PyByteArray;
import org.gilkit.runtime.PyBytes;
import org.gilkit.runtime.PyClassMethod;
import org.gilkit.runtime.PyDict;
import org.gilkit.runtime.PyException;
import org.gilkit.runtime.PyFloat;
import org.gilkit.runtime.PyInstance;
import org.gilkit.runtime.PyInt;
import org.gilkit.runtime.PyList;
import org.gilkit.runtime.PyMethod;
import org.gilkit.runtime.PyModule;
import org.gilkit.runtime.PyNone;
import org.gilkit.runtime.PyObject;
import org.gilkit.runtime.PyProperty;
import org.gilkit.runtime.PySet;
import org.gilkit.runtime.PySingleton;
import org.gilkit.runtime.PyStaticMethod;
import org.gilkit.runtime.PyStr;
import org.gilkit.runtime.PyTuple;
import org.gilkit.runtime.PyType;
import org.gilkit.runtime.ThreadState;
import org.gilkit.vm.Cell;
import org.gilkit.vm.FunctionParts;

/**
 * Rebuilds in the target interpreter (the calling thread's, holding its GIL) a graph written by
 * {@link ObjectWriter}: containers and instances are new objects of the target, names
 * ({@link Tag#GLOBAL}) are imported and looked up there, shared Java objects come from the
 * transfer's refs. A name that does not resolve raises CPython's
 * {@code AttributeError: Can't get attribute 'f' on <module '__main__'>}.
 */
public final class ObjectReader {
    private final ThreadState ts;
    private final DataInputStream in;
    private final List<Object> refs;
    private final List<PyObject> memo = new ArrayList<>();
    /** Cells waiting for the object of a reserved memo slot (see {@link #readCell}). */
    private final java.util.Map<Integer, List<Cell>> pendingCells = new java.util.HashMap<>();

    public ObjectReader(ThreadState ts, Transfer t) {
        this.ts = ts;
        this.in = new DataInputStream(new ByteArrayInputStream(t.data()));
        this.refs = t.refs();
    }

    /** Reads one graph from {@code t}. */
    public static PyObject read(ThreadState ts, Transfer t) {
        return new ObjectReader(ts, t).read();
    }

    /** FORK: the user modules written by {@link ObjectWriter#writeUserModules}, now in sys.modules. */
    public void readUserModules() {
        int n = readInt();
        for (int i = 0; i < n; i++) read();
    }

    /** The next object. */
    public PyObject read() {
        byte tag = readByte();
        return switch (tag) {
            case Tag.NONE -> PyNone.NONE;
            case Tag.TRUE -> PyBool.TRUE;
            case Tag.FALSE -> PyBool.FALSE;
            case Tag.ELLIPSIS -> PySingleton.ELLIPSIS;
            case Tag.NOT_IMPLEMENTED -> PySingleton.NOT_IMPLEMENTED;
            case Tag.INT -> PyInt.of(readLong());
            case Tag.BIGINT -> PyInt.of(new BigInteger(readBytes()));
            case Tag.FLOAT -> new PyFloat(readDouble());
            case Tag.STR -> new PyStr(readString());
            case Tag.BYTES -> new PyBytes(readBytes());
            case Tag.BYTEARRAY -> remember(new PyByteArray(readBytes()));
            case Tag.MEMO -> memoGet(readInt());
            default -> readObject(tag);
        };
    }

    private PyObject readObject(byte tag) {
        return switch (tag) {
            case Tag.TUPLE -> readTuple();
            case Tag.LIST -> readList();
            case Tag.DICT -> readEntries((PyDict) remember(new PyDict()));
            case Tag.SET, Tag.FROZENSET -> readSet(tag == Tag.FROZENSET);
            case Tag.GLOBAL -> resolve(readString(), readString());
            case Tag.BUILTINS -> ts.interp().builtins();
            case Tag.MODULE -> importModule(readString());
            case Tag.MODULE_DICT -> importModule(readString()).dict();
            case Tag.MODULE_COPY -> readModuleCopy();
            case Tag.FUNCTION -> readFunction();
            case Tag.CELL -> readCell();
            case Tag.CLASS -> readClass();
            case Tag.INSTANCE -> readInstance();
            case Tag.SUBCLASS -> readSubclass();
            case Tag.EXCEPTION -> readException();
            default -> readOther(tag);
        };
    }

    private PyObject readOther(byte tag) {
        return switch (tag) {
            case Tag.METHOD -> new PyMethod(read(), read());
            case Tag.STATICMETHOD -> new PyStaticMethod(read());
            case Tag.CLASSMETHOD -> new PyClassMethod(read());
            case Tag.PROPERTY -> new PyProperty(read(), read(), read(), read());
            case Tag.SHARED -> (PyObject) refs.get(readInt());
            case Tag.ATTR -> Ops.getattr(ts, read(), readString());
            case Tag.REDUCE -> readReduce();
            case Tag.STD_STREAM -> standardStream(readInt());
            case Tag.NEW_LOCK -> Ops.callMethod(ts, importModule("_thread"), readInt() == 0 ? "allocate_lock" : "RLock");
            case Tag.HANDLE -> SharedRegistry.resolve(ts, readString(), readLong());
            case Tag.CONN -> receivedHandle(readLong(), readLong());
            default -> throw Errors.of(Pickling.UNPICKLING_ERROR, "invalid load key, '" + tag + "'.");
        };
    }

    // ---------------------------------------------------------------- primitives

    private byte readByte() {
        try {
            return in.readByte();
        } catch (IOException e) {
            throw truncated();
        }
    }

    int readInt() {
        try {
            return in.readInt();
        } catch (IOException e) {
            throw truncated();
        }
    }

    private long readLong() {
        try {
            return in.readLong();
        } catch (IOException e) {
            throw truncated();
        }
    }

    private double readDouble() {
        try {
            return in.readDouble();
        } catch (IOException e) {
            throw truncated();
        }
    }

    private byte[] readBytes() {
        int n = readInt();
        try {
            return in.readNBytes(n);
        } catch (IOException e) {
            throw truncated();
        }
    }

    String readString() {
        return new String(readBytes(), StandardCharsets.UTF_8);
    }

    private static PyException truncated() {
        return Errors.of(Pickling.UNPICKLING_ERROR, "pickle data was truncated");
    }

    private PyObject remember(PyObject o) {
        memo.add(o);
        return o;
    }

    private int reserve() {
        memo.add(null);
        return memo.size() - 1;
    }

    private PyObject fill(int slot, PyObject o) {
        memo.set(slot, o);
        List<Cell> waiting = pendingCells.remove(slot);
        if (waiting != null) for (Cell c : waiting) c.value = o;
        return o;
    }

    private PyObject memoGet(int i) {
        PyObject o = i < memo.size() ? memo.get(i) : null;
        if (o == null) throw Errors.typeError("cannot copy an object graph that refers back to an object under construction");
        return o;
    }

    // ---------------------------------------------------------------- containers

    private PyObject readTuple() {
        int slot = reserve();
        int n = readInt();
        PyObject[] items = new PyObject[n];
        for (int i = 0; i < n; i++) items[i] = read();
        return fill(slot, new PyTuple(items));
    }

    private PyObject readList() {
        PyList l = (PyList) remember(new PyList());
        int n = readInt();
        for (int i = 0; i < n; i++) l.append(read());
        return l;
    }

    private PyDict readEntries(PyDict d) {
        int n = readInt();
        for (int i = 0; i < n; i++) {
            PyObject k = read();
            d.put(ts, k, read());
        }
        return d;
    }

    private PyObject readSet(boolean frozen) {
        PySet s = (PySet) remember(new PySet(frozen));
        int n = readInt();
        for (int i = 0; i < n; i++) s.add(ts, read());
        return s;
    }

    // ---------------------------------------------------------------- names and modules

    /** Imports {@code name} in the target and returns it from sys.modules. */
    private PyModule importModule(String name) {
        PyObject m = ts.interp().sysModules().getStr(name);
        if (m == null) {
            ts.interp().moduleLoader().importModule(ts, name, null, PyNone.NONE, 0);
            m = ts.interp().sysModules().getStr(name);
        }
        if (!(m instanceof PyModule pm)) throw Errors.importError("No module named '" + name + "'");
        return pm;
    }

    /** module.qualname in the target interpreter. */
    PyObject resolve(String module, String qualname) {
        String[] parts = qualname.split("\\.");
        PyObject cur;
        int i = 0;
        if (module.equals("builtins")) {
            cur = ts.interp().builtins().getStr(parts[0]);
            i = 1;
            if (cur == null) throw cantGet(parts[0], "<module 'builtins' (built-in)>");
        } else {
            cur = importModule(module);
        }
        for (; i < parts.length; i++) {
            PyObject next = Ops.getattrOrNull(ts, cur, parts[i]);
            if (next == null) throw cantGet(parts[i], Ops.repr(ts, cur));
            cur = next;
        }
        return cur;
    }

    private static PyException cantGet(String name, String where) {
        return Errors.attributeError("Can't get attribute '" + name + "' on " + where);
    }

    private PyObject readModuleCopy() {
        String name = readString();
        boolean wantDict = readByte() == Tag.TRUE;
        PyModule m = new PyModule(name);
        remember(m);
        remember(m.dict());
        ts.interp().sysModules().put(new PyStr(name), m);
        readEntries(m.dict());
        return wantDict ? m.dict() : m;
    }

    /** A Connection's handle sent by {@link ObjectWriter} in this JVM (see {@link PipeHandles}). */
    private PyObject receivedHandle(long jvmPid, long id) {
        if (jvmPid != ProcessHandle.current().pid()) {
            throw Errors.notImplementedError("a Connection sent from another JVM (a spawned process or its parent) "
                    + "cannot be received here; pass it as a Process argument instead");
        }
        return PipeHandles.receive(ts.interp(), id);
    }

    private PyObject readFunction() {
        int slot = reserve();
        Code code = (Code) refs.get(readInt());
        PyDict globals = (PyDict) read();
        PyObject defaults = read();
        PyObject kwdefaults = read();
        Cell[] closure = new Cell[readInt()];
        for (int i = 0; i < closure.length; i++) closure[i] = (Cell) read();
        String name = readString();
        String qualname = readString();
        PyObject doc = read();
        PyObject module = read();
        PyObject dict = read();
        PyObject annotations = read();
        FunctionParts.Parts p = new FunctionParts.Parts(code, globals,
                defaults instanceof PyTuple t ? t.toArray() : null, kwdefaults instanceof PyDict d ? d : null,
                closure.length == 0 && code.freevars.length == 0 ? null : closure, name, qualname, doc, module,
                dict instanceof PyDict d2 ? d2 : null, annotations instanceof PyDict a ? a : null);
        return fill(slot, FunctionParts.build(p, ts.interp().builtins()));
    }

    /**
     * A closure cell may refer to an object still under construction: a method's
     * {@code __class__} cell (zero-argument super()) refers to its class while the class body is
     * being read. Such a cell is filled when the object is complete ({@link #fill}).
     */
    private PyObject readCell() {
        Cell c = (Cell) remember(new Cell());
        if (readByte() != Tag.TRUE) return c;
        in.mark(5);
        if (readByte() == Tag.MEMO) {
            int i = readInt();
            if (i < memo.size() && memo.get(i) == null) {
                pendingCells.computeIfAbsent(i, k -> new ArrayList<>()).add(c);
                return c;
            }
        }
        resetMark();
        c.value = read();
        return c;
    }

    private void resetMark() {
        try {
            in.reset();
        } catch (IOException e) {
            throw truncated();
        }
    }

    private PyObject readClass() {
        int slot = reserve();
        PyObject meta = read();
        String name = readString();
        PyObject bases = read();
        PyDict ns = new PyDict();
        int n = readInt();
        for (int i = 0; i < n; i++) {
            String k = readString();
            ns.putStr(k, read());
        }
        return fill(slot, Ops.call(ts, meta, new PyStr(name), bases, ns));
    }

    private PyObject readInstance() {
        PyType type = (PyType) read();
        PyObject o = remember(new PyInstance(type));
        applyState(o, read());
        return o;
    }

    private PyObject readSubclass() {
        PyType type = (PyType) read();
        PyObject value = read();
        PyType base = type.solidBase();
        PyObject o;
        if (base == PyList.TYPE || base == PyDict.TYPE) {
            o = Ops.call(ts, Ops.getattr(ts, base, "__new__"), type);
            Ops.call(ts, Ops.getattr(ts, base, base == PyList.TYPE ? "extend" : "update"), o, value);
        } else {
            o = Ops.call(ts, Ops.getattr(ts, base, "__new__"), type, value);
        }
        remember(o);
        applyState(o, read());
        return o;
    }

    /** __setstate__ of a user class, else the instance dict is updated. */
    private void applyState(PyObject o, PyObject state) {
        if (state == PyNone.NONE) return;
        if (userDefines(o.type(), "__setstate__")) {
            Ops.callMethod(ts, o, "__setstate__", state);
            return;
        }
        if (!(state instanceof PyDict d)) throw Errors.of(Pickling.UNPICKLING_ERROR, "state is not a dictionary");
        PyDict target = o.dict();
        if (target == null) throw Errors.of(Pickling.UNPICKLING_ERROR, "state is not a dictionary");
        for (var e : d.entries()) target.put(ts, e.getKey(), e.getValue());
    }

    private static boolean userDefines(PyType t, String name) {
        for (PyType c : t.mro()) {
            if (c.isBuiltin()) return false;
            if (c.typeDict().containsKey(name)) return true;
        }
        return false;
    }

    private PyObject readException() {
        int slot = reserve();
        PyType type = (PyType) read();
        PyTuple args = (PyTuple) read();
        PyDict dict = (PyDict) read();
        PyObject e;
        try {
            e = Ops.call(ts, type, args.toArray(), null);
        } catch (PyException ex) {
            e = PyBaseException.create(type, args.toArray());
        }
        if (e instanceof PyBaseException be) {
            be.setArgs(args);
            PyDict target = be.dict();
            if (target != null) for (var en : dict.entries()) target.put(ts, en.getKey(), en.getValue());
        }
        return fill(slot, e);
    }

    private PyObject readReduce() {
        PyObject callable = read();
        PyObject args = read();
        PyObject o = Ops.call(ts, callable, ((PyTuple) args).toArray(), null);
        remember(o);
        applyState(o, read());
        return o;
    }

    private PyObject standardStream(int which) {
        return switch (which) {
            case 0 -> ts.interp().stdin();
            case 1 -> ts.interp().stdout();
            default -> ts.interp().stderr();
        };
    }
}
