package org.gilkit.observe;

import java.lang.management.ManagementFactory;
import javax.management.ObjectName;

/**
 * Whether the JVM's JIT is still compiling the interpreter: the number of compilations of methods
 * under a package prefix that are in progress or queued, read from HotSpot's {@code Compiler.queue}
 * diagnostic command (the same text {@code jcmd PID Compiler.queue} prints) through the platform
 * MBean server, in-process.
 *
 * <p>Why: a benchmark of the interpreter must not time its loop while the JIT is replacing the
 * code it runs. The eval loop ({@code Eval.dispatch}) is one large method whose C2 compilation
 * takes 1-3 s on a busy 2-core machine, during which it runs in C1 code about 1.7 times slower;
 * a warm-up that watches {@code CompilationMXBean.getTotalCompilationTime()} sees nothing of a
 * compilation until it ends, so it declared the JIT quiet and the tour's cpu-threads rounds then
 * mixed C1 and C2 timings (speedups 0.64 to 1.97 within one run, issue 5). Used by
 * {@code org.gilkit.tour.JitWarmUp} and {@code gilkit.jit_pending()} (benchmarks/threads_cpu_ratio.py).
 *
 * <p>Contract: never throws; -1 when the JVM has no such command (not HotSpot, or management
 * disabled). Costs a VM operation: call it between measurements, not inside them. Thread-safe.
 */
public final class JitActivity {
    private static final String MBEAN = "com.sun.management:type=DiagnosticCommand";
    /**
     * The prefix of the eval loop's methods ({@code Eval::dispatch}, {@code Eval::execute}, ...):
     * the code every Python loop runs in. Waiting for all of gilkit's methods was too much: on a
     * busy machine some method is always being compiled (the tour's warm-up hit its 10 s cap).
     */
    public static final String EVAL_LOOP = "org.gilkit.vm.Eval::";

    private JitActivity() {}

    /**
     * Compilations of methods whose class name starts with {@code prefix} (e.g.
     * {@code "org.gilkit."}) that are running or waiting in a compile queue, or -1 if unknown.
     */
    public static int pending(String prefix) {
        String text = queueText();
        return text == null ? -1 : count(text, prefix);
    }

    /** The {@code Compiler.queue} text, or null if the command is not available. */
    static String queueText() {
        try {
            Object r = ManagementFactory.getPlatformMBeanServer().invoke(new ObjectName(MBEAN), "compilerQueue",
                    new Object[] {null}, new String[] {String[].class.getName()});
            return r instanceof String s ? s : null;
        } catch (Exception | LinkageError e) {
            return null;
        }
    }

    /**
     * Counts the task lines naming a method under {@code prefix}. A task line reads like
     * {@code "C2 CompilerThread0  1409   !   4       org.gilkit.vm.Eval::dispatch (2622 bytes)"} in
     * the "Current compiles" section, or the same without the thread name in a queue section.
     */
    static int count(String text, String prefix) {
        int n = 0;
        for (String line : text.split("\n")) {
            if (line.contains(" " + prefix) && line.contains("::")) n++;
        }
        return n;
    }
}
