package org.gilkit.modules.mp;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.gilkit.runtime.PyException;
import org.gilkit.runtime.PyNone;

/**
 * The parent's side of the spawn start method: a loopback server through which spawn children
 * fetch their start payload and use the shared objects ({@link MpShared}) they inherited, which
 * stay in the parent. A client must first present the broker's random token. One server thread
 * per connection runs the operation (for an RLock that thread is the owner, one per child
 * thread). Shared memory is moved into a memory-mapped file of the broker's temporary folder
 * when first handed to a child, so parent and child map the same pages.
 *
 * <p>Lifetime: started by the first live spawn child ({@link #acquire}), closed with its
 * connections, registered objects and temporary folder when the last one ended
 * ({@link #release}), and at JVM exit.
 */
final class Broker {
    private static Broker current; // guarded by Broker.class
    private static int users;        // guarded by Broker.class

    private final ServerSocket server;
    final String token;
    private final Map<Long, MpShared> objects = new ConcurrentHashMap<>();
    private final Map<Long, byte[]> payloads = new ConcurrentHashMap<>();
    private final AtomicLong nextId = new AtomicLong(1);
    private final Set<Socket> connections = ConcurrentHashMap.newKeySet();
    private volatile Path tempDir;
    /** For tests: the last temporary folder a broker of this JVM created. */
    static volatile Path lastTempDir;
    private final Thread shutdownHook = new Thread(this::close, "gilkit-mp-broker-exit");

    private Broker() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        byte[] t = new byte[16];
        new SecureRandom().nextBytes(t);
        token = HexFormat.of().formatHex(t);
        Thread acceptor = new Thread(this::acceptLoop, "gilkit-mp-broker");
        acceptor.setDaemon(true);
        acceptor.start();
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** The running broker (started if needed), counted as used until {@link #release}. */
    static synchronized Broker acquire() throws IOException {
        if (current == null) current = new Broker();
        users++;
        return current;
    }

    /** One user fewer; the last one closes the broker. */
    static synchronized void release() {
        if (--users > 0 || current == null) return;
        Broker b = current;
        current = null;
        b.close();
        try {
            Runtime.getRuntime().removeShutdownHook(b.shutdownHook);
        } catch (IllegalStateException e) {
            // the JVM is exiting: the hook runs anyway
        }
    }

    /** The broker a spawn start is using right now (for handles written meanwhile). */
    static synchronized Broker active() {
        return current;
    }

    int port() {
        return server.getLocalPort();
    }

    /** Registers a shared object for a child; returns its id. */
    long register(MpShared s) {
        for (Map.Entry<Long, MpShared> e : objects.entrySet()) {
            if (e.getValue() == s) return e.getKey();
        }
        if (s instanceof SharedMemory m) m.moveToFile(tempDir());
        long id = nextId.getAndIncrement();
        objects.put(id, s);
        return id;
    }

    /** Stores a child's start payload until the child fetches it; returns the child's id. */
    long offerPayload(byte[] data) {
        long id = nextId.getAndIncrement();
        payloads.put(id, data);
        return id;
    }

    private synchronized Path tempDir() {
        if (tempDir == null) {
            try {
                tempDir = Files.createTempDirectory("gilkit-mp-");
                lastTempDir = tempDir;
            } catch (IOException e) {
                throw new IllegalStateException("cannot create shared memory files: " + e.getMessage(), e);
            }
        }
        return tempDir;
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket s = server.accept();
                connections.add(s);
                Thread t = new Thread(() -> serve(s), "gilkit-mp-conn");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void serve(Socket s) {
        try (s) {
            s.setTcpNoDelay(true);
            DataInputStream in = new DataInputStream(new BufferedInputStream(s.getInputStream()));
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(s.getOutputStream()));
            if (in.readInt() != Wire.HELLO) return;
            in.readLong();
            if (!token.equals(Wire.readString(in))) return;
            out.writeByte(Wire.OK);
            out.flush();
            while (true) {
                int op = in.readInt();
                long id = in.readLong();
                answer(op, id, in, out);
                out.flush();
            }
        } catch (IOException | RuntimeException e) {
            // the child closed its end (it exited) or the broker closed
        } finally {
            connections.remove(s);
        }
    }

    private void answer(int op, long id, DataInputStream in, DataOutputStream out) throws IOException {
        if (op == Wire.INIT) {
            byte[] p = payloads.remove(id);
            out.writeByte(p == null ? Wire.ERROR : Wire.OK);
            if (p == null) {
                Wire.writeString(out, "RuntimeError");
                Wire.writeString(out, "no start payload for this child");
            } else {
                Wire.writeBytes(out, p);
            }
            return;
        }
        MpShared o = objects.get(id);
        if (o == null) throw new IOException("unknown shared object " + id);
        try {
            BrokerOps.run(op, o, in, out);
        } catch (PyException e) {
            out.writeByte(Wire.ERROR);
            Wire.writeString(out, e.value().type().name());
            org.gilkit.runtime.PyObject msg = e.value().args().size() > 0 ? e.value().args().get(0) : PyNone.NONE;
            Wire.writeString(out, msg instanceof org.gilkit.runtime.PyStr ps ? ps.value() : "");
        }
    }

    private void close() {
        try {
            server.close();
        } catch (IOException e) {
            // nothing to do
        }
        for (Socket s : connections) {
            try {
                s.close();
            } catch (IOException e) {
                // nothing to do
            }
        }
        objects.clear();
        payloads.clear();
        deleteTempDir();
    }

    private void deleteTempDir() {
        Path d = tempDir;
        if (d == null) return;
        try (var files = Files.list(d)) {
            for (Path f : files.toList()) Files.deleteIfExists(f);
            Files.deleteIfExists(d);
        } catch (IOException e) {
            // best effort: the folder is under java.io.tmpdir
        }
    }
}
