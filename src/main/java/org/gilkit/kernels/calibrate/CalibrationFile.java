package org.gilkit.kernels.calibrate;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.EnumMap;
import java.util.Map;
import org.gilkit.kernels.Kernel;
import org.gilkit.kernels.ThresholdFile;

/**
 * Writes (and deletes) the calibration file that {@link org.gilkit.kernels.KernelThresholds}
 * reads at startup; the format is documented on {@link ThresholdFile}. Writing is atomic: a
 * temporary file in the same directory renamed over the target, so a process starting meanwhile
 * reads the old file or the new one, never half of one.
 */
public final class CalibrationFile {
    private CalibrationFile() {}

    /**
     * Writes {@code thresholds} and {@code info} (free-form {@code info.*} lines: machine, date,
     * measured costs) to {@code file}, creating its directory.
     * @throws IllegalArgumentException for a threshold outside [0, ThresholdFile.MAX]
     */
    public static void write(Path file, Map<Kernel, Long> thresholds, Map<String, String> info) throws IOException {
        String text = render(thresholds, info);
        Path dir = file.toAbsolutePath().getParent();
        if (dir != null) Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir != null ? dir : Paths.get("."), ".calibration", ".tmp");
        try {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                w.write(text);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Deletes the file. @return true if there was one */
    public static boolean delete(Path file) throws IOException {
        return Files.deleteIfExists(file);
    }

    /** The file's text (package-private for tests). */
    static String render(Map<Kernel, Long> thresholds, Map<String, String> info) {
        StringBuilder sb = new StringBuilder();
        sb.append("# gilkit release thresholds in bytes, measured by `gilkit calibrate`.\n");
        sb.append("# AUTO releases the lock at or above these sizes. Delete this file (or run\n");
        sb.append("# `gilkit calibrate --reset`) to use the built-in thresholds again.\n");
        sb.append("format=").append(ThresholdFile.FORMAT).append('\n');
        for (Map.Entry<Kernel, Long> e : new EnumMap<>(thresholds).entrySet()) {
            long v = e.getValue();
            if (v < 0 || v > ThresholdFile.MAX)
                throw new IllegalArgumentException("threshold of " + e.getKey() + " out of range: " + v);
            sb.append(ThresholdFile.PREFIX).append(e.getKey().kernelName()).append('=').append(v).append('\n');
        }
        for (Map.Entry<String, String> e : info.entrySet())
            sb.append("info.").append(e.getKey().replaceAll("[^A-Za-z0-9._-]", "_")).append('=').append(escape(e.getValue())).append('\n');
        return sb.toString();
    }

    /** Properties-file escaping for values: backslash, line breaks, and non-ASCII as \\uXXXX. */
    private static String escape(String v) {
        StringBuilder sb = new StringBuilder();
        for (char c : v.toCharArray()) {
            if (c == '\\') sb.append("\\\\");
            else if (c == '\n') sb.append("\\n");
            else if (c == '\r') sb.append("\\r");
            else if (c < 0x20 || c > 0x7e) sb.append(String.format("\\u%04x", (int) c));
            else sb.append(c);
        }
        return sb.toString();
    }
}
