package org.gilkit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes the skeleton of a user kernel into a gilkit source tree: the C kernel
 * ({@code native/src/ext/NAME.c}), its C test ({@code native/test/test_ext_NAME.c}) and its JMH
 * benchmark ({@code benchmarks/src/main/java/org/gilkit/bench/ext/<Name>Bench.java}), from the
 * templates in {@code /org/gilkit/cli/newkernel/}. Registration needs no edit: CMake globs
 * native/src/ext and native/test, the Java registry reads the C one ({@code gilkit/ext.h}).
 *
 * <p>Contract: {@link #plan} validates everything (project layout, name, no existing file) and
 * throws {@link Refusal} with a user-facing message before anything is written; {@link #write}
 * writes each file to a temporary sibling and moves it into place, and removes what it wrote if
 * a later file fails, so a run either writes all three files or none.
 *
 * <p>Wired in: {@link NewKernelCommand} ({@code gilkit new-kernel}); {@code NewKernelScaffoldTest}
 * runs it on a copy of the project and builds the result.
 */
final class KernelScaffold {
    /** Longest name: "ext." + name must fit the trace's 31-character kernel names (trace.c). */
    static final int MAX_NAME = 27;

    private static final Set<String> C_KEYWORDS = Set.of(
            "auto", "break", "case", "char", "const", "continue", "default", "do", "double", "else", "enum",
            "extern", "float", "for", "goto", "if", "inline", "int", "long", "register", "restrict", "return",
            "short", "signed", "sizeof", "static", "struct", "switch", "typedef", "union", "unsigned", "void",
            "volatile", "while", "asm", "typeof", "typeof_unqual", "alignas", "alignof", "bool", "constexpr",
            "false", "nullptr", "static_assert", "thread_local", "true", "complex", "imaginary", "noreturn");
    private static final Set<String> PYTHON_KEYWORDS = Set.of(
            "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def",
            "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is",
            "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield");

    /** A refused request; the message is for the user and nothing has been written. */
    static final class Refusal extends Exception {
        private static final long serialVersionUID = 1L;

        Refusal(String message) {
            super(message);
        }
    }

    /** One file to write: where, and its content. */
    record Output(Path path, String content) {}

    private KernelScaffold() {}

    /**
     * Checks the request and renders the files.
     * @param project the project root (holds pom.xml and native/)
     * @param name the kernel name (a C and Python identifier)
     * @throws Refusal if the project, the name or an existing file forbids it
     */
    static List<Output> plan(Path project, String name) throws Refusal {
        checkProject(project);
        checkName(name);
        String cls = className(name);
        List<Output> out = List.of(
                new Output(project.resolve("native/src/ext/" + name + ".c"), render("kernel.c.tmpl", name, cls)),
                new Output(project.resolve("native/test/test_ext_" + name + ".c"), render("test.c.tmpl", name, cls)),
                new Output(project.resolve("benchmarks/src/main/java/org/gilkit/bench/ext/" + cls + "Bench.java"),
                        render("Bench.java.tmpl", name, cls)));
        for (Output o : out)
            if (Files.exists(o.path())) throw new Refusal("kernel '" + name + "' already exists: " + project.relativize(o.path()));
        checkNoSimilarKernel(project, name);
        return out;
    }

    /** Writes the planned files (all or none). @throws IOException after removing what it wrote */
    static void write(List<Output> files) throws IOException {
        List<Path> written = new ArrayList<>();
        try {
            for (Output o : files) {
                Files.createDirectories(o.path().getParent());
                Path tmp = Files.createTempFile(o.path().getParent(), ".new-kernel-", ".tmp");
                try {
                    Files.writeString(tmp, o.content(), StandardCharsets.UTF_8);
                    move(tmp, o.path());
                } finally {
                    Files.deleteIfExists(tmp);
                }
                written.add(o.path());
            }
        } catch (IOException | RuntimeException e) {
            for (Path p : written) Files.deleteIfExists(p);
            throw e;
        }
    }

    /** The Java class prefix of a kernel name: demo_kernel -> DemoKernel. */
    static String className(String name) {
        StringBuilder sb = new StringBuilder();
        for (String part : name.split("_")) {
            if (!part.isEmpty()) sb.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return sb.toString();
    }

    /** Refuses a name that is not a usable C and Python identifier. */
    static void checkName(String name) throws Refusal {
        if (name == null || name.isEmpty()) throw new Refusal("the kernel name is empty");
        if (!name.matches("[A-Za-z][A-Za-z0-9_]*"))
            throw new Refusal("'" + name + "' is not a valid kernel name: use a C identifier made of letters, digits and '_',"
                    + " starting with a letter (names starting with '_' are reserved in C)");
        if (name.length() > MAX_NAME)
            throw new Refusal("'" + name + "' is too long: at most " + MAX_NAME + " characters (trace names are 'ext.' + name)");
        if (C_KEYWORDS.contains(name)) throw new Refusal("'" + name + "' is a C keyword: choose another kernel name");
        if (PYTHON_KEYWORDS.contains(name))
            throw new Refusal("'" + name + "' is a Python keyword (gilkit.ext." + name + " could not be called): choose another name");
        if (name.startsWith("gilkit_") || name.contains("__"))
            throw new Refusal("'" + name + "' is reserved (names starting with 'gilkit_' or containing '__' belong to gilkit)");
    }

    private static void checkProject(Path project) throws Refusal {
        if (!Files.isDirectory(project)) throw new Refusal("not a directory: " + project);
        for (String need : new String[] {"pom.xml", "native/include/gilkit/ext.h", "native/src", "native/test", "benchmarks/src/main/java"}) {
            if (!Files.exists(project.resolve(need)))
                throw new Refusal("not a gilkit project: " + project + " has no " + need + " (use --dir to name the project root)");
        }
    }

    /** Refuses a name that differs from an existing kernel only in case (one file system may merge them). */
    private static void checkNoSimilarKernel(Path project, String name) throws Refusal {
        Path dir = project.resolve("native/src/ext");
        if (!Files.isDirectory(dir)) return;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                String f = p.getFileName().toString();
                if (!f.endsWith(".c")) continue;
                String other = f.substring(0, f.length() - 2);
                if (other.equalsIgnoreCase(name) || className(other).equals(className(name)))
                    throw new Refusal("kernel '" + name + "' clashes with the existing kernel '" + other
                            + "' (same name up to case or underscores): native/src/ext/" + f);
            }
        } catch (IOException e) {
            throw new Refusal("cannot list " + dir + ": " + e.getMessage());
        }
    }

    private static String render(String template, String name, String cls) throws Refusal {
        try (InputStream in = KernelScaffold.class.getResourceAsStream("newkernel/" + template)) {
            if (in == null) throw new Refusal("internal error: template " + template + " is missing from the jar");
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.replace("@NAME@", name).replace("@CLASS@", cls);
        } catch (IOException e) {
            throw new Refusal("internal error: cannot read template " + template + ": " + e.getMessage());
        }
    }

    /** A rename within the directory; fails rather than overwrite a file that appeared since plan(). */
    private static void move(Path from, Path to) throws IOException {
        Files.move(from, to);
    }
}
