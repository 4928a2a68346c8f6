package org.gilkit.observe;

import jdk.jfr.Category;
import jdk.jfr.DataAmount;
import jdk.jfr.Description;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;
import jdk.jfr.Timespan;

/**
 * JFR event {@code org.gilkit.KernelSpan}: one native kernel call (sum, sha256, ...). Emitted by
 * {@link JfrEmitter} when the session drains the kernel's KERNEL_END; like {@link GilWaitEvent},
 * its own time is the drain time and the fields carry the call's real duration and start.
 */
@Name("org.gilkit.KernelSpan")
@Label("Native Kernel")
@Category({"gilkit", "Kernels"})
@Description("A gilkit native kernel call, and whether it released the GIL (reported when the trace collector drains it).")
@StackTrace(false)
public final class KernelSpanEvent extends jdk.jfr.Event {
    @Label("Kernel")
    String kernel;

    @Label("Bytes")
    @DataAmount(DataAmount.BYTES)
    long bytes;

    @Label("Released")
    @Description("Whether the kernel released the GIL while it ran")
    boolean released;

    @Label("GIL Thread")
    String gilThread;

    @Label("Java Thread Id")
    long javaThreadId;

    @Label("Kernel Duration")
    @Timespan(Timespan.NANOSECONDS)
    long kernelDuration;

    @Label("Started At (monotonic ns)")
    long startedAtNanos;
}
