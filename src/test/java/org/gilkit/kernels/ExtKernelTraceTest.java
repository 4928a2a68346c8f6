package org.gilkit.kernels;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.gilkit.gil.Gil;
import org.gilkit.gil.GilEvent;
import org.gilkit.gil.GilEventType;
import org.gilkit.gil.GilPolicy;
import org.gilkit.gil.GilThread;
import org.gilkit.gil.GilTrace;
import org.junit.jupiter.api.Test;

/**
 * A user kernel's calls appear in the lock's trace (what {@code gilkit trace} shows) as kernel
 * spans named "ext.NAME" whose value is the call's work, marked released or not, and a released
 * call shows the lock being released inside the span.
 */
class ExtKernelTraceTest {
    @Test
    void callsAreTracedAsExtSpans() {
        ExtKernel k = ExtKernels.get("mandelbrot");
        k.setThreshold(k.defaultThreshold());
        try (Gil gil = Gil.create(GilPolicy.NEW, Gil.DEFAULT_SWITCH_INTERVAL_NANOS); GilThread t = gil.attachCurrentThread("main")) {
            GilTrace.enable(gil, 1024);
            t.acquire();
            k.call(ReleasePolicy.AUTO, 64, 64, 0, 64, 100, -2.0, 1.0, -1.0, 1.0, null).get(0).close(); // 409600 >= 50000
            k.call(ReleasePolicy.AUTO, 8, 8, 0, 1, 10, -2.0, 1.0, -1.0, 1.0, null).get(0).close();    // 80 < 50000
            t.release();
            List<GilEvent> ev = GilTrace.drain(t).stream()
                    .filter(e -> e.type() == GilEventType.KERNEL_BEGIN || e.type() == GilEventType.KERNEL_END
                            || e.type() == GilEventType.RELEASE)
                    .toList();
            List<String> shape = ev.stream().map(e -> switch (e.type()) {
                case KERNEL_BEGIN -> "begin " + GilTrace.kernelName(e.arg()) + " " + e.value();
                case KERNEL_END -> "end released=" + e.arg() + " " + e.value();
                default -> "release";
            }).toList();
            assertEquals(List.of("begin ext.mandelbrot 409600", "release", "end released=1 409600",
                    "begin ext.mandelbrot 80", "end released=0 80", "release"), shape);
        }
    }
}
