package org.gilkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The guide cannot rot: runs {@code gilkit new-kernel demo_kernel} in a copy of this project (its
 * tracked files), after the copy's native library was configured and built, then rebuilds
 * without re-running CMake by hand (the glob must pick the new file up), runs the new kernel's
 * ctest (known answers, refusals, release proof through the generated registry), and compiles
 * the generated JMH bench against the real classes. The generated C must compile without
 * warnings. Takes about 20-40 s on 2 busy cores, so it is tagged slow, but it stays in the
 * default {@code mvn test} run.
 */
@Tag("slow")
class NewKernelScaffoldTest {
    private static final long PROCESS_TIMEOUT_S = 300;

    @TempDir Path copy;

    @Test
    void scaffoldBuildsAndItsTestsPass() throws Exception {
        Path project = Path.of(System.getProperty("gilkit.project.dir", ".")).toAbsolutePath();
        copyProject(project, copy);
        Path build = copy.resolve("target/cmake");
        run(copy, "cmake", "-S", ".", "-B", build.toString(), "-DCMAKE_BUILD_TYPE=Release");
        run(copy, "cmake", "--build", build.toString(), "--target", "gilkit", "--parallel", "2");

        CommandResult r = newKernel("demo_kernel", copy);
        assertEquals(0, r.rc, r.err);
        for (String f : new String[] {"native/src/ext/demo_kernel.c", "native/test/test_ext_demo_kernel.c",
                "benchmarks/src/main/java/org/gilkit/bench/ext/DemoKernelBench.java"})
            assertTrue(Files.isRegularFile(copy.resolve(f)), f + " was not written");

        // A plain rebuild: CONFIGURE_DEPENDS re-runs the globs and regenerates the registry list.
        String log = run(copy, "cmake", "--build", build.toString(), "--target", "gilkit", "--parallel", "2");
        log += run(copy, "cmake", "--build", build.toString(), "--target", "test_ext_demo_kernel", "--parallel", "2");
        assertFalse(log.contains("demo_kernel.c") && log.contains("warning:"), "the generated C has warnings:\n" + log);
        String generated = Files.readString(build.resolve("generated/gilkit_ext_list.h"));
        assertTrue(generated.contains("GILKIT_EXT_ENTRY(demo_kernel)"), generated);
        String ctest = run(copy, "ctest", "--test-dir", build.toString(), "-R", "^test_ext_demo_kernel$", "--output-on-failure");
        assertTrue(ctest.contains("100% tests passed, 0 tests failed out of 1"), ctest);

        compileBench(copy.resolve("benchmarks/src/main/java/org/gilkit/bench/ext/DemoKernelBench.java"));

        CommandResult again = newKernel("demo_kernel", copy);
        assertEquals(Main.EXIT_USAGE, again.rc);
        assertTrue(again.err.contains("already exists"), again.err);
    }

    record CommandResult(int rc, String out, String err) {}

    private static CommandResult newKernel(String name, Path dir) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        var cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int rc = cl.execute("new-kernel", name, "--dir", dir.toString());
        return new CommandResult(rc, out.toString(), err.toString());
    }

    /** Copies the tracked files (git ls-files), or every file outside build output if git cannot list them. */
    static void copyProject(Path from, Path to) throws IOException, InterruptedException {
        for (String rel : trackedFiles(from)) {
            Path src = from.resolve(rel);
            if (!Files.isRegularFile(src)) continue; // deleted in the work tree
            Path dst = to.resolve(rel);
            Files.createDirectories(dst.getParent());
            Files.copy(src, dst);
        }
    }

    private static List<String> trackedFiles(Path root) throws IOException, InterruptedException {
        try {
            Process p = new ProcessBuilder("git", "-C", root.toString(), "ls-files", "-z").redirectErrorStream(false).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0 && !out.isEmpty()) return List.of(out.split("\0"));
        } catch (IOException e) {
            // no git: fall through to the filtered walk
        }
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .filter(r -> !r.startsWith("target/") && !r.startsWith(".git/") && !r.startsWith("benchmarks/target/"))
                    .toList();
        }
    }

    /** Runs a command in {@code dir}; returns its output; fails the test on a non-zero exit or a timeout. */
    private static String run(Path dir, String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(PROCESS_TIMEOUT_S, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " timed out");
        }
        String text = new String(out, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), String.join(" ", command) + " failed:\n" + text);
        return text;
    }

    /** javac of the generated bench against this test run's class path (annotation processing off). */
    private void compileBench(Path source) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertTrue(javac != null, "no system Java compiler (a JRE instead of a JDK?)");
        Path classes = Files.createDirectories(copy.resolve("target/bench-check"));
        java.io.ByteArrayOutputStream diagnostics = new java.io.ByteArrayOutputStream();
        List<String> args = new ArrayList<>(List.of("-proc:none", "-Xlint:all,-path", "-d", classes.toString(),
                "-cp", System.getProperty("java.class.path"), source.toString()));
        int rc = javac.run(null, null, diagnostics, args.toArray(String[]::new));
        String text = diagnostics.toString(StandardCharsets.UTF_8);
        assertEquals(0, rc, "the generated bench does not compile:\n" + text);
        assertFalse(text.contains("warning"), "the generated bench compiles with warnings:\n" + text);
        assertTrue(Files.isRegularFile(classes.resolve("org/gilkit/bench/ext/DemoKernelBench.class")));
    }
}
