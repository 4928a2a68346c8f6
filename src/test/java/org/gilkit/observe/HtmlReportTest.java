package org.gilkit.observe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gilkit.gil.Gil;
import org.gilkit.gil.GilPolicy;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTML report is self-contained, carries the trace, and renders in a real headless Chromium. */
class HtmlReportTest {
    private static Trace threeThreads() {
        return assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            try (Gil gil = Gil.create(GilPolicy.NEW, 100_000)) {
                TraceSession s = TraceSession.start(gil);
                Workloads.takeTurns(gil, 3, 30);
                Workloads.rendezvous(gil, true, 30_000_000_000L);
                return s.stop();
            }
        });
    }

    private static String html(Trace trace) throws Exception {
        StringWriter w = new StringWriter();
        HtmlReport.write(trace, w);
        return w.toString();
    }

    @Test
    void thePageNeedsNoNetworkAndEmbedsTheTraceAsJson() throws Exception {
        Trace trace = threeThreads();
        String page = html(trace);
        assertFalse(page.contains("http://") || page.contains("https://"), "no network references");
        assertFalse(Pattern.compile("<(script|link|img)[^>]*(src|href)=", Pattern.CASE_INSENSITIVE).matcher(page).find(),
                "no external scripts, styles or images");
        Matcher m = Pattern.compile("const DATA = (.*?);\\n\\(function", Pattern.DOTALL).matcher(page);
        assertTrue(m.find(), "the data slot is filled");
        @SuppressWarnings("unchecked")
        Map<String, Object> data = (Map<String, Object>) MiniJson.parse(m.group(1));
        List<?> threads = (List<?>) data.get("threads");
        assertEquals(trace.threads().size(), threads.size());
        Map<?, ?> first = (Map<?, ?>) threads.get(0);
        assertEquals(trace.threads().get(0).name(), first.get("name"));
        assertEquals(trace.threads().get(0).intervals().size(), ((List<?>) first.get("iv")).size());
        assertEquals("new", data.get("policy"));
    }

    @Test
    void chromiumRendersOneLanePerThread(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(HeadlessChromium.isAvailable(),
                "chromium not installed (apt-get install chromium): the headless browser test is skipped");
        Trace trace = threeThreads();
        int n = trace.threads().size();
        Path page = dir.resolve("report.html");
        try (Writer w = Files.newBufferedWriter(page, StandardCharsets.UTF_8)) {
            HtmlReport.write(trace, w);
        }
        String dom = HeadlessChromium.dumpDom(page, dir);
        assertFalse(dom.contains("data-error"), "the page script failed: " + HeadlessChromium.between(dom, "data-error", 300));
        assertTrue(dom.contains("id=\"threads\" data-rendered=\"" + n + "\""),
                "the page must mark " + n + " rendered threads: " + HeadlessChromium.between(dom, "id=\"threads\"", 200));
        assertEquals(n, HeadlessChromium.count(dom, "class=\"thread-row\""), "one summary row per thread");
        assertEquals(n, HeadlessChromium.count(dom, "class=\"lane\" data-thread="), "one timeline lane per thread");
        for (ThreadTrace t : trace.threads()) assertTrue(dom.contains(">" + t.name() + "<"), "row for " + t.name());
    }
}
