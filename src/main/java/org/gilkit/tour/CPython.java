package org.gilkit.tour;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs a shipped program under CPython ({@code python3} in a subprocess, the source on stdin)
 * for {@code gilkit bench}'s comparison columns, and parses its {@code key=value} output as
 * {@link ProgramRun} does. Finding no interpreter is not an error: the caller skips the columns.
 */
public final class CPython {
    /** Longest a single program may run before it is killed. */
    static final long TIMEOUT_SECONDS = 300;

    private final Path executable;

    private CPython(Path executable) {
        this.executable = executable;
    }

    /**
     * The interpreter named {@code command}: a path (if it contains a '/') or a name searched on
     * {@code path} (the PATH variable's value); empty if there is no such executable.
     */
    public static Optional<CPython> find(String command, String path) {
        if (command.contains("/")) {
            Path p = Path.of(command);
            return Files.isExecutable(p) && !Files.isDirectory(p) ? Optional.of(new CPython(p)) : Optional.empty();
        }
        if (path == null) return Optional.empty();
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (dir.isEmpty()) continue;
            Path p = Path.of(dir, command);
            if (Files.isExecutable(p) && !Files.isDirectory(p)) return Optional.of(new CPython(p));
        }
        return Optional.empty();
    }

    /** The interpreter's path. */
    public Path executable() {
        return executable;
    }

    /**
     * Runs {@code program} with {@code args} as sys.argv[1:].
     * @throws TourException if it cannot start, exits non-zero (with its stderr) or times out
     */
    public Map<String, Object> run(String program, List<Object> args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(executable.toString());
        cmd.add("-");
        for (Object a : args) cmd.add(String.valueOf(a));
        Process p;
        try {
            p = new ProcessBuilder(cmd).start();
        } catch (IOException e) {
            throw new TourException("cannot start " + executable + ": " + e.getMessage());
        }
        try (OutputStream in = p.getOutputStream()) {
            in.write(Programs.source(program).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            p.destroyForcibly();
            throw new TourException("cannot send " + program + " to " + executable + ": " + e.getMessage());
        }
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Thread errReader = drain(p.getErrorStream(), err);
        String out;
        try {
            out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new TourException(executable + " " + program + " did not finish in " + TIMEOUT_SECONDS + " s");
            }
            errReader.join();
        } catch (IOException e) {
            p.destroyForcibly();
            throw new TourException("reading " + executable + " output: " + e.getMessage());
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new TourException("interrupted while " + executable + " ran " + program);
        }
        if (p.exitValue() != 0) {
            throw new TourException(executable + " " + Programs.fileName(program) + " exited with status " + p.exitValue()
                    + ":\n" + err.toString(StandardCharsets.UTF_8));
        }
        return ProgramRun.parse(out);
    }

    private static Thread drain(InputStream in, ByteArrayOutputStream sink) {
        Thread t = new Thread(() -> {
            try {
                in.transferTo(sink);
            } catch (IOException ignored) {
                // the process died; its exit status says so
            }
        }, "python3-stderr");
        t.setDaemon(true);
        t.start();
        return t;
    }
}
