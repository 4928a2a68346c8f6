package org.gilkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** `gilkit lockbench --quick` prints one row per policy in a fixed structure (numbers unchecked). */
class LockbenchCommandTest {
    private static String run(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        cl.setOut(new PrintWriter(out));
        int rc = cl.execute(args);
        assertEquals(0, rc, out.toString());
        return out.toString();
    }

    @Test
    void quickTableHasAHeaderAndOneRowPerPolicy() {
        String table = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> run("lockbench", "--quick"));
        String[] lines = table.split("\n");
        assertTrue(lines[0].startsWith("policy") && lines[0].contains("pair ns") && lines[0].contains("begin/end ns")
                && lines[0].contains("handoff@5ms p50/p99") && lines[0].contains("handoff@1us p50/p99")
                && lines[0].contains("io wake@5ms p50/p99") && lines[0].contains("counter Mops/s"), lines[0]);
        String[] policies = {"new", "legacy", "fifo", "off"};
        for (int i = 0; i < policies.length; i++) {
            String[] cells = lines[2 + i].trim().split("\\s+");
            assertEquals(policies[i], cells[0], lines[2 + i]);
            Double.parseDouble(cells[1]);
            Double.parseDouble(cells[2]);
            Double.parseDouble(cells[cells.length - 1]);
        }
        String[] off = lines[5].trim().split("\\s+");
        assertTrue(off[3].equals("n/a") && off[4].equals("n/a") && off[5].equals("n/a"), "off has no hand-off: " + lines[5]);
    }

    @Test
    void jsonHasOneObjectPerPolicy() {
        String json = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> run("lockbench", "--quick", "--json"));
        assertTrue(json.trim().startsWith("[") && json.trim().endsWith("]"), json);
        for (String p : new String[] {"new", "legacy", "fifo", "off"}) {
            assertTrue(json.contains("\"policy\": \"" + p + "\""), json);
        }
        assertEquals(4, json.split("\"pair_ns\"").length - 1);
        assertEquals(4, json.split("\"io_wake_5ms_p99_ns\"").length - 1);
    }
}
