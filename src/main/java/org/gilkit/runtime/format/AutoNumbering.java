package org.gilkit.runtime.format;

/**
 * The automatic ({@code {}}) versus manual ({@code {0}}) field numbering of one
 * {@code str.format} call, CPython's {@code AutoNumber}: the first numeric field decides, and
 * switching later is a ValueError. Shared by the fields of nested format specs.
 */
final class AutoNumbering {
    private enum State { INIT, AUTO, MANUAL }

    private State state = State.INIT;
    private long next;

    /**
     * Accounts for one field whose name is empty (automatic) or numeric (manual).
     *
     * @return the automatic index for an empty name, or -1 for a manual one
     * @throws FormatException when the field switches numbering style
     */
    long number(boolean empty) {
        if (state == State.INIT) {
            state = empty ? State.AUTO : State.MANUAL;
        }
        if (state == State.MANUAL && empty) {
            throw FormatException.valueError(
                    "cannot switch from manual field specification to automatic field numbering");
        }
        if (state == State.AUTO && !empty) {
            throw FormatException.valueError(
                    "cannot switch from automatic field numbering to manual field specification");
        }
        return empty ? next++ : -1;
    }
}
