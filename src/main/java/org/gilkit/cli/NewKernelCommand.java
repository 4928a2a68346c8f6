package org.gilkit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code gilkit new-kernel NAME [--dir DIR]}: writes the skeleton of a user kernel (C kernel, C
 * test, JMH benchmark) into the source tree, ready to build and test; see
 * {@link KernelScaffold} for what is written and docs/extending.md for the next steps.
 * Exit codes: 0 written, 64 refused (bad name, existing kernel, not a project: nothing written),
 * 70 an I/O error (whatever was written is removed).
 *
 * <p>Wired in: registered in {@link Main}'s subcommand list.
 */
@Command(name = "new-kernel", mixinStandardHelpOptions = true,
        description = {"Writes the skeleton of a user C kernel (callable from Python as gilkit.ext.NAME):",
            "native/src/ext/NAME.c, native/test/test_ext_NAME.c and benchmarks/.../bench/ext/<Name>Bench.java.",
            "It builds and its tests pass as written; then edit the three files (docs/extending.md)."})
public final class NewKernelCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME", description = "the kernel's name: a C and Python identifier, at most 27 characters")
    String name;

    @Option(names = "--dir", paramLabel = "DIR", description = "the project root (pom.xml + native/); default: the current directory or its nearest parent that is one")
    Path dir;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        try {
            Path project = dir != null ? dir.toAbsolutePath().normalize() : findProject(Path.of("").toAbsolutePath());
            List<KernelScaffold.Output> files = KernelScaffold.plan(project, name);
            KernelScaffold.write(files);
            out.println("new-kernel: wrote kernel '" + name + "' in " + project + ":");
            for (KernelScaffold.Output f : files) out.println("  " + project.relativize(f.path()));
            out.println("It is registered by its file name (no other edit). Next:");
            out.println("  mvn -B -ntp test    # builds it, runs ctest (test_ext_" + name + ") and the Java tests");
            out.println("  then replace the skeleton's y = factor * x with your kernel: docs/extending.md");
            out.flush();
            return 0;
        } catch (KernelScaffold.Refusal r) {
            err.println("gilkit new-kernel: " + r.getMessage() + "; nothing was written");
            err.flush();
            return Main.EXIT_USAGE;
        } catch (IOException e) {
            err.println("gilkit new-kernel: could not write the files: " + e + "; nothing was left behind");
            err.flush();
            return Main.EXIT_SOFTWARE;
        }
    }

    /** The nearest directory at or above {@code start} that holds pom.xml and native/. */
    static Path findProject(Path start) throws KernelScaffold.Refusal {
        for (Path p = start; p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("pom.xml")) && Files.isDirectory(p.resolve("native"))) return p;
        }
        throw new KernelScaffold.Refusal("no gilkit project (pom.xml + native/) at or above " + start + "; use --dir DIR");
    }
}
