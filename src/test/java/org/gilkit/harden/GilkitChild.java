package org.gilkit.harden;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * {@code gilkit run ...} in a child JVM (the test JVM's java and class path), for what only a
 * process can show: signals, the watchdog's exit, the exit status. Both output streams are read
 * line by line on background threads into queues, so a test can wait for a line ("ready")
 * before it sends a signal, and a child that writes a lot never blocks on a full pipe.
 * {@link #close()} kills the child if it is still running.
 */
final class GilkitChild implements AutoCloseable {
    private final Process process;
    private final LinkedBlockingQueue<String> out = new LinkedBlockingQueue<>();
    private final LinkedBlockingQueue<String> err = new LinkedBlockingQueue<>();
    private final StringBuffer outText = new StringBuffer();
    private final StringBuffer errText = new StringBuffer();
    private final Thread outReader, errReader;

    private GilkitChild(Process p) {
        this.process = p;
        this.outReader = pump(p.getInputStream(), out, outText);
        this.errReader = pump(p.getErrorStream(), err, errText);
    }

    /** Starts {@code gilkit run <args>}. */
    static GilkitChild run(String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.gilkit.cli.Main", "run"));
        cmd.addAll(List.of(args));
        return new GilkitChild(new ProcessBuilder(cmd).start());
    }

    long pid() {
        return process.pid();
    }

    /** Waits up to {@code seconds} for a stdout line that {@code wanted} accepts. */
    String awaitOut(Predicate<String> wanted, long seconds) throws InterruptedException {
        return await(out, wanted, seconds, "stdout");
    }

    /** Waits up to {@code seconds} for a stderr line that {@code wanted} accepts. */
    String awaitErr(Predicate<String> wanted, long seconds) throws InterruptedException {
        return await(err, wanted, seconds, "stderr");
    }

    /** Sends a signal by name ("INT", "USR1") with kill(1). */
    void signal(String name) throws IOException, InterruptedException {
        int rc = new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).start().waitFor();
        if (rc != 0) throw new IllegalStateException("kill -" + name + " failed with status " + rc);
    }

    /** Waits up to {@code seconds} for the exit and returns the status. @throws AssertionError on timeout */
    int exitStatus(long seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS))
            throw new AssertionError("gilkit run did not end within " + seconds + " s; stderr so far:\n" + errText);
        outReader.join(10_000);
        errReader.join(10_000);
        return process.exitValue();
    }

    /** Everything read from stdout so far (all of it after {@link #exitStatus}). */
    String stdout() {
        return outText.toString();
    }

    /** Everything read from stderr so far (all of it after {@link #exitStatus}). */
    String stderr() {
        return errText.toString();
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }

    private String await(LinkedBlockingQueue<String> q, Predicate<String> wanted, long seconds, String which)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (true) {
            String line = q.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (line == null) throw new AssertionError("no matching line on " + which + " within " + seconds
                    + " s; stdout:\n" + outText + "\nstderr:\n" + errText);
            if (wanted.test(line)) return line;
        }
    }

    private static Thread pump(InputStream in, LinkedBlockingQueue<String> q, StringBuffer all) {
        Thread t = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    all.append(line).append('\n');
                    q.add(line);
                }
            } catch (IOException e) {
                all.append("<read failed: ").append(e).append(">\n");
            }
        }, "gilkit-child-reader");
        t.setDaemon(true);
        t.start();
        return t;
    }
}
