package org.gilkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * {@code gilkit new-kernel}: what it writes into a (skeletal) project, and that every refusal
 * (bad or reserved name, existing kernel, a directory that is not a project) writes nothing.
 * NewKernelScaffoldTest builds the written files in a copy of the real project.
 */
class NewKernelCommandTest {
    @TempDir Path project;

    record Result(int rc, String out, String err) {}

    @BeforeEach
    void skeletalProject() throws IOException {
        Files.writeString(project.resolve("pom.xml"), "<project/>");
        Files.createDirectories(project.resolve("native/include/gilkit"));
        Files.writeString(project.resolve("native/include/gilkit/ext.h"), "/* ext.h */");
        Files.createDirectories(project.resolve("native/src/ext"));
        Files.createDirectories(project.resolve("native/test"));
        Files.createDirectories(project.resolve("benchmarks/src/main/java"));
    }

    private static Result run(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter(), err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int rc = cl.execute(args);
        return new Result(rc, out.toString(), err.toString());
    }

    private List<String> files() throws IOException {
        try (Stream<Path> s = Files.walk(project)) {
            return s.filter(Files::isRegularFile).map(p -> project.relativize(p).toString()).sorted().toList();
        }
    }

    @Test
    void writesTheThreeFilesWithTheNameFilledIn() throws IOException {
        Result r = run("new-kernel", "demo_kernel", "--dir", project.toString());
        assertEquals(0, r.rc(), r.err());
        assertEquals(List.of("benchmarks/src/main/java/org/gilkit/bench/ext/DemoKernelBench.java", "native/include/gilkit/ext.h",
                "native/src/ext/demo_kernel.c", "native/test/test_ext_demo_kernel.c", "pom.xml"), files());
        String c = Files.readString(project.resolve("native/src/ext/demo_kernel.c"));
        assertTrue(c.contains("GILKIT_EXT_KERNEL(demo_kernel)") && c.contains("GILKIT_BEGIN_ALLOW_THREADS_IF(call->release)")
                && c.contains("gilkit_cancel_requested()") && !c.contains("@NAME@"), c);
        String bench = Files.readString(project.resolve("benchmarks/src/main/java/org/gilkit/bench/ext/DemoKernelBench.java"));
        assertTrue(bench.contains("public class DemoKernelBench") && bench.contains("ExtKernels.get(\"demo_kernel\")"), bench);
        assertTrue(Files.readString(project.resolve("native/test/test_ext_demo_kernel.c")).contains("ext_call(\"demo_kernel\""));
        assertTrue(r.out().contains("native/src/ext/demo_kernel.c"), r.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"9lives", "_hidden", "has-dash", "has space", "ünïcode", "int", "while", "static_assert", "lambda",
        "None", "gilkit_thing", "a__b", "abcdefghijklmnopqrstuvwxyz01"})
    void refusesBadNamesAndWritesNothing(String name) throws IOException {
        List<String> before = files();
        Result r = run("new-kernel", name, "--dir", project.toString());
        assertEquals(Main.EXIT_USAGE, r.rc(), r.out());
        assertTrue(r.err().startsWith("gilkit new-kernel: '" + name + "'") && r.err().contains("nothing was written"), r.err());
        assertEquals(before, files());
    }

    @Test
    void refusesAnExistingKernelAndWritesNothing() throws IOException {
        Files.writeString(project.resolve("native/test/test_ext_taken.c"), "/* someone's test */");
        List<String> before = files();
        Result r = run("new-kernel", "taken", "--dir", project.toString());
        assertEquals(Main.EXIT_USAGE, r.rc());
        assertEquals("gilkit new-kernel: kernel 'taken' already exists: native/test/test_ext_taken.c; nothing was written\n", r.err());
        assertEquals(before, files());
        assertEquals("/* someone's test */", Files.readString(project.resolve("native/test/test_ext_taken.c")));
    }

    @Test
    void refusesANameThatDiffersOnlyInCase() throws IOException {
        Files.writeString(project.resolve("native/src/ext/my_kernel.c"), "");
        List<String> before = files();
        Result r = run("new-kernel", "My_Kernel", "--dir", project.toString());
        assertEquals(Main.EXIT_USAGE, r.rc());
        assertTrue(r.err().contains("clashes with the existing kernel 'my_kernel'"), r.err());
        assertEquals(before, files());
    }

    @Test
    void refusesADirectoryThatIsNotAProject(@TempDir Path elsewhere) throws IOException {
        Result r = run("new-kernel", "fine", "--dir", elsewhere.toString());
        assertEquals(Main.EXIT_USAGE, r.rc());
        assertEquals("gilkit new-kernel: not a gilkit project: " + elsewhere + " has no pom.xml (use --dir to name the project root);"
                + " nothing was written\n", r.err());
        try (Stream<Path> s = Files.list(elsewhere)) {
            assertEquals(0, s.count());
        }
        r = run("new-kernel", "fine", "--dir", elsewhere.resolve("missing").toString());
        assertEquals(Main.EXIT_USAGE, r.rc());
        assertTrue(r.err().startsWith("gilkit new-kernel: not a directory: "), r.err());
    }

    @Test
    void findsTheProjectFromASubdirectory() throws Exception {
        assertEquals(project, NewKernelCommand.findProject(project.resolve("native/src/ext")));
    }

    @Test
    void classNamesAreCamelCase() {
        assertEquals("DemoKernel", KernelScaffold.className("demo_kernel"));
        assertEquals("Mandelbrot", KernelScaffold.className("mandelbrot"));
        assertEquals("X2Y", KernelScaffold.className("x2_y_"));
    }
}
