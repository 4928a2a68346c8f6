package org.gilkit.runtime;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.BufferedInputStream;
import java.nio.charset.StandardCharsets;
import org.gilkit.lexer.Utf8Errors;

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
    private final BufferedInputStream in;
    private final OutputStream out;
    private final boolean lineBuffered;
    private final boolean closeUnderlying;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
    private boolean closed;
    /** Text mode: decoded, newline-translated characters not yet returned. */
    private final StringBuilder text = new StringBuilder();
    /** Text mode: the encoding as open() was given it (its {@code encoding} attribute), "UTF-8" by default. */
    final String encoding;
    /** Text mode: {@link #encoding} normalized by {@link Codecs#normalize}. */
    private final String codec;
    /** Text mode: the errors handler (strict, ignore, replace, ...). */
    final String errors;
    /** Text mode: bytes of an incomplete UTF-8 sequence carried to the next read. */
    private byte[] carry = new byte[0];
    /** Text mode: the carry plus the bytes last read, for the error position of a carry cut off by end of file. */
    private byte[] lastChunk = new byte[0];
    /** Text mode: the last chunk ended in '\r', so a leading '\n' in the next belongs to it. */
    private boolean skipLF;
    private boolean eof;

    private PyTextIO(String name, String mode, boolean binary, InputStream in, OutputStream out, boolean lineBuffered,
            boolean closeUnderlying, String encoding, String errors) {
        this.name = name;
        this.encoding = encoding;
        this.codec = Codecs.normalize(encoding);
        this.errors = errors;
        this.mode = mode;
        this.binary = binary;
        this.in = in == null ? null : new BufferedInputStream(in);
        this.out = out;
        this.lineBuffered = lineBuffered;
        this.closeUnderlying = closeUnderlying;
    }

    static PyTextIO forOutput(String name, OutputStream out, boolean lineBuffered) {
        return new PyTextIO(name, "w", false, null, out, lineBuffered, false, "UTF-8", "strict");
    }

    static PyTextIO forInput(String name, InputStream in) {
        return new PyTextIO(name, "r", false, in, null, false, false, "UTF-8", "strict");
    }

    /**
     * A file opened by open(): owns (and closes) its stream. Text is decoded and encoded with
     * {@code encoding} (any name {@link Codecs#normalize} knows; already checked) and {@code errors}.
     */
    static PyTextIO forFile(String name, String mode, boolean binary, InputStream in, OutputStream out, String encoding,
            String errors) {
        return new PyTextIO(name, mode, binary, in, out, false, true, encoding, errors);
    }

    @Override
    public PyType type() {
        if (!binary) return TEXT;
        return in != null ? BUFFERED_READER : BUFFERED_WRITER;
    }

    /**
     * The byte stream this writer flushes to (null for an input stream): a child interpreter of
     * multiprocessing writes to the same underlying stream, as a forked process shares the fd.
     */
    public OutputStream rawOutput() {
        return out;
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

    private static PyException unsupported(String what) {
        return Errors.of(PyExc.UnsupportedOperation, what);
    }

    /** Appends text (or bytes in binary mode); flushes when the buffer is full or at a newline if line-buffered. */
    public void write(ThreadState ts, byte[] data, boolean hasNewline) {
        checkOpen();
        if (out == null) throw unsupported("not writable");
        pending.writeBytes(data);
        if (pending.size() >= FLUSH_AT || (lineBuffered && hasNewline)) flush(ts);
    }

    public void writeText(ThreadState ts, String s) {
        byte[] data = codec.equals("utf-8") && errors.equals("strict") ? s.getBytes(StandardCharsets.UTF_8)
                : Codecs.encode(s, codec, errors);
        write(ts, data, s.indexOf('\n') >= 0);
    }

    /** Sends buffered bytes to the OS with the GIL released. */
    public void flush(ThreadState ts) {
        if (closed || out == null || pending.size() == 0) return;
        byte[] data = pending.toByteArray();
        pending.reset();
        try {
            ts.blocking("write", () -> {
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
            return ts.blocking("read", () -> readUpTo(in, n));
        } catch (IOException e) {
            throw FileOpener.osError(e, name);
        }
    }

    /**
     * Up to {@code limit} bytes (all, if negative) in as few reads as the stream allows: the first
     * buffer is sized by {@code available()} (a file's remaining length) and large reads bypass the
     * BufferedInputStream, so f.read(1 << 20) is one read(2) and one copy. (InputStream.readNBytes
     * and readAllBytes read 8 KiB at a time and copy the pieces again: 7-10x slower per MiB.)
     */
    private static byte[] readUpTo(InputStream in, long limit) throws IOException {
        int max = (int) Math.min(limit < 0 ? Long.MAX_VALUE : limit, Integer.MAX_VALUE - 8);
        byte[] buf = new byte[Math.min(max, Math.max(in.available(), 8192))];
        int len = 0;
        while (len < max) {
            if (len == buf.length) {
                buf = java.util.Arrays.copyOf(buf, (int) Math.min(max, buf.length * 2L));
            }
            int r = in.read(buf, len, buf.length - len);
            if (r < 0) {
                break;
            }
            len += r;
        }
        return len == buf.length ? buf : java.util.Arrays.copyOf(buf, len);
    }

    private void checkReadable() {
        checkOpen();
        if (in == null) throw unsupported("not readable");
    }

    /** Binary mode: one line including its newline byte; empty at EOF. */
    byte[] readLineBytes(ThreadState ts, long limit) {
        checkReadable();
        try {
            return ts.blocking("readline", () -> {
                ByteArrayOutputStream line = new ByteArrayOutputStream();
                while (limit < 0 || line.size() < limit) {
                    int b = in.read();
                    if (b < 0) break;
                    line.write(b);
                    if (b == '\n') break;
                }
                return line.toByteArray();
            });
        } catch (IOException e) {
            throw FileOpener.osError(e, name);
        }
    }

    /** Text mode: up to n characters (n < 0: to EOF). */
    String readText(ThreadState ts, long n) {
        checkReadable();
        if (n < 0) {
            while (!eof) fill(ts);
            return take(text.length());
        }
        while (!eof && text.codePointCount(0, text.length()) < n) fill(ts);
        int cps = text.codePointCount(0, text.length());
        return take(n >= cps ? text.length() : text.offsetByCodePoints(0, (int) n));
    }

    /** Text mode: one line with its newline (at most limit characters); "" at EOF. */
    String readLineText(ThreadState ts, long limit) {
        checkReadable();
        while (true) {
            int nl = text.indexOf("\n");
            if (limit >= 0 && text.codePointCount(0, nl >= 0 ? nl + 1 : text.length()) >= limit) {
                int cps = text.codePointCount(0, text.length());
                return take(limit >= cps ? text.length() : text.offsetByCodePoints(0, (int) limit));
            }
            if (nl >= 0) return take(nl + 1);
            if (eof) return take(text.length());
            fill(ts);
        }
    }

    private String take(int chars) {
        String r = text.substring(0, chars);
        text.delete(0, chars);
        return r;
    }

    /**
     * Reads one chunk with the GIL released, decodes it and translates newlines into {@link #text}.
     * UTF-8 keeps an incomplete sequence at the chunk's end for the next chunk (so error positions
     * count from the chunk, as CPython's do); the single-byte codecs decode each chunk alone; UTF-16
     * and UTF-32 (a BOM, then units that may straddle chunks) decode the whole rest of the file.
     */
    private void fill(ThreadState ts) {
        byte[] chunk = codec.startsWith("utf-16") || codec.startsWith("utf-32") ? readAll(ts) : readChunk(ts);
        if (chunk == null) {
            eof = true;
            if (carry.length > 0) {
                byte[] rest = carry;
                carry = new byte[0];
                if (errors.equals("strict")) { // positions count from the start of the last chunk read
                    int at = lastChunk.length - rest.length;
                    throw Codecs.decodeError(lastChunk, "utf-8", at, lastChunk.length, "unexpected end of data");
                }
                translate(Codecs.decode(rest, codec, errors));
            }
            return;
        }
        byte[] data = chunk;
        if (codec.equals("utf-8")) {
            data = new byte[carry.length + chunk.length];
            System.arraycopy(carry, 0, data, 0, carry.length);
            System.arraycopy(chunk, 0, data, carry.length, chunk.length);
            lastChunk = data;
            int keep = Utf8Errors.incompleteTail(data);
            carry = java.util.Arrays.copyOfRange(data, data.length - keep, data.length);
            data = java.util.Arrays.copyOf(data, data.length - keep);
        }
        translate(Codecs.decode(data, codec, errors));
    }

    /** The next chunk of bytes (read with the GIL released), or null at end of file. */
    private byte[] readChunk(ThreadState ts) {
        byte[] buf = new byte[8192];
        int n;
        try {
            n = ts.blocking("read", () -> in.read(buf));
        } catch (IOException e) {
            throw FileOpener.osError(e, name);
        }
        return n < 0 ? null : java.util.Arrays.copyOf(buf, n);
    }

    /** Everything up to end of file (null if nothing is left). */
    private byte[] readAll(ThreadState ts) {
        byte[] all = readBytes(ts, -1);
        return all.length == 0 ? null : all;
    }

    /** Universal newlines: CR LF and a lone CR become LF (a CR at a chunk end waits for the next chunk). */
    private void translate(CharSequence chunk) {
        for (int i = 0; i < chunk.length(); i++) {
            char c = chunk.charAt(i);
            if (skipLF) {
                skipLF = false;
                if (c == '\n') continue;
            }
            if (c == '\r') {
                text.append('\n');
                skipLF = true;
            } else {
                text.append(c);
            }
        }
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
        if (!binary) return "<_io.TextIOWrapper name=" + n + " mode='" + mode + "' encoding='" + encoding + "'>";
        return "<_io." + type().name() + " name=" + n + ">";
    }
}
