package org.gilkit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.gilkit.binding.GilkitNative;
import org.gilkit.kernels.Kernel;
import org.gilkit.kernels.KernelThresholds;
import org.gilkit.kernels.ThresholdFile;
import org.gilkit.kernels.calibrate.Calibration;
import org.gilkit.kernels.calibrate.CalibrationFile;
import org.gilkit.kernels.calibrate.CalibrationReport;
import org.gilkit.kernels.calibrate.Calibrator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code gilkit calibrate}: measures, for every native kernel, the input size above which
 * releasing the lock pays off on this machine (uncontended and contended; the rule is on
 * {@link org.gilkit.kernels.calibrate.BreakEven}), prints the break-even table and an ASCII plot
 * (or JSON), and saves the thresholds where {@link KernelThresholds} loads them at startup, so
 * the kernels' AUTO policy uses measured thresholds instead of the built-in constants.
 * {@code --reset} deletes the file instead. Default run ~30 s, {@code --quick} under 10 s.
 * Registered in {@link Main}'s subcommands.
 */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = {"Measures where releasing the GIL pays off for each kernel, and saves the thresholds",
            "that AUTO then uses (default file: ~/.gilkit/calibration.properties, or $GILKIT_CALIBRATION)."})
public final class CalibrateCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--quick", description = "Short run (< 10 s); noisier figures.")
    boolean quick;

    @Option(names = "--json", description = "Print the results as JSON instead of the table and plot.")
    boolean json;

    @Option(names = "--out", paramLabel = "FILE", description = "Save to FILE instead of the default location.")
    Path out;

    @Option(names = "--no-save", description = "Measure and print only.")
    boolean noSave;

    @Option(names = "--reset", description = "Delete the calibration file: the built-in thresholds apply again.")
    boolean reset;

    @Override
    public Integer call() throws Exception {
        GilkitNative.load();
        PrintWriter o = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        Path file = out != null ? out : ThresholdFile.defaultLocation();
        if (reset) return reset(file, o, err);
        String before = KernelThresholds.source(); // loads the saved file (class initialization) before we measure
        double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        int cpus = Runtime.getRuntime().availableProcessors();
        if (load > cpus * 0.5)
            err.printf(java.util.Locale.ROOT, "gilkit calibrate: warning: load average %.1f on %d CPUs: other processes will skew the figures%n", load, cpus);
        Calibration c = new Calibrator(quick).run(step -> {
            if (!json) {
                err.print("\rcalibrating: " + step + "          ");
                err.flush();
            }
        });
        if (!json) err.print("\r" + " ".repeat(50) + "\r");
        String savedTo = noSave ? null : save(c, file, err);
        if (savedTo != null) Calibrator.apply(c);
        if (json) {
            o.print(CalibrationReport.json(c, savedTo));
        } else {
            o.print(CalibrationReport.table(c));
            o.println("thresholds in use before this run: " + before);
            o.println();
            o.print(CalibrationReport.plot(c));
            o.println(savedTo == null ? "\nnot saved" : "\nsaved to " + savedTo + " (AUTO uses these thresholds from the next start; `gilkit calibrate --reset` undoes it)");
        }
        o.flush();
        return 0;
    }

    private static Integer reset(Path file, PrintWriter o, PrintWriter err) throws IOException {
        if (file == null) {
            err.println("gilkit calibrate: no calibration file is configured (GILKIT_CALIBRATION=none); nothing to reset");
            return 0;
        }
        boolean deleted = CalibrationFile.delete(file);
        KernelThresholds.resetAll();
        o.println(deleted ? "deleted " + file + ": the built-in thresholds apply" : "no calibration file at " + file + ": the built-in thresholds apply");
        o.flush();
        return 0;
    }

    /** Writes the file; returns its path, or null (with a message) when there is nowhere to save. */
    private static String save(Calibration c, Path file, PrintWriter err) throws IOException {
        if (file == null) {
            err.println("gilkit calibrate: not saved: GILKIT_CALIBRATION=none disables the file (use --out FILE)");
            return null;
        }
        Map<Kernel, Long> t = new EnumMap<>(Kernel.class);
        for (Calibration.Row r : c.rows()) t.put(r.kernel(), r.threshold());
        Map<String, String> info = new LinkedHashMap<>();
        info.put("date", java.time.OffsetDateTime.now().withNano(0).toString());
        info.put("os.arch", System.getProperty("os.arch"));
        info.put("cpus", Integer.toString(Runtime.getRuntime().availableProcessors()));
        info.put("load_average", String.format(java.util.Locale.ROOT, "%.2f",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        info.put("quick", Boolean.toString(c.quick()));
        info.put("release_ns", String.format(java.util.Locale.ROOT, "%.1f", c.releaseNanos()));
        info.put("contended_break_even_ns", String.format(java.util.Locale.ROOT, "%.0f", c.contendedNanos()));
        CalibrationFile.write(file, t, info);
        return file.toString();
    }
}
