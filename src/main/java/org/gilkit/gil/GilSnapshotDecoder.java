package org.gilkit.gil;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.gilkit.binding.GilkitNative;
import org.gilkit.binding.GilkitNative.gilkit_gil;

/** Calls {@code gilkit_gil_snapshot()} and decodes its longs and name slots (layout: gil.h, GILKIT_SNAP_*). */
final class GilSnapshotDecoder {
    private static final int HEADER = 8;       // GILKIT_SNAP_HEADER
    private static final int THREADS = 7;      // GILKIT_SNAP_THREADS
    private static final int ROW = 5;          // GILKIT_SNAP_T_LONGS
    private static final int NAME_BYTES = 48;  // GILKIT_SNAP_NAME_BYTES
    private static final GilSnapshot.State[] STATES = GilSnapshot.State.values();

    private GilSnapshotDecoder() {}

    /** Takes a snapshot; {@code expectedThreads} sizes the first try (gilstate threads may add more). */
    static GilSnapshot take(gilkit_gil handle, GilPolicy policy, int expectedThreads) {
        int rows = expectedThreads + 8;
        while (true) {
            long[] out = new long[HEADER + rows * ROW];
            byte[] names = new byte[rows * NAME_BYTES];
            int n = GilErrors.check(GilkitNative.Gil.gilkit_gil_snapshot(handle, out, rows, names, names.length), "Gil.snapshot");
            if (out[THREADS] <= n) return decode(policy, out, n, names);
            rows = (int) out[THREADS] + 8; // more threads than rows: retry with room for all
        }
    }

    private static GilSnapshot decode(GilPolicy policy, long[] out, int rows, byte[] names) {
        List<GilSnapshot.ThreadInfo> threads = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            int r = HEADER + i * ROW;
            int state = (int) out[r + 1];
            if (state < 0 || state >= STATES.length) throw new IllegalStateException("unknown thread state " + state + " in a lock snapshot");
            threads.add(new GilSnapshot.ThreadInfo((int) out[r], name(names, i), STATES[state], out[r + 2], out[r + 3] != 0, out[r + 4]));
        }
        threads.sort(Comparator.comparingInt(GilSnapshot.ThreadInfo::id));
        return new GilSnapshot(policy, out[0], out[2], out[3], out[4] != 0, (int) out[5], threads);
    }

    private static String name(byte[] names, int row) {
        int start = row * NAME_BYTES;
        int end = start;
        while (end < start + NAME_BYTES && names[end] != 0) end++;
        return new String(names, start, end - start, StandardCharsets.UTF_8);
    }
}
