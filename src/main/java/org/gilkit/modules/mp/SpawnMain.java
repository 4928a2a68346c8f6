package org.gilkit.modules.mp;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.gilkit.gil.GilPolicy;
import org.gilkit.runtime.InterpreterState;
import org.gilkit.vm.ChildInterpreter;

/**
 * The entry point of a spawn child JVM: {@code SpawnMain <broker port> <token> <child id>}.
 * It fetches its start payload from the parent's {@link Broker} (main script, sys.argv, sys.path,
 * GIL policy and switch interval, parent pid, the pickled Process object), creates an
 * interpreter, imports the main script as {@code __mp_main__} (the {@code __main__} guard is
 * false there), runs {@code process._bootstrap()} and exits with its exit code.
 */
public final class SpawnMain {
    private SpawnMain() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length != 3) {
            System.err.println("usage: SpawnMain <port> <token> <child id> (started by multiprocessing)");
            System.exit(64);
        }
        Remote.port = Integer.parseInt(args[0]);
        Remote.token = args[1];
        byte[] payload = new Remote(Long.parseLong(args[2])).call(null, Wire.INIT, out -> { }, Wire::readBytes);
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(payload));
        String mainPath = Wire.readString(in);
        List<String> argv = readStrings(in);
        List<String> path = readStrings(in);
        GilPolicy policy = GilPolicy.parse(Wire.readString(in));
        long switchNanos = in.readLong();
        SpawnedChild.markChild(in.readLong());
        byte[] proc = Wire.readBytes(in);
        InterpreterState interp = ChildInterpreter.createStandalone(policy, switchNanos,
                new FileOutputStream(FileDescriptor.out), new FileOutputStream(FileDescriptor.err), argv, path);
        int[] rc = {1};
        Thread main = ChildInterpreter.start(interp, "MainThread", ts -> {
            ChildInterpreter.runMainAs(ts, mainPath, "__mp_main__");
            return SpawnedChild.bootstrap(ts, proc);
        }, code -> rc[0] = code);
        main.join();
        System.exit(rc[0] & 0xFF);
    }

    private static List<String> readStrings(DataInputStream in) throws IOException {
        int n = in.readInt();
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) out.add(Wire.readString(in));
        return out;
    }
}
