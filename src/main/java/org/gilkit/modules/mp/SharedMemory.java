package org.gilkit.modules.mp;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.gilkit.runtime.Errors;
import org.gilkit.runtime.Ops;
import org.gilkit.runtime.PyBytes;
import org.gilkit.runtime.PyFloat;
import org.gilkit.runtime.PyInt;
import org.gilkit.runtime.PyMethodDescr;
import org.gilkit.runtime.PyNone;
import org.gilkit.runtime.PyObject;
import org.gilkit.runtime.PyType;
import org.gilkit.runtime.ThreadState;

/**
 * The off-heap memory under multiprocessing's Value and Array (RawValue, RawArray): {@code n}
 * items of one typecode of the array module ('b', 'B', 'h', 'H', 'i', 'I', 'l', 'L', 'q', 'Q',
 * 'f', 'd', 'c') in a direct ByteBuffer that every interpreter of the JVM sees (a fork child gets
 * this object), or in a memory-mapped file that a spawn child maps too. Items are read and
 * written with plain (not atomic) accesses: {@code v.value += 1} needs the Value's lock, exactly
 * as in CPython.
 */
public final class SharedMemory extends PyObject implements MpShared {
    public static final PyType TYPE = PyType.builtin("_multiprocessing", "SharedMemory", new PyType[] {PyType.OBJECT}, false);

    static {
        TYPE.define("get", PyMethodDescr.oneArg(TYPE, "get", (ts, s, i) -> ((SharedMemory) s).get(index(ts, s, i))));
        TYPE.define("set", PyMethodDescr.twoArgs(TYPE, "set", (ts, s, i, v) -> ((SharedMemory) s).set(ts, index(ts, s, i), v)));
        TYPE.define("__len__", PyMethodDescr.noArgs(TYPE, "__len__", (ts, s) -> PyInt.of(((SharedMemory) s).length)));
        TYPE.define("read", PyMethodDescr.twoArgs(TYPE, "read", (ts, s, at, n) ->
                ((SharedMemory) s).read(Ops.index(ts, at).asInt(), Ops.index(ts, n).asInt())));
        TYPE.define("write", PyMethodDescr.twoArgs(TYPE, "write", (ts, s, at, b) ->
                ((SharedMemory) s).write(Ops.index(ts, at).asInt(), b)));
    }

    /**
     * Where named blocks (multiprocessing.shared_memory) live: /dev/shm, as POSIX shm_open
     * does on Linux (so CPython processes see the same blocks), else java.io.tmpdir.
     */
    static java.nio.file.Path shmDir() {
        java.nio.file.Path d = java.nio.file.Path.of("/dev/shm");
        if (java.nio.file.Files.isDirectory(d) && java.nio.file.Files.isWritable(d)) return d;
        return java.nio.file.Path.of(System.getProperty("java.io.tmpdir"));
    }

    /**
     * The named block {@code name} of {@code size} bytes: created (FileExistsError if it exists)
     * or attached (FileNotFoundError if it does not; size 0 means the file's size).
     */
    public static SharedMemory named(String name, boolean create, long size) {
        if (name.isEmpty() || name.contains("/") || name.equals(".") || name.equals("..")) {
            throw Errors.valueError("invalid shared memory name: '" + name + "'");
        }
        java.nio.file.Path f = shmDir().resolve(name);
        try {
            if (create) {
                java.nio.file.Files.createFile(f);
                try (java.io.RandomAccessFile raf = new java.io.RandomAccessFile(f.toFile(), "rw")) {
                    raf.setLength(size);
                }
            } else {
                if (!java.nio.file.Files.exists(f)) throw Errors.osError(2, "No such file or directory", "/" + name);
                size = java.nio.file.Files.size(f);
            }
            if (size > Integer.MAX_VALUE - 8) throw Errors.valueError("shared memory blocks are limited to 2 GiB");
            if (size == 0) throw Errors.valueError("cannot mmap an empty file");
            return new SharedMemory('B', (int) size, map(f, (int) size), f);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            throw Errors.osError(17, "File exists", "/" + name);
        } catch (java.io.IOException e) {
            throw Errors.osError(5, "cannot map shared memory: " + e.getMessage(), "/" + name);
        }
    }

    /** Removes the named block's file (FileNotFoundError if it is gone); mappings stay valid. */
    public static void unlinkNamed(String name) {
        try {
            if (!java.nio.file.Files.deleteIfExists(shmDir().resolve(name))) {
                throw Errors.osError(2, "No such file or directory", "/" + name);
            }
        } catch (java.io.IOException e) {
            throw Errors.osError(5, e.getMessage(), "/" + name);
        }
    }

    private void checkRange(int at, int n) {
        if (at < 0 || n < 0 || (long) at + n > (long) length * width) throw Errors.indexError("index out of range");
    }

    /** {@code n} raw bytes from byte offset {@code at}. */
    PyObject read(int at, int n) {
        checkRange(at, n);
        byte[] b = new byte[n];
        buf.duplicate().position(at).get(b);
        return new PyBytes(b);
    }

    /** Writes the bytes of {@code data} (bytes or bytearray) at byte offset {@code at}. */
    PyObject write(int at, PyObject data) {
        byte[] b;
        if (data instanceof PyBytes pb) b = pb.bytes();
        else if (data instanceof org.gilkit.runtime.PyByteArray ba) b = ba.bytes();
        else throw Errors.typeError("a bytes-like object is required, not '" + data.type().name() + "'");
        checkRange(at, b.length);
        buf.duplicate().position(at).put(b);
        return PyNone.NONE;
    }

    private final char typecode;
    private final int length;
    private final int width;
    /** The items: direct memory, or (once shared with a spawn child) the mapped file. */
    private volatile ByteBuffer buf;
    /** The backing file of a spawn-shareable block, or null (guarded by this for the move). */
    volatile java.nio.file.Path file;

    SharedMemory(char typecode, int length, ByteBuffer buf, java.nio.file.Path file) {
        this.typecode = typecode;
        this.length = length;
        this.width = width(typecode);
        this.buf = buf.order(ByteOrder.nativeOrder());
        this.file = file;
    }

    /** A zero-filled block in direct memory. */
    public static SharedMemory allocate(String typecode, int length) {
        char tc = checkTypecode(typecode);
        if (length < 0) throw Errors.valueError("negative size");
        return new SharedMemory(tc, length, ByteBuffer.allocateDirect(Math.max(1, length * width(tc))), null);
    }

    /**
     * Moves the items into a new memory-mapped file of {@code dir} (once), so that a spawn child
     * can map the same pages. Concurrent writes during the move may be lost: it happens when the
     * block is first handed to a child, in Process.start().
     */
    synchronized void moveToFile(java.nio.file.Path dir) {
        if (file != null) return;
        try {
            java.nio.file.Path f = java.nio.file.Files.createTempFile(dir, "shm-", ".bin");
            ByteBuffer mapped = map(f, Math.max(1, length * width));
            ByteBuffer old = buf.duplicate();
            old.clear();
            mapped.duplicate().put(old);
            buf = mapped.order(ByteOrder.nativeOrder());
            file = f;
        } catch (java.io.IOException e) {
            throw Errors.osError(0, "cannot map shared memory: " + e.getMessage(), null);
        }
    }

    /** A spawn child's view of the parent's block in {@code f}. */
    static SharedMemory mapped(char typecode, int length, java.nio.file.Path f) {
        try {
            return new SharedMemory(typecode, length, map(f, Math.max(1, length * width(typecode))), f);
        } catch (java.io.IOException e) {
            throw Errors.osError(0, "cannot map shared memory: " + e.getMessage(), null);
        }
    }

    private static ByteBuffer map(java.nio.file.Path f, int size) throws java.io.IOException {
        try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(f,
                java.nio.file.StandardOpenOption.READ, java.nio.file.StandardOpenOption.WRITE)) {
            return ch.map(java.nio.channels.FileChannel.MapMode.READ_WRITE, 0, size);
        }
    }

    static char checkTypecode(String typecode) {
        if (typecode.length() != 1 || width(typecode.charAt(0)) == 0) {
            throw Errors.typeError("bad typecode (must be b, B, h, H, i, I, l, L, q, Q, f, d or c): '" + typecode + "'");
        }
        return typecode.charAt(0);
    }

    static int width(char tc) {
        return switch (tc) {
            case 'b', 'B', 'c' -> 1;
            case 'h', 'H' -> 2;
            case 'i', 'I', 'f' -> 4;
            case 'l', 'L', 'q', 'Q', 'd' -> 8;
            default -> 0;
        };
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String kind() {
        return "SharedMemory";
    }

    public char typecode() {
        return typecode;
    }

    public int length() {
        return length;
    }

    private static int index(ThreadState ts, PyObject self, PyObject i) {
        long k = Ops.index(ts, i).asLong();
        int n = ((SharedMemory) self).length;
        if (k < 0) k += n;
        if (k < 0 || k >= n) throw Errors.indexError("invalid index");
        return (int) k;
    }

    PyObject get(int i) {
        ByteBuffer buf = this.buf;
        int at = i * width;
        return switch (typecode) {
            case 'b' -> PyInt.of(buf.get(at));
            case 'B' -> PyInt.of(buf.get(at) & 0xFF);
            case 'c' -> new PyBytes(new byte[] {buf.get(at)});
            case 'h' -> PyInt.of(buf.getShort(at));
            case 'H' -> PyInt.of(buf.getShort(at) & 0xFFFF);
            case 'i' -> PyInt.of(buf.getInt(at));
            case 'I' -> PyInt.of(buf.getInt(at) & 0xFFFFFFFFL);
            case 'f' -> new PyFloat(buf.getFloat(at));
            case 'd' -> new PyFloat(buf.getDouble(at));
            case 'L', 'Q' -> PyInt.of(new java.math.BigInteger(Long.toUnsignedString(buf.getLong(at))));
            default -> PyInt.of(buf.getLong(at));
        };
    }

    PyObject set(ThreadState ts, int i, PyObject v) {
        ByteBuffer buf = this.buf;
        int at = i * width;
        switch (typecode) {
            case 'f' -> buf.putFloat(at, (float) Ops.toDouble(ts, v));
            case 'd' -> buf.putDouble(at, Ops.toDouble(ts, v));
            case 'c' -> {
                if (!(v instanceof PyBytes b) || b.bytes().length != 1) throw Errors.typeError("one character bytes expected");
                buf.put(at, b.bytes()[0]);
            }
            default -> putInt(buf, at, intValue(ts, v));
        }
        return PyNone.NONE;
    }

    private long intValue(ThreadState ts, PyObject v) {
        if (v instanceof PyFloat) throw Errors.typeError("int expected instead of float");
        PyInt i = Ops.index(ts, v);
        if (i.isBig()) {
            if ((typecode == 'L' || typecode == 'Q') && i.signum() > 0 && i.bigValue().bitLength() <= 64) return i.bigValue().longValue();
            throw Errors.overflowError("int too long to convert");
        }
        return i.longValue();
    }

    private void putInt(ByteBuffer buf, int at, long v) {
        switch (width) {
            case 1 -> buf.put(at, (byte) v);
            case 2 -> buf.putShort(at, (short) v);
            case 4 -> buf.putInt(at, (int) v);
            default -> buf.putLong(at, v);
        }
    }
}
