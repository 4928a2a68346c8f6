package org.gilkit.modules.mp;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.gilkit.runtime.Errors;
import org.gilkit.runtime.Ops;
import org.gilkit.runtime.PyBaseException;
import org.gilkit.runtime.PyBool;
import org.gilkit.runtime.PyBuiltinFunction;
import org.gilkit.runtime.PyByteArray;
import org.gilkit.runtime.PyBytes;
import org.gilkit.runtime.PyClassMethod;
import org.gilkit.runtime.PyDict;
import org.gilkit.runtime.PyFloat;
import org.gilkit.runtime.PyInstance;
import org.gilkit.runtime.PyInt;
import org.gilkit.runtime.PyList;
import org.gilkit.runtime.PyMethod;
import org.gilkit.runtime.PyModule;
import org.gilkit.runtime.PyNone;
import org.gilkit.runtime.PyObject;
import org.gilkit.runtime.PyProperty;
import org.gilkit.runtime.PyRange;
import org.gilkit.runtime.PySet;
import org.gilkit.runtime.PySingleton;
import org.gilkit.runtime.PyStaticMethod;
import org.gilkit.runtime.PyStr;
import org.gilkit.runtime.PyTextIO;
import org.gilkit.runtime.PyTuple;
import org.gilkit.runtime.PyType;
import org.gilkit.runtime.ThreadState;
import org.gilkit.vm.Cell;
import org.gilkit.vm.FunctionParts;

/**
 * The one object-graph writer of multiprocessing, for both start methods: a fork copies the
 * parent's state into a new interpreter of this JVM ({@link Mode#FORK}), and everything that
 * crosses between processes afterwards (queue items, Pool tasks and results, a spawn child's
 * Process object) is written as pickle would ({@link Mode#PICKLE}, {@link Mode#SPAWN}). It runs on
 * the source interpreter's thread holding its GIL; {@link ObjectReader} rebuilds the graph in the
 * target interpreter.
 *
 * <p>Objects that cannot cross (open files, _thread locks, generators) raise CPython's
 * {@code TypeError: cannot pickle '_thread.lock' object}; functions that cannot be found by name
 * raise {@code PicklingError}; multiprocessing's own shared objects passed other than by
 * inheritance raise its RuntimeError.
 */
public final class ObjectWriter {
    private final ThreadState ts;
    private final Mode mode;
    private final ByteArrayOutputStream buf = new ByteArrayOutputStream();
    private final DataOutputStream out = new DataOutputStream(buf);
    private final IdentityHashMap<PyObject, Integer> memo = new IdentityHashMap<>();
    private final List<Object> refs = new ArrayList<>();
    private final IdentityHashMap<Object, Integer> refIndex = new IdentityHashMap<>();
    private final SourceNames names;
    private final IdentityHashMap<PipeHandle, PipeHandle> inherited = new IdentityHashMap<>();
    private int nextMemo;

    public ObjectWriter(ThreadState ts, Mode mode) {
        this.ts = ts;
        this.mode = mode;
        this.names = new SourceNames(ts);
    }

    /** Writes one object graph in {@code mode}. */
    public static Transfer write(ThreadState ts, Mode mode, PyObject o) {
        ObjectWriter w = new ObjectWriter(ts, mode);
        w.write(o);
        return w.finish();
    }

    /** The transfer written so far. */
    public Transfer finish() {
        return new Transfer(buf.toByteArray(), List.copyOf(refs));
    }

    /** FORK: copies every user module of sys.modules (so that __main__ exists in the child). */
    public void writeUserModules() {
        List<PyModule> mods = names.userModules();
        writeInt(mods.size());
        for (PyModule m : mods) write(m);
    }

    /** Writes {@code o} and everything it reaches. */
    public void write(PyObject o) {
        if (writeAtom(o)) return;
        Integer m = memo.get(o);
        if (m != null) {
            tag(Tag.MEMO);
            writeInt(m);
            return;
        }
        PyType t = o.type();
        if (t == PyInt.TYPE) writePyInt((PyInt) o);
        else if (t == PyFloat.TYPE) { tag(Tag.FLOAT); writeDouble(((PyFloat) o).value()); }
        else if (t == PyStr.TYPE) { tag(Tag.STR); writeString(((PyStr) o).value()); }
        else if (t == PyBytes.TYPE) { tag(Tag.BYTES); writeBytes(((PyBytes) o).bytes()); }
        else if (t == PyByteArray.TYPE) { tag(Tag.BYTEARRAY); remember(o); writeBytes(((PyByteArray) o).bytes()); }
        else if (t == PyTuple.TYPE) writeTuple((PyTuple) o);
        else if (t == PyList.TYPE) writeList((PyList) o);
        else if (t == PyDict.TYPE) writeDict((PyDict) o);
        else if (t == PySet.SET || t == PySet.FROZENSET) writeSet((PySet) o);
        else writeObject(o);
    }

    private boolean writeAtom(PyObject o) {
        if (o == PyNone.NONE) tag(Tag.NONE);
        else if (o == PyBool.TRUE) tag(Tag.TRUE);
        else if (o == PyBool.FALSE) tag(Tag.FALSE);
        else if (o == PySingleton.ELLIPSIS) tag(Tag.ELLIPSIS);
        else if (o == PySingleton.NOT_IMPLEMENTED) tag(Tag.NOT_IMPLEMENTED);
        else return false;
        return true;
    }

    private void writeObject(PyObject o) {
        if (o instanceof PyType t) writeType(t);
        else if (o instanceof PyModule m) writeModule(m, false);
        else if (FunctionParts.isFunction(o)) writeFunction(o);
        else if (o instanceof Cell c) writeCell(c);
        else if (o instanceof PyMethod pm) { tag(Tag.METHOD); write(pm.func()); write(pm.self()); }
        else if (o instanceof PyStaticMethod s) { tag(Tag.STATICMETHOD); write(s.func()); }
        else if (o instanceof PyClassMethod c) { tag(Tag.CLASSMETHOD); write(c.func()); }
        else if (o instanceof PyProperty) writeProperty(o);
        else if (o instanceof PyBuiltinFunction b) writeBuiltin(b);
        else if (o instanceof MpShared s) writeShared(o, s);
        else if (o instanceof PyBaseException e) writeException(e);
        else if (o instanceof PyTextIO f) writeFile(f);
        else if (o instanceof PyRange r) writeReduce(o, global("builtins", "range"), PyTuple.of(r.start(), r.stop(), r.step()), null);
        else if (o instanceof org.gilkit.runtime.PySlice sl) writeReduce(o, global("builtins", "slice"), PyTuple.of(sl.start(), sl.stop(), sl.step()), null);
        else if (userReduce(o)) return;
        else if (o instanceof PyInstance) writeInstance(o);
        else if (isThreadLock(o)) writeLock(o);
        else if (o.type().name().equals("deque") && o.type().isBuiltin()) writeDeque(o);
        else if (!o.type().isBuiltin()) writeBuiltinSubclass(o);
        else writeOpaque(o);
    }

    /**
     * An object with no transfer rule (a generator, a Popen handle, an iterator): a fork child
     * gets the very object, as a forked process inherits what it cannot copy (handles, fds); it
     * cannot be pickled.
     */
    private void writeOpaque(PyObject o) {
        if (mode != Mode.FORK) throw cannotPickle(o);
        tag(Tag.SHARED);
        writeInt(ref(o));
    }

    // ---------------------------------------------------------------- primitives

    private void tag(byte b) {
        try {
            out.writeByte(b);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void writeInt(int v) {
        try {
            out.writeInt(v);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeLong(long v) {
        try {
            out.writeLong(v);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeDouble(double v) {
        try {
            out.writeDouble(v);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeBytes(byte[] b) {
        writeInt(b.length);
        try {
            out.write(b);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void writeString(String s) {
        writeBytes(s.getBytes(StandardCharsets.UTF_8));
    }

    private void writePyInt(PyInt i) {
        if (i.isBig()) {
            tag(Tag.BIGINT);
            writeBytes(i.bigValue().toByteArray());
        } else {
            tag(Tag.INT);
            writeLong(i.longValue());
        }
    }

    private void remember(PyObject o) {
        memo.put(o, nextMemo++);
    }

    // ---------------------------------------------------------------- containers

    private void writeTuple(PyTuple t) {
        tag(Tag.TUPLE);
        remember(t);
        writeInt(t.size());
        for (PyObject x : t.items()) write(x);
    }

    private void writeList(PyList l) {
        tag(Tag.LIST);
        remember(l);
        PyObject[] items = l.toArray();
        writeInt(items.length);
        for (PyObject x : items) write(x);
    }

    private void writeDict(PyDict d) {
        PyModule owner = names.moduleOf(d);
        if (owner != null && (mode == Mode.FORK || !names.isUserModule(owner))) {
            writeModule(owner, true);
            return;
        }
        if (d == ts.interp().builtins()) {
            tag(Tag.BUILTINS);
            return;
        }
        tag(Tag.DICT);
        remember(d);
        writeEntries(d);
    }

    private void writeEntries(PyDict d) {
        List<Map.Entry<PyObject, PyObject>> es = d.entries();
        writeInt(es.size());
        for (Map.Entry<PyObject, PyObject> e : es) {
            write(e.getKey());
            write(e.getValue());
        }
    }

    private void writeSet(PySet s) {
        tag(s.isFrozen() ? Tag.FROZENSET : Tag.SET);
        remember(s);
        List<PyObject> els = s.elements();
        writeInt(els.size());
        for (PyObject x : els) write(x);
    }

    // ---------------------------------------------------------------- modules, functions, classes

    /** A module (or its namespace): user modules are copied by FORK, others imported by name. */
    private void writeModule(PyModule m, boolean wantDict) {
        if (mode == Mode.FORK && names.isUserModule(m)) {
            Integer known = memo.get(wantDict ? m.dict() : m);
            if (known != null) {
                tag(Tag.MEMO);
                writeInt(known);
                return;
            }
            tag(Tag.MODULE_COPY);
            memo.put(m, nextMemo++);
            memo.put(m.dict(), nextMemo++);
            writeString(m.name());
            tag(wantDict ? Tag.TRUE : Tag.FALSE);
            writeEntries(m.dict());
            return;
        }
        if (mode != Mode.FORK) throw cannotPickle(m);
        tag(wantDict ? Tag.MODULE_DICT : Tag.MODULE);
        writeString(m.name());
    }

    private void writeFunction(PyObject f) {
        FunctionParts.Parts p = FunctionParts.of(f);
        String module = p.module() instanceof PyStr s ? s.value() : null;
        if (mode != Mode.FORK) {
            writeByReference(f, module, p.qualname(), "function " + p.qualname());
            return;
        }
        PyModule owner = names.moduleOf(p.globals());
        if (owner != null && !names.isUserModule(owner) && module != null && names.resolves(f, module, p.qualname())) {
            writeGlobal(module, p.qualname());
            return;
        }
        tag(Tag.FUNCTION);
        remember(f);
        writeInt(ref(p.code()));
        write(p.globals());
        write(p.defaults() == null ? PyNone.NONE : PyTuple.of(p.defaults()));
        write(p.kwdefaults() == null ? PyNone.NONE : p.kwdefaults());
        Cell[] closure = p.closure() == null ? new Cell[0] : p.closure();
        writeInt(closure.length);
        for (Cell c : closure) write(c);
        writeString(p.name());
        writeString(p.qualname());
        write(p.doc());
        write(p.module());
        write(p.dict() == null ? PyNone.NONE : p.dict());
        write(p.annotations() == null ? PyNone.NONE : p.annotations());
    }

    private void writeCell(Cell c) {
        if (mode != Mode.FORK) throw cannotPickle(c);
        tag(Tag.CELL);
        remember(c);
        tag(c.value == null ? Tag.FALSE : Tag.TRUE);
        if (c.value != null) write(c.value);
    }

    private void writeType(PyType t) {
        if (t.isBuiltin()) {
            if (mode == Mode.FORK) {
                tag(Tag.SHARED);
                writeInt(ref(t));
            } else {
                writeGlobal(t.module(), t.qualname());
            }
            return;
        }
        String module = t.module();
        boolean byValue = mode == Mode.FORK
                && (names.isUserModuleName(module) || !names.resolves(t, module, t.qualname()));
        if (!byValue) {
            writeByReference(t, module, t.qualname(), "class '" + module + "." + t.qualname() + "'");
            return;
        }
        tag(Tag.CLASS);
        remember(t);
        write(t.type());
        writeString(t.name());
        PyType[] bases = t.bases();
        write(PyTuple.of(bases));
        writeClassNamespace(t);
    }

    /** The class body's namespace; descriptors the class machinery recreates are left out. */
    private void writeClassNamespace(PyType t) {
        List<Map.Entry<String, PyObject>> es = new ArrayList<>();
        for (Map.Entry<String, PyObject> e : t.typeDict().entrySet()) {
            String k = e.getKey();
            if (k.equals("__dict__") || k.equals("__weakref__")) continue;
            if (e.getValue().type().name().equals("member_descriptor")) continue;
            es.add(e);
        }
        writeInt(es.size());
        for (Map.Entry<String, PyObject> e : es) {
            writeString(e.getKey());
            write(e.getValue());
        }
    }

    private void writeByReference(PyObject o, String module, String qualname, String what) {
        if (module == null || qualname.contains("<") || !names.resolves(o, module, qualname)) {
            String shown = o instanceof PyType ? "<" + what + ">" : "<" + what + " at " + Ops.hexId(ts, o) + ">";
            String last = qualname.substring(qualname.lastIndexOf('.') + 1);
            throw Errors.of(Pickling.ERROR, "Can't pickle " + shown + ": attribute lookup " + last + " on "
                    + module + " failed");
        }
        writeGlobal(module, qualname);
    }

    private void writeGlobal(String module, String qualname) {
        tag(Tag.GLOBAL);
        writeString(module);
        writeString(qualname);
    }

    private PyObject global(String module, String name) {
        return new GlobalRef(module, name);
    }

    private void writeProperty(PyObject p) {
        tag(Tag.PROPERTY);
        for (String a : new String[] {"fget", "fset", "fdel", "__doc__"}) {
            PyObject v = Ops.getattrOrNull(ts, p, a);
            write(v == null ? PyNone.NONE : v);
        }
    }

    private void writeBuiltin(PyBuiltinFunction b) {
        String[] where = names.builtinName(b);
        if (where != null) {
            writeGlobal(where[0], where[1]);
        } else if (b.self() != null && !(b.self() instanceof PyModule)) {
            tag(Tag.ATTR);
            write(b.self());
            writeString(b.name());
        } else if (mode == Mode.FORK) {
            tag(Tag.SHARED);
            writeInt(ref(b));
        } else {
            throw cannotPickle(b);
        }
    }

    // ---------------------------------------------------------------- other objects

    /** The child's own handle for {@code h} (one per handle and transfer), closed when it ends. */
    private PipeHandle inherit(PipeHandle h) {
        PipeHandle d = inherited.get(h);
        if (d == null) {
            d = h.inherit();
            inherited.put(h, d);
        }
        return d;
    }

    /**
     * The pipe handles this transfer duplicated for the child (FORK and SPAWN): its starter closes
     * them when the child ends, as the kernel closes a process's descriptors.
     */
    public List<PipeHandle> inheritedHandles() {
        return List.copyOf(inherited.values());
    }

    /**
     * FORK: the child inherits every open pipe handle of the parent, reachable or not, as a forked
     * process inherits every descriptor (call before writing anything).
     */
    public void inheritOpenHandles() {
        for (PipeHandle h : PipeHandles.openIn(ts.interp())) inherit(h);
    }

    /**
     * PICKLE: a Connection's handle travelling through a Queue, Pipe or Pool task: a duplicate is
     * held for the receiver in this JVM ({@link PipeHandles}), as CPython's resource sharer holds
     * a duplicated descriptor.
     */
    private void writeSentHandle(PipeHandle h) {
        if (h.isClosed()) throw Errors.osError(9, "handle is closed", null);
        if (h.isRemote()) {
            throw Errors.notImplementedError("a spawned process cannot send a Connection it inherited to another process");
        }
        tag(Tag.CONN);
        writeLong(ProcessHandle.current().pid());
        writeLong(PipeHandles.send(ts.interp(), h.inherit()));
    }

    private void writeShared(PyObject o, MpShared s) {
        if (o instanceof PipeHandle h && mode == Mode.PICKLE) {
            writeSentHandle(h);
            return;
        }
        if (o instanceof PipeHandle h && mode != Mode.PICKLE && !h.isRemote()) {
            PipeHandle d = inherit(h);
            o = d;
            s = d;
        }
        if (mode == Mode.FORK) {
            tag(Tag.SHARED);
            writeInt(ref(o));
        } else if (mode == Mode.SPAWN) {
            tag(Tag.HANDLE);
            writeString(s.kind());
            writeLong(SharedRegistry.register(s));
        } else {
            throw Errors.runtimeError(s.kind() + " objects should only be shared between processes through inheritance");
        }
    }

    private void writeException(PyBaseException e) {
        tag(Tag.EXCEPTION);
        remember(e);
        write(e.type());
        write(e.args());
        PyDict d = e.dict();
        write(d == null ? new PyDict() : d);
    }

    private void writeFile(PyTextIO f) {
        int std = mode == Mode.FORK ? names.standardStream(f) : -1;
        if (std >= 0) {
            tag(Tag.STD_STREAM);
            writeInt(std);
        } else if (mode == Mode.FORK) {
            tag(Tag.SHARED); // a forked child shares the parent's open files, as it shares their fds
            writeInt(ref(f));
        } else {
            throw cannotPickle(f);
        }
    }

    private void writeInstance(PyObject o) {
        tag(Tag.INSTANCE);
        write(o.type());
        remember(o);
        PyObject state = customState(o);
        write(state);
    }

    /** __getstate__ of a user class, else the instance dict (None when it has none). */
    private PyObject customState(PyObject o) {
        if (userDefines(o.type(), "__getstate__")) return Ops.callMethod(ts, o, "__getstate__");
        PyDict d = o.dict();
        return d == null ? PyNone.NONE : d;
    }

    /** A user class's __reduce__: (callable, args[, state]). */
    private boolean userReduce(PyObject o) {
        if (!userDefines(o.type(), "__reduce__") && !userDefines(o.type(), "__reduce_ex__")) return false;
        PyObject r = userDefines(o.type(), "__reduce_ex__") ? Ops.callMethod(ts, o, "__reduce_ex__", PyInt.of(2))
                : Ops.callMethod(ts, o, "__reduce__");
        if (!(r instanceof PyTuple t) || t.size() < 2) throw Errors.of(Pickling.ERROR, "__reduce__ must return a tuple");
        writeReduce(o, t.get(0), t.get(1), t.size() > 2 ? t.get(2) : null);
        return true;
    }

    private static boolean userDefines(PyType t, String name) {
        for (PyType c : t.mro()) {
            if (c.isBuiltin()) return false;
            if (c.typeDict().containsKey(name)) return true;
        }
        return false;
    }

    private void writeReduce(PyObject o, PyObject callable, PyObject args, PyObject state) {
        tag(Tag.REDUCE);
        if (callable instanceof GlobalRef g) writeGlobal(g.module, g.name); else write(callable);
        write(args);
        remember(o);
        write(state == null ? PyNone.NONE : state);
    }

    private void writeDeque(PyObject o) {
        PyObject maxlen = Ops.getattr(ts, o, "maxlen");
        PyList items = new PyList();
        PyObject it = Ops.iter(ts, o);
        for (PyObject x = Ops.next(ts, it); x != null; x = Ops.next(ts, it)) items.append(x);
        writeReduce(o, global("collections", "deque"), PyTuple.of(items, maxlen), null);
    }

    /** An instance of a user subclass of tuple, list, dict, str, int or float. */
    private void writeBuiltinSubclass(PyObject o) {
        PyType base = o.type().solidBase();
        if (base == PyTuple.TYPE || base == PyList.TYPE || base == PyDict.TYPE || base == PyStr.TYPE
                || base == PyInt.TYPE || base == PyFloat.TYPE) {
            tag(Tag.SUBCLASS);
            write(o.type());
            write(Ops.call(ts, base, o));
            remember(o);
            write(customState(o));
            return;
        }
        writeOpaque(o);
    }

    private static boolean isThreadLock(PyObject o) {
        String n = o.type().name();
        return o.type().isBuiltin() && (n.equals("lock") || n.equals("RLock"));
    }

    private void writeLock(PyObject o) {
        if (mode != Mode.FORK) throw cannotPickle(o);
        tag(Tag.NEW_LOCK);
        writeInt(o.type().name().equals("lock") ? 0 : 1);
    }

    private int ref(Object o) {
        Integer i = refIndex.get(o);
        if (i != null) return i;
        refs.add(o);
        refIndex.put(o, refs.size() - 1);
        return refs.size() - 1;
    }

    /** CPython's "cannot pickle 'X' object" with X the type's C-level name. */
    static org.gilkit.runtime.PyException cannotPickle(PyObject o) {
        return Errors.typeError("cannot pickle '" + cName(o.type()) + "' object");
    }

    private static String cName(PyType t) {
        return switch (t.name()) {
            case "lock" -> "_thread.lock";
            case "RLock" -> "_thread.RLock";
            case "TextIOWrapper", "BufferedReader", "BufferedWriter" -> "_io." + t.name();
            default -> t.isBuiltin() || t.module().equals("builtins") ? t.name() : t.module() + "." + t.qualname();
        };
    }

    /** A (module, name) reference written as {@link Tag#GLOBAL} (never a real Python object). */
    private static final class GlobalRef extends PyObject {
        final String module;
        final String name;

        GlobalRef(String module, String name) {
            this.module = module;
            this.name = name;
        }

        @Override
        public PyType type() {
            return PyType.OBJECT;
        }
    }
}
