package org.gilkit.runtime;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PushbackInputStream;
import java.nio.charset.StandardCharsets;

/**
 * A file object: the standard streams and what {@code open()} returns, in text mode
 * (_io.TextIOWrapper, UTF-8, universal newlines on read) or binary mode (_io.BufferedReader /
 * BufferedWriter). Writes are buffered in Java and the bytes reach the OS in {@link #flush}, which
 * (like every read) runs with the GIL released through {@link ThreadState#blocking}.
 * Line-buffered streams (stderr, or stdout when asked) flush at each newline.
 *
 * <p>Wired in: {@link InterpreterState} creates the three standard streams; the {@code open}
 * builtin creates the rest ({@link FileOpener}); methods are in {@link TextIOMethods}.
 */
public final class PyTextIO extends PyObject {
    public static final PyType TEXT = PyType.builtin("TextIOWrapper", PyType.OBJECT, false);
    public static final PyType BUFFERED_READER = PyType.builtin("BufferedReader", PyType.OBJECT, false);
    public static final PyType BUFFERED_WRITER = PyType.builtin("BufferedWriter", PyType.OBJECT, false);

    static {
        TextIOMethods.install(TEXT, false);
        TextIOMethods.install(BUFFERED_READER, true);
        TextIOMethods.install(BUFFERED_WRITER, true);
    }

    private static final int FLUSH_AT = 8192;

    final String name;
    final String mode;
    final boolean binary;
    private final PushbackInputStream in;
    private final OutputStream out;
    private final boolean lineBuffered;
    private final boolean closeUnderlying;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
    private boolean closed;
    private boolean eofSeen;

    private PyTextIO(String name, String mode, boolean binary, InputStream in, OutputStream out, boolean lineBuffered,
            boolean closeUnderlying) {
        this.name = name;
        this.mode = mode;
        this.binary = binary;
        this.in = in == null ? null : new PushbackInputStream(in, 2);
        this.out = out;
        this.lineBuffered = lineBuffered;
        this.closeUnderlying = closeUnderlying;
    }

    static PyTextIO forOutput(String name, OutputStream out, boolean lineBuffered) {
        return new PyTextIO(name, "w", false, null, out, lineBuffered, false);
    }

    static PyTextIO forInput(String name, InputStream in) {
        return new PyTextIO(name, "r", false, in, null, false, false);
    }

    /** A file opened by open(): owns (and closes) its stream. */
    static PyTextIO forFile(String name, String mode, boolean binary, InputStream in, OutputStream out) {
        return new PyTextIO(name, mode, binary, in, out, false, true);
    }

    @Override
    public PyType type() {
        if (!binary) return TEXT;
        return in != null ? BUFFERED_READER : BUFFERED_WRITER;
    }

    public boolean isClosed() {
        return closed;
    }

    boolean readable() {
        return in != null;
    }

    boolean writable() {
        return out != null;
    }

    void checkOpen() {
        if (closed) throw Errors.valueError("I/O operation on closed file.");
    }

    /** Appends text (or bytes in binary mode); flushes when the buffer is full or at a newline if line-buffered. */
    public void write(ThreadState ts, byte[] data, boolean hasNewline) {
        checkOpen();
        if (out == null) throw Errors.of(PyExc.OSError, "not writable");
        pending.writeBytes(data);
        if (pending.size() >= FLUSH_AT || (lineBuffered && hasNewline)) flush(ts);
    }

    public void writeText(ThreadState ts, String s) {
        write(ts, s.getBytes(StandardCharsets.UTF_8), s.indexOf('\n') >= 0);
    }

    /** Sends buffered bytes to the OS with the GIL released. */
    public void flush(ThreadState ts) {
        if (closed || out == null || pending.size() == 0) return;
        byte[] data = pending.toByteArray();
        pending.reset();
        try {
            ts.blocking(() -> {
                out.write(data);
                out.flush();
                return null;
            });
        } catch (IOException e) {
            throw FileOpener.osError(e, name);
        }
    }

    void flushQuietly() {
        if (out == null || pending.size() == 0) return;
        try {
            out.write(pending.toByteArray());
            out.flush();
        } catch (IOException ignored) {
            // at exit, like CPython, a failing flush of a standard stream is not reported
        }
        pending.reset();
    }

    /** Reads up to n bytes (n < 0: to EOF) with the GIL released. */
    byte[] readBytes(ThreadState ts, long n) {
        checkReadable();
        try {
            return ts.blocking(() -> n < 0 ? in.readAllBytes() : in.readNBytes((int) Math.min(n, Integer.MAX_VALUE)));
        } catch (IOException e) {
            throw FileOpener.osError(e, name);
        }
    }

    private void checkReadable() {
        checkOpen();
        if (in == null) throw Errors.of(PyExc.OSError, "not readable");
    }

    /** One line including its end ("\n"; "\r\n" and "\r" become "\n" in text mode); empty at EOF. */
    byte[] readLineBytes(ThreadState ts, long limit) {
        checkReadable();
        try {
            return ts.blocking(() -> readLineRaw(limit));
        } catch (IOException e) {
            throw FileOpener.osError(e, name);
        }
    }

    private byte[] readLineRaw(long limit) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        while (limit < 0 || line.size() < limit) {
            int b = in.read();
            if (b < 0) {
                eofSeen = true;
                break;
            }
            if (!binary && b == '\r') {
                int n = in.read();
                if (n != '\n' && n >= 0) in.unread(n);
                line.write('\n');
                break;
            }
            line.write(b);
            if (b == '\n') break;
        }
        return line.toByteArray();
    }

    /** Decodes text-mode bytes (UTF-8) with universal newlines. */
    static String decodeText(byte[] b) {
        String s = Codecs.decode(b, "utf-8", "strict");
        return s.indexOf('\r') < 0 ? s : s.replace("\r\n", "\n").replace('\r', '\n');
    }

    boolean atEof() {
        return eofSeen;
    }

    /** Flushes and closes (closing the underlying stream only for files that open() created). */
    public void close(ThreadState ts) {
        if (closed) return;
        try {
            flush(ts);
        } finally {
            closed = true;
            if (closeUnderlying) {
                try {
                    if (in != null) in.close();
                    if (out != null) out.close();
                } catch (IOException e) {
                    throw FileOpener.osError(e, name);
                }
            }
        }
    }

    String repr() {
        String n = StrMethods.repr(name);
        if (!binary) return "<_io.TextIOWrapper name=" + n + " mode='" + mode + "' encoding='UTF-8'>";
        return "<_io." + type().name() + " name=" + n + ">";
    }
}
