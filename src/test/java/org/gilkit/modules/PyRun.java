package org.gilkit.modules;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.gilkit.gil.Gil;
import org.gilkit.gil.GilPolicy;
import org.gilkit.vm.Interpreter;

/** Runs a Python program in-process for the module tests: its stdout, stderr and exit status. */
record PyRun(String out, String err, int rc) {
    static PyRun of(String source) {
        return of(source, GilPolicy.NEW, Gil.DEFAULT_SWITCH_INTERVAL_NANOS);
    }

    static PyRun of(String source, GilPolicy policy, long switchIntervalNanos) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int rc = Interpreter.runSource(source, "test.py", ".", List.of("test.py"),
                new Interpreter.Options(policy, switchIntervalNanos, new ByteArrayInputStream(new byte[0]), out, err));
        return new PyRun(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), rc);
    }

    /** The program's stdout, failing with its stderr if it did not exit 0. */
    static String ok(String source) {
        PyRun r = of(source);
        if (r.rc != 0) throw new AssertionError("exit " + r.rc + "\nstdout:\n" + r.out + "\nstderr:\n" + r.err);
        return r.out;
    }
}
