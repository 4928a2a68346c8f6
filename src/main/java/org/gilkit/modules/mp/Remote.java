package org.gilkit.modules.mp;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import org.gilkit.runtime.Errors;
import org.gilkit.runtime.PyExc;
import org.gilkit.runtime.PyException;
import org.gilkit.runtime.ThreadState;

/**
 * In a spawn child: a shared object that lives in the parent, reached through the parent's
 * {@link Broker}. Each thread of the child has its own connection (so an RLock held by a child
 * thread is held by that connection's server thread in the parent); calls block with the GIL
 * released. The broker's address is set once by {@link SpawnMain}.
 */
final class Remote {
    /** Where the parent's broker listens and the token it expects (set once per child JVM). */
    static volatile int port = -1;
    static volatile String token;
    private static final ThreadLocal<Conn> CONN = new ThreadLocal<>();

    final long id;

    Remote(long id) {
        this.id = id;
    }

    /** Writes the operands of a request. */
    interface Writer {
        void write(DataOutputStream out) throws IOException;
    }

    /** Reads the result of a request. */
    interface Reader<T> {
        T read(DataInputStream in) throws IOException;
    }

    private record Conn(Socket socket, DataInputStream in, DataOutputStream out) {}

    /** Sends {@code op} for this object and reads the answer, without the GIL. */
    <T> T call(ThreadState ts, int op, Writer w, Reader<T> r) {
        try {
            return ts == null ? exchange(op, w, r) : ts.<T, IOException>blocking(() -> exchange(op, w, r));
        } catch (IOException e) {
            CONN.remove();
            throw Errors.of(PyExc.ConnectionError, "lost the connection to the parent process: " + e.getMessage());
        }
    }

    private <T> T exchange(int op, Writer w, Reader<T> r) throws IOException {
        Conn c = connection();
        c.out().writeInt(op);
        c.out().writeLong(id);
        w.write(c.out());
        c.out().flush();
        byte status = c.in().readByte();
        if (status == Wire.ERROR) throw remoteError(Wire.readString(c.in()), Wire.readString(c.in()));
        return r.read(c.in());
    }

    private static PyException remoteError(String type, String message) {
        return switch (type) {
            case "ValueError" -> Errors.valueError(message);
            case "AssertionError" -> Errors.of(PyExc.AssertionError, message);
            case "BrokenPipeError" -> Errors.osError(32, "Broken pipe", null);
            default -> Errors.runtimeError(message);
        };
    }

    private static Conn connection() throws IOException {
        Conn c = CONN.get();
        if (c != null) return c;
        if (port < 0) throw new IOException("this process has no parent broker");
        Socket s = new Socket(InetAddress.getLoopbackAddress(), port);
        s.setTcpNoDelay(true);
        c = new Conn(s, new DataInputStream(new BufferedInputStream(s.getInputStream())),
                new DataOutputStream(new BufferedOutputStream(s.getOutputStream())));
        c.out().writeInt(Wire.HELLO);
        c.out().writeLong(0);
        Wire.writeString(c.out(), token);
        c.out().flush();
        if (c.in().readByte() != Wire.OK) throw new IOException("the parent refused the connection");
        CONN.set(c);
        return c;
    }
}
