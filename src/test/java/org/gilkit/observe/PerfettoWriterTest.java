package org.gilkit.observe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gilkit.gil.Gil;
import org.gilkit.gil.GilPolicy;
import org.junit.jupiter.api.Test;

/** The Perfetto/Chrome JSON of real traces parses and has the promised tracks and events. */
class PerfettoWriterTest {
    private static final Duration LIMIT = Duration.ofSeconds(60);

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> events(Trace trace) throws Exception {
        StringWriter w = new StringWriter();
        PerfettoWriter.write(trace, w);
        Map<String, Object> root = (Map<String, Object>) MiniJson.parse(w.toString());
        Map<String, Object> other = (Map<String, Object>) root.get("otherData");
        assertEquals(trace.policy().cliName(), other.get("policy"));
        assertEquals((double) trace.droppedEvents(), other.get("dropped_events"));
        return (List<Map<String, Object>>) root.get("traceEvents");
    }

    @Test
    void aContendedTraceHasNamedTracksSlicesAndInstants() throws Exception {
        Trace trace = assertTimeoutPreemptively(LIMIT, () -> {
            try (Gil gil = Gil.create(GilPolicy.NEW, 100_000)) {
                TraceSession s = TraceSession.start(gil);
                Workloads.takeTurns(gil, 3, 30);
                return s.stop();
            }
        });
        List<Map<String, Object>> ev = events(trace);
        Set<String> names = new HashSet<>();
        for (Map<String, Object> e : ev) {
            if ("thread_name".equals(e.get("name"))) names.add((String) ((Map<?, ?>) e.get("args")).get("name"));
        }
        for (ThreadTrace t : trace.threads()) {
            String label = PerfettoWriter.trackLabel(t);
            assertTrue(names.contains(label + " lock"), "missing lock track of " + label + " in " + names);
            assertTrue(names.contains(label + " calls"), "missing calls track of " + label);
        }
        long holding = ev.stream().filter(e -> "X".equals(e.get("ph")) && "holding".equals(e.get("name"))).count();
        long expected = trace.threads().stream().mapToLong(t -> t.intervals(IntervalKind.HOLDING).size()).sum();
        assertEquals(expected, holding);
        assertTrue(ev.stream().anyMatch(e -> "i".equals(e.get("ph")) && "drop request set".equals(e.get("name"))),
                "a contended run under new sets drop requests");
        for (Map<String, Object> e : ev) {
            if (!"M".equals(e.get("ph"))) {
                assertTrue((Double) e.get("ts") >= 0, "timestamps are relative to the trace start: " + e);
            }
            if ("X".equals(e.get("ph"))) assertTrue((Double) e.get("dur") >= 0);
        }
        assertEquals(ev.stream().filter(e -> "B".equals(e.get("ph"))).count(),
                ev.stream().filter(e -> "E".equals(e.get("ph"))).count(), "B and E pair up");
    }

    @Test
    void kernelSlicesCarryBytesAndReleased() throws Exception {
        Trace trace = assertTimeoutPreemptively(LIMIT, () -> {
            try (Gil gil = Gil.create(GilPolicy.NEW, Gil.DEFAULT_SWITCH_INTERVAL_NANOS)) {
                TraceSession s = TraceSession.start(gil);
                Workloads.rendezvous(gil, true, 30_000_000_000L);
                return s.stop();
            }
        });
        List<Map<String, Object>> kernels = events(trace).stream()
                .filter(e -> "kernel".equals(e.get("cat"))).toList();
        assertEquals(2, kernels.size());
        for (Map<String, Object> k : kernels) {
            assertEquals("test_rendezvous", k.get("name"));
            assertEquals(4096.0, ((Map<?, ?>) k.get("args")).get("bytes"));
            assertEquals(Boolean.TRUE, ((Map<?, ?>) k.get("args")).get("released"));
        }
    }

    @Test
    void timestampsKeepNanosecondsAndNamesAreEscaped() {
        assertEquals("1.234", Json.micros(1234));
        assertEquals("0.007", Json.micros(7));
        assertEquals("-2.500", Json.micros(-2500));
        assertEquals("\"a\\\"b\\\\c\\n\\u003c/script>\"", Json.str("a\"b\\c\n</script>"));
        assertEquals("a\"b", MiniJson.parse(Json.str("a\"b")));
    }

    @Test
    void theTestParserRejectsBrokenJson() {
        assertThrows(IllegalArgumentException.class, () -> MiniJson.parse("{\"a\":1,}"));
        assertThrows(IllegalArgumentException.class, () -> MiniJson.parse("[1 2]"));
        assertThrows(IllegalArgumentException.class, () -> MiniJson.parse("{\"a\":01}x"));
    }
}
