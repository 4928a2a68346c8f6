package org.gilkit.tour;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The scenario programs shipped in the jar under {@code /org/gilkit/tour/NAME.py}; used by
 * {@link ProgramRun} and by {@code gilkit tour --show NAME}.
 */
public final class Programs {
    private Programs() {}

    /** The file name a program is shown and run under, e.g. {@code cpu-threads.py}. */
    public static String fileName(String program) {
        return program + ".py";
    }

    /**
     * The source of a shipped program.
     * @throws TourException if no such program is in the jar
     */
    public static String source(String program) {
        try (InputStream in = Programs.class.getResourceAsStream("/org/gilkit/tour/" + fileName(program))) {
            if (in == null) throw new TourException("no tour program named '" + program + "'");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new TourException("cannot read tour program '" + program + "': " + e.getMessage());
        }
    }
}
