package org.gilkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gilkit.kernels.Kernel;
import org.gilkit.kernels.KernelThresholds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * `gilkit calibrate --quick`: the table, plot and JSON have their structure, the file is written
 * where --out says and holds one threshold per kernel, --reset deletes it. No figure is checked
 * (2 noisy cores): the break-even logic is tested on synthetic curves in BreakEvenTest.
 */
class CalibrateCommandTest {
    @TempDir Path dir;

    @AfterEach
    void restore() {
        KernelThresholds.resetAll(); // the command applies what it measured to this JVM
    }

    private static String run(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter(), err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int rc = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> cl.execute(args));
        assertEquals(0, rc, out + "\n" + err);
        return out.toString();
    }

    @Test
    void quickRunPrintsTableAndPlotAndSavesOneThresholdPerKernel() throws Exception {
        Path f = dir.resolve("cal.properties");
        String text = run("calibrate", "--quick", "--out", f.toString());
        String[] lines = text.split("\n");
        assertTrue(lines[0].startsWith("kernel") && lines[0].contains("uncontended B") && lines[0].contains("contended B")
                && lines[0].contains("built-in B") && lines[0].contains("saved B"), lines[0]);
        Kernel[] ks = Kernel.values();
        for (int i = 0; i < ks.length; i++) {
            String[] cells = lines[2 + i].trim().split("\\s+");
            assertEquals(ks[i].kernelName(), cells[0], lines[2 + i]);
            assertTrue(cells[1].equals("accel") || cells[1].equals("port"), lines[2 + i]);
            Double.parseDouble(cells[2]);
            assertEquals(7, cells.length, lines[2 + i]);
        }
        assertTrue(text.contains("release + re-take, uncontended:"), text);
        assertTrue(text.contains("thresholds in use before this run: built-in"), "the test JVM runs with gilkit.calibration=none:\n" + text);
        int plotRows = 0;
        for (String l : lines) if (l.matches("[a-z0-9]+ +\\|[.ubc*]+\\|")) plotRows++;
        assertEquals(ks.length, plotRows, "one plot row per kernel:\n" + text);
        assertTrue(text.contains("saved to " + f), text);

        Properties p = new Properties();
        try (var r = Files.newBufferedReader(f)) {
            p.load(r);
        }
        for (Kernel k : ks) {
            long v = Long.parseLong(p.getProperty("threshold." + k.kernelName()));
            assertEquals(v, KernelThresholds.get(k), "the measured threshold is applied in-process: " + k);
        }
    }

    @Test
    void jsonHasOneObjectPerKernel() {
        String json = run("calibrate", "--quick", "--json", "--no-save");
        assertTrue(json.trim().startsWith("{") && json.trim().endsWith("}"), json);
        for (String key : new String[] {"\"release_ns\"", "\"contended_break_even_ns\"", "\"sweep\"", "\"kernels\"", "\"saved_to\": null"})
            assertTrue(json.contains(key), key + " in " + json);
        Matcher m = Pattern.compile("\\{\"kernel\": \"([a-z0-9]+)\", \"accelerated\": (true|false), \"ns_per_kib\": [0-9.]+, "
                + "\"uncontended_bytes\": (null|[0-9]+), \"contended_bytes\": (null|[0-9]+), \"builtin_bytes\": [0-9]+, \"threshold_bytes\": [0-9]+\\}").matcher(json);
        int n = 0;
        while (m.find()) assertEquals(Kernel.values()[n++].kernelName(), m.group(1));
        assertEquals(Kernel.values().length, n, json);
        assertFalse(json.contains("calibrating:"), "no progress text in JSON output");
    }

    @Test
    void resetDeletesTheFile() throws Exception {
        Path f = dir.resolve("cal.properties");
        Files.writeString(f, "format=gilkit-calibration-1\nthreshold.sum=1\n");
        KernelThresholds.set(Kernel.SUM, 1);
        assertTrue(run("calibrate", "--reset", "--out", f.toString()).startsWith("deleted " + f));
        assertFalse(Files.exists(f));
        assertEquals(KernelThresholds.defaultValue(Kernel.SUM), KernelThresholds.get(Kernel.SUM));
        assertTrue(run("calibrate", "--reset", "--out", f.toString()).startsWith("no calibration file at " + f));
    }
}
