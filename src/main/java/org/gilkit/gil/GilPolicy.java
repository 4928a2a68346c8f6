package org.gilkit.gil;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How the lock decides who runs next; chosen when a {@link Gil} is created (the CLI's
 * {@code --gil=new|legacy|fifo|off}). The protocols are described in {@code native/src/gil.c}.
 */
public enum GilPolicy {
    /** CPython 3.2+: waiters ask the holder to drop after one switch interval; forced switching. */
    NEW("new", 0),
    /** CPython before 3.2: release and re-compete every N check points; shows the convoy effect. */
    LEGACY("legacy", 1),
    /** Fair hand-off in arrival order (tickets). */
    FIFO("fifo", 2),
    /** No mutual exclusion at all: unsafe, exists to show why the lock exists. */
    OFF("off", 3);

    private final String cliName;
    private final int code;

    GilPolicy(String cliName, int code) {
        this.cliName = cliName;
        this.code = code;
    }

    /**
     * Parses a policy name, ignoring case.
     * @throws IllegalArgumentException naming the valid names if {@code s} is none of them
     */
    public static GilPolicy parse(String s) {
        if (s != null) {
            String wanted = s.trim().toLowerCase(Locale.ROOT);
            for (GilPolicy p : values()) {
                if (p.cliName.equals(wanted)) return p;
            }
        }
        String valid = Arrays.stream(values()).map(GilPolicy::cliName).collect(Collectors.joining(", "));
        throw new IllegalArgumentException("unknown GIL policy '" + s + "'; valid policies: " + valid);
    }

    /** The lower-case name used on the command line and in reports. */
    public String cliName() {
        return cliName;
    }

    /** The C constant {@code GILKIT_POLICY_*}. */
    int code() {
        return code;
    }
}
