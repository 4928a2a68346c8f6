package org.gilkit.kernels;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The file where {@code gilkit calibrate} saves the measured release thresholds, and from which
 * {@link KernelThresholds} loads them when the process starts. A Java properties file:
 *
 * <pre>
 * # written by gilkit calibrate; delete it (or run gilkit calibrate --reset) for the built-ins
 * format=gilkit-calibration-1
 * threshold.sum=32768
 * threshold.sha256=1024
 * ...
 * </pre>
 *
 * <p>Every key {@code threshold.<kernel name>} must name a {@link Kernel} and hold a decimal
 * number of bytes in [0, 2^46]; kernels that are missing keep their built-in threshold. Other
 * keys (the calibrator records its measurements under {@code info.*}) are ignored. Anything else
 * (no {@code format} line, an unknown kernel, a value that is not a number) makes the whole file
 * {@link CorruptFileException corrupt}: a half-read calibration is worse than none.
 *
 * <p>Where: the system property {@code gilkit.calibration}, else the environment variable
 * {@code GILKIT_CALIBRATION}, else {@code ~/.gilkit/calibration.properties}. The value
 * {@code none} disables loading (tests use it for the built-in thresholds).
 */
public final class ThresholdFile {
    /** The value of the {@code format} key this version reads and writes. */
    public static final String FORMAT = "gilkit-calibration-1";
    /** System property naming the file (or "none"). */
    public static final String PROPERTY = "gilkit.calibration";
    /** Environment variable naming the file (or "none"), used when the property is not set. */
    public static final String ENV = "GILKIT_CALIBRATION";
    private static final String PREFIX = "threshold.";
    private static final long MAX = NativeBuffer.MAX_BYTES;

    private ThresholdFile() {}

    /** The file is there but cannot be used; the message says why and what to do. */
    public static final class CorruptFileException extends Exception {
        private static final long serialVersionUID = 1L;

        CorruptFileException(Path file, String why) {
            super("calibration file " + file + " is corrupt: " + why
                    + " (run `gilkit calibrate` to rewrite it or `gilkit calibrate --reset` to delete it)");
        }
    }

    /**
     * The configured location, or null when loading is disabled ("none").
     * @param property the system property value (may be null)
     * @param env the environment variable value (may be null)
     * @param home the user's home directory
     */
    static Path locate(String property, String env, String home) {
        String v = property != null && !property.isBlank() ? property : env != null && !env.isBlank() ? env : null;
        if (v == null) return Paths.get(home, ".gilkit", "calibration.properties");
        return v.trim().equalsIgnoreCase("none") ? null : Paths.get(v.trim());
    }

    /** The location this process uses (system property, env, or the default), or null for "none". */
    public static Path defaultLocation() {
        return locate(System.getProperty(PROPERTY), System.getenv(ENV), System.getProperty("user.home"));
    }

    /**
     * Reads the thresholds from a file.
     * @return the thresholds the file sets (possibly empty), or an empty map if the file does not exist
     * @throws CorruptFileException if it exists but is malformed or unreadable
     */
    public static Map<Kernel, Long> read(Path file) throws CorruptFileException {
        if (!Files.exists(file)) return new EnumMap<>(Kernel.class);
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            throw new CorruptFileException(file, "cannot read it: " + e.getMessage());
        }
        return parse(file, new StringReader(text));
    }

    /** Parses properties text; {@code file} only names the source in messages. */
    static Map<Kernel, Long> parse(Path file, Reader text) throws CorruptFileException {
        Properties p = new Properties();
        try {
            p.load(text);
        } catch (IOException | IllegalArgumentException e) {
            throw new CorruptFileException(file, "not a properties file: " + e.getMessage());
        }
        if (!FORMAT.equals(p.getProperty("format")))
            throw new CorruptFileException(file, "expected format=" + FORMAT + ", found " + (p.getProperty("format") == null ? "no format line" : "format=" + p.getProperty("format")));
        Map<Kernel, Long> out = new EnumMap<>(Kernel.class);
        for (String key : p.stringPropertyNames()) {
            if (!key.startsWith(PREFIX)) continue;
            Kernel k = kernelNamed(key.substring(PREFIX.length()));
            if (k == null) throw new CorruptFileException(file, "unknown kernel in key '" + key + "'");
            out.put(k, parseBytes(file, key, p.getProperty(key)));
        }
        return out;
    }

    /**
     * Writes the thresholds (and optional {@code info.*} lines) atomically: to a temporary file
     * in the same directory, then renamed over the target, so a reader never sees half a file.
     */
    public static void write(Path file, Map<Kernel, Long> thresholds, Map<String, String> info) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        if (dir != null) Files.createDirectories(dir);
        StringBuilder sb = new StringBuilder();
        sb.append("# gilkit release thresholds in bytes, measured by `gilkit calibrate`.\n");
        sb.append("# AUTO releases the lock at or above these sizes. Delete this file (or run\n");
        sb.append("# `gilkit calibrate --reset`) to use the built-in thresholds again.\n");
        sb.append("format=").append(FORMAT).append('\n');
        for (Map.Entry<Kernel, Long> e : new EnumMap<>(thresholds).entrySet()) {
            long v = e.getValue();
            if (v < 0 || v > MAX) throw new IllegalArgumentException("threshold of " + e.getKey() + " out of range: " + v);
            sb.append(PREFIX).append(e.getKey().kernelName()).append('=').append(v).append('\n');
        }
        for (Map.Entry<String, String> e : info.entrySet())
            sb.append("info.").append(escapeKey(e.getKey())).append('=').append(escapeValue(e.getValue())).append('\n');
        Path tmp = Files.createTempFile(dir != null ? dir : Paths.get("."), ".calibration", ".tmp");
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            w.write(sb.toString());
        }
        try {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
    }

    private static Kernel kernelNamed(String name) {
        for (Kernel k : Kernel.values()) if (k.kernelName().equals(name.toLowerCase(Locale.ROOT))) return k;
        return null;
    }

    private static long parseBytes(Path file, String key, String value) throws CorruptFileException {
        long v;
        try {
            v = Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new CorruptFileException(file, key + "=" + value + " is not a whole number of bytes");
        }
        if (v < 0 || v > MAX) throw new CorruptFileException(file, key + "=" + v + " is outside [0, " + MAX + "]");
        return v;
    }

    private static String escapeKey(String k) {
        return k.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    private static String escapeValue(String v) {
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
