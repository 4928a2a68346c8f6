package org.gilkit.modules;

import java.lang.management.ManagementFactory;
import java.util.concurrent.locks.LockSupport;
import org.gilkit.runtime.ArgParser;
import org.gilkit.runtime.Errors;
import org.gilkit.runtime.PyFloat;
import org.gilkit.runtime.PyInt;
import org.gilkit.runtime.PyModule;
import org.gilkit.runtime.PyNone;
import org.gilkit.runtime.PyObject;
import org.gilkit.runtime.ThreadState;

/**
 * The {@code time} module: clocks (time, time_ns, perf_counter[_ns], monotonic[_ns],
 * process_time[_ns], thread_time[_ns]) and {@code sleep}, which waits with the GIL released
 * (other threads run meanwhile) and raises KeyboardInterrupt on Ctrl-C ({@link Blocking}).
 * perf_counter and monotonic share {@link System#nanoTime()}; process_time is the JVM's CPU time.
 * The calendar functions (localtime, gmtime, mktime, strftime, asctime, ctime, struct_time and
 * the zone constants) come from {@link Calendar}.
 */
final class TimeModule implements ModuleDef {
    @Override
    public String name() {
        return "time";
    }

    @Override
    public PyModule create(ThreadState ts) {
        PyModule m = Fn.module("time", "This module provides various functions to manipulate time values.");
        clock(m, "time", () -> epochNanos());
        clock(m, "perf_counter", System::nanoTime);
        clock(m, "monotonic", System::nanoTime);
        clock(m, "process_time", TimeModule::processNanos);
        clock(m, "thread_time", () -> ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime());
        Fn.def(m, "sleep", (t, s, a, k) -> sleep(t, a, k));
        Calendar.install(m);
        return m;
    }

    /** Defines {@code name()} (float seconds) and {@code name_ns()} (int nanoseconds) over one clock. */
    private static void clock(PyModule m, String name, java.util.function.LongSupplier nanos) {
        Fn.def(m, name, (t, s, a, k) -> {
            ArgParser.noArgs(name, a, k);
            return new PyFloat(nanos.getAsLong() / 1e9);
        });
        Fn.def(m, name + "_ns", (t, s, a, k) -> {
            ArgParser.noArgs(name + "_ns", a, k);
            return PyInt.of(nanos.getAsLong());
        });
    }

    private static long epochNanos() {
        java.time.Instant now = java.time.Instant.now();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    static long processNanos() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) return sun.getProcessCpuTime();
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static PyObject sleep(ThreadState ts, PyObject[] a, String[] k) {
        ArgParser.exactlyOne("time.sleep", a, k);
        double secs = seconds(ts, a[0]);
        if (secs < 0) throw Errors.valueError("sleep length must be non-negative");
        if (Double.isNaN(secs)) throw Errors.valueError("Invalid value NaN (not a number)");
        if (secs > 9.2e9) throw Errors.overflowError("sleep length is too large");
        long deadline = Blocking.deadline(secs);
        Blocking.run(ts, "sleep", () -> {
            if (secs == 0) Thread.yield();
            for (long left = Blocking.remaining(deadline); left > 0; left = Blocking.remaining(deadline)) {
                LockSupport.parkNanos(left);
                if (Thread.interrupted()) throw new InterruptedException();
            }
            return null;
        });
        return PyNone.NONE;
    }

    /** A float or int number of seconds, with CPython's TypeError for other types. */
    static double seconds(ThreadState ts, PyObject o) {
        if (o instanceof PyFloat f) return f.value();
        if (o instanceof PyInt i) return i.isBig() ? (i.signum() < 0 ? -1 : Double.MAX_VALUE) : i.asLong();
        if (o.type().lookup("__float__") != null) return org.gilkit.runtime.Ops.toDouble(ts, o);
        throw Errors.typeError("'" + o.type().name() + "' object cannot be interpreted as an integer");
    }
}
