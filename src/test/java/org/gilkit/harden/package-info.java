/**
 * Tests that try to break gilkit (issue 11): bad-input fuzzing of every public facade method
 * ({@link org.gilkit.harden.FacadeFuzzTest}, with {@link org.gilkit.harden.FuzzValues},
 * {@link org.gilkit.harden.FuzzContext} and {@link org.gilkit.harden.FuzzOracle}), and a check
 * that the sanitizer run of {@code .ci/sanitize} really loads the sanitized library
 * ({@link org.gilkit.harden.SanitizedJvmTest}).
 *
 * <p>Shared helpers: {@link org.gilkit.harden.Watchdog} (bounded runs that print every thread's
 * stack when they time out) and {@link org.gilkit.harden.CrashFiles} (no {@code hs_err_pid*.log}
 * may appear). Everything here is deterministic: fixed seeds, no timing asserts.
 */
package org.gilkit.harden;
