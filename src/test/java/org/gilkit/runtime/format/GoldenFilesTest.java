package org.gilkit.runtime.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every golden table the generator writes is read by a test, and no table is orphaned. */
class GoldenFilesTest {
    /** The tables the tests in this package read. */
    private static final Set<String> READ = Set.of("repr.tsv", "format.tsv", "round.tsv",
            "percent.tsv", "strformat.tsv");

    @Test
    void noOrphanedOrMissingTables() throws URISyntaxException {
        URL dir = GoldenFilesTest.class.getResource("/format");
        String[] names = new File(dir.toURI()).list((d, n) -> n.endsWith(".tsv"));
        assertEquals(new TreeSet<>(READ), new TreeSet<>(Arrays.asList(names)));
    }
}
