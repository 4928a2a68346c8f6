package org.gilkit.observe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.gilkit.gil.Gil;
import org.gilkit.gil.GilPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** While a JFR recording runs, a trace session emits org.gilkit.GilWait and org.gilkit.KernelSpan. */
class JfrEventsTest {
    @Test
    void aContendedTracedRunShowsUpInAJfrRecording(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("gil.jfr");
        Trace trace;
        try (Recording rec = new Recording()) {
            rec.enable("org.gilkit.GilWait");
            rec.enable("org.gilkit.KernelSpan");
            rec.start();
            trace = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
                try (Gil gil = Gil.create(GilPolicy.NEW, 100_000)) {
                    TraceSession s = TraceSession.start(gil);
                    Workloads.takeTurns(gil, 3, 20);
                    Workloads.rendezvous(gil, true, 30_000_000_000L);
                    return s.stop();
                }
            });
            rec.stop();
            rec.dump(file);
        }
        List<RecordedEvent> events = RecordingFile.readAllEvents(file);
        List<RecordedEvent> waits = events.stream().filter(e -> e.getEventType().getName().equals("org.gilkit.GilWait")).toList();
        List<RecordedEvent> kernels = events.stream().filter(e -> e.getEventType().getName().equals("org.gilkit.KernelSpan")).toList();
        Set<String> threadNames = trace.threads().stream().map(ThreadTrace::name).collect(Collectors.toSet());

        assertFalse(waits.isEmpty(), "three threads taking turns must wait");
        for (RecordedEvent w : waits) {
            assertTrue(threadNames.contains(w.getString("gilThread")), w.getString("gilThread"));
            assertTrue(w.getLong("waitDuration") > 0);
            assertEquals("new", w.getString("policy"));
        }
        long contended = trace.threads().stream().flatMap(t -> t.events().stream())
                .filter(e -> e.type() == org.gilkit.gil.GilEventType.ACQUIRE && e.value() > 0).count();
        assertEquals(contended, waits.size(), "one GilWait per contended acquire");

        assertEquals(2, kernels.size(), "one KernelSpan per rendezvous call");
        for (RecordedEvent k : kernels) {
            assertEquals("test_rendezvous", k.getString("kernel"));
            assertEquals(4096, k.getLong("bytes"));
            assertTrue(k.getBoolean("released"));
            assertTrue(k.getLong("kernelDuration") >= 0);
        }
    }
}
