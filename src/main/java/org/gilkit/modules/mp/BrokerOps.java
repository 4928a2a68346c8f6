package org.gilkit.modules.mp;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * Runs one request of a spawn child on a parent-side shared object, on a {@link Broker} thread
 * (no interpreter, no GIL), and writes the answer ({@link Wire} lists the operations).
 */
final class BrokerOps {
    private BrokerOps() {}

    static void run(int op, MpShared o, DataInputStream in, DataOutputStream out) throws IOException {
        switch (op) {
            case Wire.DESCRIBE -> describe(o, out);
            case Wire.Q_PUT -> {
                byte[] b = Wire.readBytes(in);
                boolean ok = ((ByteQueue) o).offer(null, b, MpBlocking.fromWire(in.readLong()));
                out.writeByte(Wire.OK);
                out.writeBoolean(ok);
            }
            case Wire.Q_GET -> {
                byte[] b = ((ByteQueue) o).take(null, MpBlocking.fromWire(in.readLong()));
                out.writeByte(Wire.OK);
                out.writeBoolean(b != null);
                if (b != null) Wire.writeBytes(out, b);
            }
            case Wire.Q_SIZE -> {
                out.writeByte(Wire.OK);
                out.writeInt(((ByteQueue) o).size(null));
            }
            case Wire.P_SEND, Wire.P_RECV, Wire.P_POLL, Wire.P_CLOSE -> runPipe(op, (PipeHandle) o, in, out);
            default -> runSync(op, o, in, out);
        }
    }

    private static void runSync(int op, MpShared o, DataInputStream in, DataOutputStream out) throws IOException {
        switch (op) {
            case Wire.L_ACQUIRE -> {
                boolean block = in.readBoolean();
                long deadline = MpBlocking.fromWire(in.readLong());
                boolean got = ((SharedLock) o).acquire(null, block ? deadline : System.nanoTime(), block);
                out.writeByte(Wire.OK);
                out.writeBoolean(got);
            }
            case Wire.L_RELEASE -> {
                ((SharedLock) o).release(null);
                out.writeByte(Wire.OK);
            }
            case Wire.L_VALUE -> {
                out.writeByte(Wire.OK);
                out.writeInt(((SharedLock) o).value(null));
            }
            case Wire.E_SET -> {
                ((SharedEvent) o).set(null, in.readBoolean());
                out.writeByte(Wire.OK);
            }
            case Wire.E_IS_SET -> {
                out.writeByte(Wire.OK);
                out.writeBoolean(((SharedEvent) o).isSet(null));
            }
            case Wire.E_WAIT -> {
                boolean flag = ((SharedEvent) o).await(null, MpBlocking.fromWire(in.readLong()));
                out.writeByte(Wire.OK);
                out.writeBoolean(flag);
            }
            default -> throw new IOException("unknown operation " + op);
        }
    }

    private static void runPipe(int op, PipeHandle h, DataInputStream in, DataOutputStream out) throws IOException {
        switch (op) {
            case Wire.P_SEND -> {
                h.send(null, Wire.readBytes(in));
                out.writeByte(Wire.OK);
            }
            case Wire.P_CLOSE -> {
                h.close(null);
                out.writeByte(Wire.OK);
            }
            default -> {
                byte[] b = h.receive(null, MpBlocking.fromWire(in.readLong()), op == Wire.P_POLL);
                out.writeByte(Wire.OK);
                out.writeByte(b == null ? 2 : b == PipeChannel.EOF ? 1 : 0);
                if (b != null && b != PipeChannel.EOF) Wire.writeBytes(out, b);
            }
        }
    }

    private static void describe(MpShared o, DataOutputStream out) throws IOException {
        out.writeByte(Wire.OK);
        Wire.writeString(out, o.kind());
        if (o instanceof SharedMemory m) {
            Wire.writeString(out, String.valueOf(m.typecode()));
            out.writeInt(m.length());
            Wire.writeString(out, m.file.toString());
        } else {
            Wire.writeString(out, "");
            out.writeInt(0);
            Wire.writeString(out, "");
        }
    }
}
