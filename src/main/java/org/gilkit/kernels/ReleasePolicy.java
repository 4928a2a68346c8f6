package org.gilkit.kernels;

/**
 * Whether a kernel call releases the GIL around its loop (C: {@code GILKIT_RELEASE_*} in
 * {@code gilkit/kernel.h}). Passed per call by the facades; the Python modules expose it as
 * {@code policy="auto" | "always" | "never"}.
 */
public enum ReleasePolicy {
    /** Release only if the input reaches the kernel's threshold ({@link KernelThresholds}). */
    AUTO(0),
    /** Always release, however small the input (to measure what a release costs). */
    ALWAYS(1),
    /** Never release: "hold" mode, the kernel serializes other threads like interpreted code. */
    NEVER(2);

    private final int code;

    ReleasePolicy(int code) {
        this.code = code;
    }

    /** The C constant. */
    public int code() {
        return code;
    }
}
