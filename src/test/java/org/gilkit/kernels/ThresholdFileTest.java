package org.gilkit.kernels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.EnumMap;
import java.util.Map;
import org.gilkit.kernels.calibrate.CalibrationFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The calibration file: round trip, corrupt files rejected whole, location rules, loading. */
class ThresholdFileTest {
    @TempDir Path dir;

    @AfterEach
    void restore() {
        KernelThresholds.resetAll();
    }

    @Test
    void roundTripThroughTheWriterAndTheReader() throws Exception {
        Map<Kernel, Long> t = new EnumMap<>(Kernel.class);
        t.put(Kernel.SUM, 12345L);
        t.put(Kernel.SHA256, 0L);
        t.put(Kernel.MATMUL, ThresholdFile.MAX);
        Path f = dir.resolve("sub/dir/calibration.properties");
        CalibrationFile.write(f, t, Map.of("cpu", "AMD EPYC \u00e9\nline", "quick", "true"));
        assertEquals(t, ThresholdFile.read(f));
        assertTrue(Files.readString(f).contains("info.cpu="), "info lines are kept for humans");
        assertEquals(Map.of(), ThresholdFile.read(dir.resolve("missing.properties")));
    }

    @Test
    void loadAppliesTheFileAndFallsBackToBuiltinsForMissingKernels() throws Exception {
        KernelThresholds.set(Kernel.DOT, 5);
        Path f = dir.resolve("c.properties");
        CalibrationFile.write(f, Map.of(Kernel.SUM, 4096L), Map.of());
        assertEquals(1, KernelThresholds.load(f));
        assertEquals(4096, KernelThresholds.get(Kernel.SUM));
        assertEquals(KernelThresholds.defaultValue(Kernel.DOT), KernelThresholds.get(Kernel.DOT));
        assertEquals(f.toString(), KernelThresholds.source());
        assertTrue(KernelThresholds.quiet(Kernel.SUM, 4095, ReleasePolicy.AUTO));
        assertTrue(!KernelThresholds.quiet(Kernel.SUM, 4096, ReleasePolicy.AUTO), "the Java copy follows the file");
    }

    @Test
    void corruptFilesAreRejectedWholeWithAClearMessage() throws IOException {
        String ok = "format=" + ThresholdFile.FORMAT + "\n";
        String[][] cases = {
            {"threshold.sum=10\n", "format"},
            {"format=gilkit-calibration-999\nthreshold.sum=10\n", "format=gilkit-calibration-999"},
            {ok + "threshold.summ=10\n", "unknown kernel"},
            {ok + "threshold.sum=ten\n", "not a whole number"},
            {ok + "threshold.sum=-1\n", "outside"},
            {ok + "threshold.sum=" + (ThresholdFile.MAX + 1) + "\n", "outside"},
            {ok + "threshold.sum=1\\u00zz\n", "not a properties file"},
        };
        for (String[] c : cases) {
            Path f = dir.resolve("bad.properties");
            Files.writeString(f, ok.isEmpty() ? "" : c[0]);
            KernelThresholds.set(Kernel.SUM, 77);
            ThresholdFile.CorruptFileException e = assertThrows(ThresholdFile.CorruptFileException.class, () -> KernelThresholds.load(f), c[0]);
            assertTrue(e.getMessage().contains(c[1]) && e.getMessage().contains(f.toString()) && e.getMessage().contains("--reset"), e.getMessage());
            assertEquals(77, KernelThresholds.get(Kernel.SUM), "a corrupt file changes nothing");
        }
        Path d = Files.createDirectories(dir.resolve("a-directory"));
        assertThrows(ThresholdFile.CorruptFileException.class, () -> ThresholdFile.read(d));
    }

    @Test
    void locationPrecedenceAndNone() {
        Path home = Paths.get("/home/u", ".gilkit", "calibration.properties");
        assertEquals(home, ThresholdFile.locate(null, null, "/home/u"));
        assertEquals(home, ThresholdFile.locate(" ", "", "/home/u"));
        assertEquals(Paths.get("/env/c.p"), ThresholdFile.locate(null, "/env/c.p", "/home/u"));
        assertEquals(Paths.get("/prop/c.p"), ThresholdFile.locate("/prop/c.p", "/env/c.p", "/home/u"));
        assertNull(ThresholdFile.locate("none", "/env/c.p", "/home/u"));
        assertNull(ThresholdFile.locate(null, "NONE", "/home/u"));
        assertNull(ThresholdFile.defaultLocation(), "the test JVM runs with gilkit.calibration=none");
    }
}
