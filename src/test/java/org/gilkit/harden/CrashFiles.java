package org.gilkit.harden;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The JVM writes {@code hs_err_pid<N>.log} into its working directory when native code crashes
 * it. A crash of the test JVM itself fails surefire; this catches the other cases: a child JVM
 * a test started, or a crash file left by an earlier run that nobody looked at.
 */
final class CrashFiles {
    private CrashFiles() {}

    /** The directories a test JVM or its children write crash files to. */
    static List<Path> dirs() {
        Path project = Path.of(System.getProperty("gilkit.project.dir", "."));
        return List.of(project, Path.of(System.getProperty("user.dir")));
    }

    /** The hs_err files present now, as sorted absolute paths. */
    static List<String> present() {
        return dirs().stream().flatMap(CrashFiles::list).distinct().sorted().collect(Collectors.toList());
    }

    private static Stream<String> list(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().matches("hs_err_pid\\d+\\.log"))
                    .map(p -> p.toAbsolutePath().normalize().toString()).collect(Collectors.toList()).stream();
        } catch (IOException e) {
            return Stream.empty();
        }
    }
}
