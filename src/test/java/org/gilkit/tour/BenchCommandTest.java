package org.gilkit.tour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.gilkit.cli.Main;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import org.gilkit.observe.MiniJson;

/** gilkit bench end to end, in-process, at the TINY size (structure only: no timing asserts). */
class BenchCommandTest {
    private static final String NO_PYTHON = "--python=/nonexistent/dir/python3";

    private record Result(int rc, String out, String err) {}

    private static Result bench(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        String[] all = new String[args.length + 1];
        all[0] = "bench";
        System.arraycopy(args, 0, all, 1, args.length);
        int rc = cl.execute(all);
        return new Result(rc, out.toString(), err.toString());
    }

    private static List<?> json(Result r) {
        assertEquals(0, r.rc(), r.err());
        return (List<?>) MiniJson.parse(r.out());
    }

    @Test
    void everyRowRunsUnderGilkitAndHasTheCommonKeys() {
        List<?> rows = json(bench("--json", "--size=TINY", "--threads=2", NO_PYTHON));
        assertEquals(BenchItems.names().size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Map<?, ?> m = (Map<?, ?>) rows.get(i);
            assertEquals(BenchItems.names().get(i), m.get("name"));
            for (String k : List.of("title", "metric", "unit", "gilkit", "cpython", "ratio")) {
                assertTrue(m.containsKey(k), m.get("name") + " lacks " + k);
            }
            assertTrue(m.get("gilkit") instanceof Double || m.containsKey("gilkit_skipped"), m.toString());
            assertNull(m.get("cpython"));
            assertNull(m.get("ratio"));
            assertTrue(m.get("cpython_skipped") instanceof String, m.toString());
        }
    }

    @Test
    void rowsCarryTheirProgramsFigures() {
        List<?> rows = json(bench("--json", "--size=TINY", "--threads=2", NO_PYTHON,
                "--only=call-sha256,sha256-held,loop,cpu-threads"));
        assertEquals(List.of("loop", "cpu-threads", "sha256-held", "call-sha256"),
                rows.stream().map(o -> ((Map<?, ?>) o).get("name")).toList(), "report order, not --only order");
        Map<?, ?> loop = (Map<?, ?>) rows.get(0);
        assertEquals("ns_per_iter", loop.get("metric"));
        assertTrue((Double) loop.get("gilkit") > 0);
        assertTrue((Double) loop.get("gilkit_iterations") >= 1);
        Map<?, ?> threads = (Map<?, ?>) rows.get(1);
        assertEquals(2.0, threads.get("gilkit_threads"));
        double s = (Double) threads.get("gilkit_serial_s");
        double p = (Double) threads.get("gilkit_parallel_s");
        // speedup is printed with 4 decimals (and s, p with 6): allow that rounding for tiny ratios.
        assertEquals(s / p, (Double) threads.get("gilkit"), Math.max(1e-3 * s / p, 1e-4));
        Map<?, ?> held = (Map<?, ?>) rows.get(2);
        assertEquals("never", held.get("gilkit_policy"));
        assertEquals("no CPython equivalent", held.get("cpython_skipped"));
        Map<?, ?> call = (Map<?, ?>) rows.get(3);
        assertEquals("ns_per_call", call.get("metric"));
        assertTrue(call.containsKey("gilkit_empty_ns") && call.containsKey("gilkit_loop_ns"), call.toString());
    }

    @Test
    void withoutPython3TheCpythonColumnsAreSkippedWithAClearMessage() {
        Result r = bench("--size=TINY", "--threads=2", NO_PYTHON, "--only=loop");
        assertEquals(0, r.rc(), r.err());
        assertTrue(r.err().contains("/nonexistent/dir/python3 not found: CPython columns skipped"), r.err());
        assertTrue(r.out().startsWith("bench"), r.out());
        assertTrue(r.out().matches("(?s).*\\nloop\\s+interpreter loop.*\\s-\\s+-\\n.*"), r.out());
        assertTrue(r.out().contains("loop (CPython): /nonexistent/dir/python3 not found"), r.out());
        assertTrue(CPython.find("python3", "/nonexistent/dir:/also/missing").isEmpty(), "PATH without python3");
        assertTrue(CPython.find("python3", null).isEmpty());
    }

    @Test
    void underCpythonTheSameProgramGivesTheRatio() {
        assumeTrue(CPython.find("python3", System.getenv("PATH")).isPresent(), "python3 not installed");
        List<?> rows = json(bench("--json", "--size=TINY", "--threads=2", "--only=loop,call-kernels-sha256"));
        Map<?, ?> loop = (Map<?, ?>) rows.get(0);
        assertTrue((Double) loop.get("cpython") > 0, loop.toString());
        double ratio = (Double) loop.get("gilkit") / (Double) loop.get("cpython");
        assertEquals(ratio, (Double) loop.get("ratio"), 1e-5 * ratio, "JSON numbers have 6 significant digits");
        assertFalse(loop.containsKey("cpython_skipped"), loop.toString());
        Map<?, ?> kernels = (Map<?, ?>) rows.get(1);
        assertNull(kernels.get("cpython"));
        assertEquals("no CPython equivalent", kernels.get("cpython_skipped"));
    }

    @Test
    void unknownNameIsAUsageErrorAndShowPrintsTheProgram() {
        Result r = bench("--only", "nope", NO_PYTHON);
        assertEquals(64, r.rc());
        assertTrue(r.err().contains("unknown bench 'nope'") && r.err().contains("call-sha256"), r.err());
        assertEquals(64, bench("--show", "nope").rc());
        Result show = bench("--show", "loop");
        assertEquals(0, show.rc());
        assertEquals(Programs.source("bench/loop"), show.out());
    }
}
