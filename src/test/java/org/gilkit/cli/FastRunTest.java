package org.gilkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link FastRun}: {@code run SCRIPT [ARGS...]} runs without picocli with RunCommand's defaults,
 * and everything else is handed back (-1) so that picocli parses and reports it. The runs that
 * start a script go through a child JVM ({@code Main}), where stdout and the exit status are
 * the real ones; the hand-backs are checked in-process (they must not run anything).
 */
class FastRunTest {
    @TempDir
    Path dir;

    @Test
    void optionsArgfilesMissingScriptsAndOtherCommandsAreLeftToPicocli() {
        assertEquals(-1, FastRun.tryRun(new String[] {}));
        assertEquals(-1, FastRun.tryRun(new String[] {"run"}));
        assertEquals(-1, FastRun.tryRun(new String[] {"run", "--gil=off", "x.py"}));
        assertEquals(-1, FastRun.tryRun(new String[] {"run", "-h"}));
        assertEquals(-1, FastRun.tryRun(new String[] {"run", "@args.txt"}));
        assertEquals(-1, FastRun.tryRun(new String[] {"run", ""}));
        assertEquals(-1, FastRun.tryRun(new String[] {"run", dir.resolve("missing.py").toString()}));
        assertEquals(-1, FastRun.tryRun(new String[] {"run", dir.toString()})); // a directory
        assertEquals(-1, FastRun.tryRun(new String[] {"tour", "--quick"}));
    }

    @Test
    void scriptGetsEveryLaterArgumentAndItsExitStatusIsTheCommands() throws Exception {
        Path script = dir.resolve("argv.py");
        Files.writeString(script, "import sys\nprint(sys.argv[1:], sys.getswitchinterval())\nraise SystemExit(3)\n");
        Process p = new ProcessBuilder(javaMain("run", script.toString(), "-x", "--gil=off", "@f"))
                .redirectErrorStream(true).start();
        String out = read(p.getInputStream());
        assertEquals(3, p.waitFor(), out);
        assertEquals("['-x', '--gil=off', '@f'] 0.005\n", out);
    }

    @Test
    void aMissingScriptIsStillReportedByTheFullCommandLine() throws Exception {
        Path missing = dir.resolve("missing.py");
        Process p = new ProcessBuilder(javaMain("run", missing.toString())).start();
        String err = read(p.getErrorStream());
        assertEquals(2, p.waitFor(), err);
        assertEquals("gilkit: can't open file '" + missing.toAbsolutePath() + "': [Errno 2] No such file or directory\n", err);
    }

    private static List<String> javaMain(String... args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"), "org.gilkit.cli.Main"));
        cmd.addAll(List.of(args));
        return cmd;
    }

    private static String read(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        in.transferTo(b);
        return b.toString(StandardCharsets.UTF_8);
    }
}
