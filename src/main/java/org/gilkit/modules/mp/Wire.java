package org.gilkit.modules.mp;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The request codes and framing between a spawn child and its parent's {@link Broker}: each
 * request is {@code [op int, id long, operands]}, each answer {@code [status byte, result]} with
 * status {@link #OK} or {@link #ERROR} followed by an exception type name and message.
 */
final class Wire {
    private Wire() {}

    static final int HELLO = 1;      // [token str] -> OK
    static final int DESCRIBE = 2;   // [] -> kind str, typecode str, length int, path str
    static final int Q_PUT = 3;      // [bytes, timeout ns (-1 forever)] -> bool
    static final int Q_GET = 4;      // [timeout ns] -> bool found [, bytes]
    static final int Q_SIZE = 5;     // [] -> int
    static final int L_ACQUIRE = 6;  // [block bool, timeout ns] -> bool
    static final int L_RELEASE = 7;  // [] -> OK or ERROR
    static final int L_VALUE = 8;    // [] -> int
    static final int E_SET = 9;      // [flag bool] -> OK
    static final int E_IS_SET = 10;  // [] -> bool
    static final int E_WAIT = 11;    // [timeout ns] -> bool
    static final int INIT = 12;      // [] -> the child's start payload (see SpawnedChild)
    static final int P_SEND = 13;    // [bytes] -> OK or ERROR BrokenPipeError
    static final int P_RECV = 14;    // [timeout ns] -> status byte (0 message, 1 end of file, 2 timeout) [, bytes]
    static final int P_POLL = 15;    // [timeout ns] -> as P_RECV, the message stays queued
    static final int P_CLOSE = 16;   // [] -> OK

    static final byte OK = 0;
    static final byte ERROR = 1;

    static void writeString(DataOutputStream out, String s) throws IOException {
        writeBytes(out, s.getBytes(StandardCharsets.UTF_8));
    }

    static String readString(DataInputStream in) throws IOException {
        return new String(readBytes(in), StandardCharsets.UTF_8);
    }

    static void writeBytes(DataOutputStream out, byte[] b) throws IOException {
        out.writeInt(b.length);
        out.write(b);
    }

    static byte[] readBytes(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0) throw new IOException("negative length");
        return in.readNBytes(n);
    }
}
