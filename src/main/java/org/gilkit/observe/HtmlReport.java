package org.gilkit.observe;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.gilkit.gil.GilEvent;

/**
 * Writes a {@link Trace} as ONE self-contained HTML page (inline CSS and JavaScript, no network,
 * no CDN): a timeline per thread (holding / waiting / running native / blocked in I/O / released,
 * with kernel calls and blocking calls on a thin lane below and tick marks for drop requests and
 * forced switches), zoom (wheel, +/- buttons) and pan (drag), a hover tooltip and click-to-pin
 * detail, and a summary table per thread (held, waiting, native, blocked seconds; acquisitions,
 * forced switches, drop requests) with the whole-program held and wait fractions.
 *
 * <p>The page is the template {@code report.html} (a resource next to this class) with the trace
 * spliced in as one JSON object at {@code /*GILKIT_DATA*}{@code /}; times are nanoseconds from
 * the trace start. When the script has drawn everything it sets
 * {@code <div id="threads" data-rendered="N">} (N = threads) and the summary has one
 * {@code <tr class="thread-row">} per thread, which the headless-browser test checks; on a script
 * error it sets {@code data-error} instead.
 *
 * <p>Wired in: {@code gilkit trace --html trace.html}.
 */
public final class HtmlReport {
    private static final String TEMPLATE = "report.html";
    private static final String SLOT = "/*GILKIT_DATA*/null";

    private HtmlReport() {}

    /** Writes the page for {@code trace} to {@code out} (not closed; flushed). */
    public static void write(Trace trace, Writer out) throws IOException {
        String page = template();
        int at = page.indexOf(SLOT);
        if (at < 0) throw new IllegalStateException("report template lacks its data slot " + SLOT);
        out.write(page, 0, at);
        writeData(trace, out);
        out.write(page, at + SLOT.length(), page.length() - at - SLOT.length());
        out.flush();
    }

    private static String template() {
        try (InputStream in = HtmlReport.class.getResourceAsStream(TEMPLATE)) {
            if (in == null) throw new IllegalStateException("missing resource " + TEMPLATE + " next to HtmlReport");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the report template", e);
        }
    }

    private static void writeData(Trace trace, Writer out) throws IOException {
        out.write("{\"policy\":" + Json.str(trace.policy().cliName())
                + ",\"switchIntervalNs\":" + trace.switchIntervalNanos()
                + ",\"wallNs\":" + trace.wallNanos()
                + ",\"dropped\":" + trace.droppedEvents()
                + ",\"heldFraction\":" + trace.heldFraction()
                + ",\"waitFraction\":" + trace.waitFraction()
                + ",\"kinds\":[");
        IntervalKind[] kinds = IntervalKind.values();
        for (int i = 0; i < kinds.length; i++) {
            out.write((i > 0 ? "," : "") + "{\"name\":" + Json.str(kinds[i].label()) + ",\"color\":" + Json.str(kinds[i].color()) + "}");
        }
        out.write("],\"threads\":[");
        boolean first = true;
        for (ThreadTrace t : trace.threads()) {
            if (!first) out.write(",\n");
            first = false;
            writeThread(t, trace.startNanos(), out);
        }
        out.write("]}");
    }

    private static void writeThread(ThreadTrace t, long origin, Writer out) throws IOException {
        ThreadSummary s = t.summary();
        out.write("{\"index\":" + t.index() + ",\"name\":" + Json.str(t.name())
                + ",\"javaName\":" + Json.str(t.javaThreadName()) + ",\"javaId\":" + t.javaThreadId()
                + ",\"start\":" + (t.startNanos() - origin) + ",\"end\":" + (t.endNanos() - origin)
                + ",\"exited\":" + t.exited() + ",\"dropped\":" + t.droppedEvents()
                + ",\"summary\":{\"held\":" + s.heldNanos() + ",\"wait\":" + s.waitNanos() + ",\"native\":" + s.nativeNanos()
                + ",\"blocked\":" + s.blockedNanos() + ",\"acq\":" + s.acquisitions() + ",\"forced\":" + s.forcedSwitches()
                + ",\"dropMade\":" + s.dropRequestsMade() + ",\"dropRecv\":" + s.dropRequestsReceived() + "}");
        out.write(",\"iv\":[");
        StringBuilder b = new StringBuilder();
        for (Interval i : t.intervals()) {
            sep(b).append('[').append(i.kind().ordinal()).append(',').append(i.startNanos() - origin).append(',')
                    .append(i.endNanos() - origin).append(',').append(Json.str(i.label())).append(']');
            flushIfLarge(b, out);
        }
        out.write(b.toString());
        b.setLength(0);
        out.write("],\"kernels\":[");
        for (KernelSpan k : t.kernels()) {
            sep(b).append('[').append(Json.str(k.kernel())).append(',').append(k.startNanos() - origin).append(',')
                    .append(k.endNanos() - origin).append(',').append(k.bytes()).append(',').append(k.released()).append(']');
        }
        out.write(b.toString());
        b.setLength(0);
        out.write("],\"calls\":[");
        for (BlockedCall c : t.blockedCalls()) {
            sep(b).append('[').append(Json.str(c.what())).append(',').append(c.startNanos() - origin).append(',')
                    .append(c.endNanos() - origin).append(']');
        }
        out.write(b.toString());
        b.setLength(0);
        out.write("],\"marks\":[");
        for (GilEvent e : t.events()) {
            String mark = switch (e.type()) {
                case DROP_REQUEST_SET -> "drop request set";
                case DROP_REQUEST_RECEIVED -> "drop request received";
                case FORCED_SWITCH -> "forced switch";
                default -> null;
            };
            if (mark != null) sep(b).append('[').append(Json.str(mark)).append(',').append(e.timeNanos() - origin).append(']');
            flushIfLarge(b, out);
        }
        out.write(b.toString());
        out.write("]}");
    }

    /** Appends a comma unless {@code b} is at the start of a list. */
    private static StringBuilder sep(StringBuilder b) {
        if (b.length() > 0 && b.charAt(b.length() - 1) == ']') b.append(',');
        return b;
    }

    /** Writes out a large buffer but keeps its last character, so {@link #sep} still sees it. */
    private static void flushIfLarge(StringBuilder b, Writer out) throws IOException {
        if (b.length() < 1 << 16) return;
        out.append(b, 0, b.length() - 1);
        b.delete(0, b.length() - 1);
    }
}
