package org.gilkit.modules;

import org.gilkit.gil.Gil;
import org.gilkit.gil.GilStats;
import org.gilkit.observe.GilStatsSnapshot;
import org.gilkit.observe.ThreadStatsRecord;
import org.gilkit.runtime.ArgParser;
import org.gilkit.runtime.PyBool;
import org.gilkit.runtime.PyDict;
import org.gilkit.runtime.PyFloat;
import org.gilkit.runtime.PyInt;
import org.gilkit.runtime.PyList;
import org.gilkit.runtime.PyModule;
import org.gilkit.runtime.PyObject;
import org.gilkit.runtime.PyStr;
import org.gilkit.runtime.ThreadState;

/**
 * The {@code gilkit} package module: the lock seen from Python.
 * <ul>
 * <li>{@code gil_stats()}: one dict per thread that ever attached to this interpreter's GIL
 *     (exited threads first, from {@link GilStatsSnapshot}): {@code name}, {@code ident} (the
 *     Java thread id, which {@code threading.get_ident()} also returns), {@code alive}, and the
 *     lock's always-on counters: {@code acquisitions}, {@code held}, {@code waiting},
 *     {@code native} (released inside kernels), {@code blocking} (released around sleep, join,
 *     I/O), all in seconds, plus {@code drop_requests_made}, {@code drop_requests_received} and
 *     {@code forced_switches}.</li>
 * <li>{@code switch_count()}: how many times the lock changed hands.</li>
 * <li>{@code jit_pending()}: compilations of the interpreter's eval loop ({@code Eval}) that
 *     the JVM's JIT is running or has queued ({@link org.gilkit.observe.JitActivity}; -1 if it
 *     cannot tell), so that a benchmark can wait for the loop's final code before it times.</li>
 * <li>{@code policy()}: the lock's policy name ({@code 'new'}, {@code 'legacy'}, {@code 'fifo'},
 *     {@code 'off'}).</li>
 * <li>{@code gilkit.kernels}: the submodule {@link GilkitKernelsModule}, created with this one
 *     and registered in sys.modules, so {@code import gilkit.kernels} works.</li>
 * <li>{@code gilkit.ext}: the user C kernels ({@code org.gilkit.modules.ext.GilkitExtModule}),
 *     registered the same way.</li>
 * </ul>
 */
final class GilkitModule implements ModuleDef {
    @Override
    public String name() {
        return "gilkit";
    }

    @Override
    public PyModule create(ThreadState ts) {
        PyModule m = Fn.module("gilkit", "gilkit: statistics of the global interpreter lock, and native kernels.");
        m.put("__path__", new PyList()); // a package: gilkit.kernels is its submodule
        m.put("__package__", new PyStr("gilkit"));
        Fn.def(m, "gil_stats", (t, s, a, k) -> {
            ArgParser.noArgs("gil_stats", a, k);
            return stats(t.interp().gil());
        });
        Fn.def(m, "switch_count", (t, s, a, k) -> {
            ArgParser.noArgs("switch_count", a, k);
            return PyInt.of(t.interp().gil().switchCount());
        });
        Fn.def(m, "policy", (t, s, a, k) -> {
            ArgParser.noArgs("policy", a, k);
            return new PyStr(t.interp().gil().policy().cliName());
        });
        Fn.def(m, "jit_pending", (t, s, a, k) -> {
            ArgParser.noArgs("jit_pending", a, k);
            return PyInt.of(org.gilkit.observe.JitActivity.pending(org.gilkit.observe.JitActivity.EVAL_LOOP));
        });
        PyModule kernels = new GilkitKernelsModule().create(ts);
        ts.interp().sysModules().put(new PyStr(kernels.name()), kernels);
        m.put("kernels", kernels);
        PyModule ext = org.gilkit.modules.ext.GilkitExtModule.create(); // user C kernels (docs/extending.md)
        ts.interp().sysModules().put(new PyStr(ext.name()), ext);
        m.put("ext", ext);
        return m;
    }

    private static PyList stats(Gil gil) {
        PyList out = new PyList();
        for (ThreadStatsRecord r : GilStatsSnapshot.of(gil).threads()) out.append(record(r));
        return out;
    }

    private static PyDict record(ThreadStatsRecord r) {
        GilStats s = r.stats();
        PyDict d = new PyDict();
        d.putStr("name", new PyStr(r.name()));
        d.putStr("ident", PyInt.of(r.javaThreadId()));
        d.putStr("alive", PyBool.of(r.alive()));
        d.putStr("acquisitions", PyInt.of(s.acquisitions()));
        d.putStr("held", seconds(s.holdNanos()));
        d.putStr("waiting", seconds(s.waitNanos()));
        d.putStr("native", seconds(s.nativeNanos()));
        d.putStr("blocking", seconds(s.blockingNanos()));
        d.putStr("drop_requests_made", PyInt.of(s.dropRequestsMade()));
        d.putStr("drop_requests_received", PyInt.of(s.dropRequestsReceived()));
        d.putStr("forced_switches", PyInt.of(s.forcedSwitches()));
        d.putStr("wakeups_lost", PyInt.of(s.wakeupsLost()));
        return d;
    }

    private static PyObject seconds(long nanos) {
        return new PyFloat(nanos / 1e9);
    }
}
