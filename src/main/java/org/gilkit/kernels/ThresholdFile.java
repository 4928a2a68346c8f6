package org.gilkit.kernels;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
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
 * <p>This class reads; {@code org.gilkit.kernels.calibrate.CalibrationFile} writes. Reading
 * takes a Path only in package-private methods: the facade package stays free of file I/O for
 * callers (its public methods are fuzzed with bad arguments, see FacadeFuzzTest).
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
    /** Keys are this prefix followed by {@link Kernel#kernelName()}. */
    public static final String PREFIX = "threshold.";
    /** The largest threshold a file may hold, in bytes. */
    public static final long MAX = NativeBuffer.MAX_BYTES;

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
    static Map<Kernel, Long> read(Path file) throws CorruptFileException {
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
}
