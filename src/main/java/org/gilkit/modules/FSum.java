package org.gilkit.modules;

import java.util.ArrayList;
import java.util.List;
import org.gilkit.runtime.Errors;
import org.gilkit.runtime.Ops;
import org.gilkit.runtime.PyObject;
import org.gilkit.runtime.ThreadState;

/** math.fsum: the exact sum of floats (Shewchuk's partials, as CPython's msum), correctly rounded. */
final class FSum {
    private FSum() {}

    static double of(ThreadState ts, PyObject iterable) {
        List<Double> partials = new ArrayList<>();
        double special = 0;
        double infSum = 0;
        PyObject it = Ops.iter(ts, iterable);
        for (PyObject o = Ops.next(ts, it); o != null; o = Ops.next(ts, it)) {
            double x = MathModule.real(ts, o);
            if (!Double.isFinite(x)) {
                if (Double.isInfinite(x)) infSum += x;
                special += x;
                continue;
            }
            int i = 0;
            for (double y : partials) {
                if (Math.abs(x) < Math.abs(y)) {
                    double t = x;
                    x = y;
                    y = t;
                }
                double hi = x + y;
                double lo = y - (hi - x);
                if (lo != 0.0) partials.set(i++, lo);
                x = hi;
            }
            if (Double.isInfinite(x)) throw Errors.overflowError("intermediate overflow in fsum");
            while (partials.size() > i) partials.remove(partials.size() - 1);
            partials.add(x);
        }
        if (special != 0.0) {
            if (Double.isNaN(infSum)) throw Errors.valueError("-inf + inf in fsum");
            return special;
        }
        int n = partials.size();
        if (n == 0) return 0.0;
        double hi = partials.get(--n);
        double lo = 0;
        while (n > 0) {
            double x = hi;
            double y = partials.get(--n);
            hi = x + y;
            double yr = hi - x;
            lo = y - yr;
            if (lo != 0.0) break;
        }
        if (n > 0 && ((lo < 0.0 && partials.get(n - 1) < 0.0) || (lo > 0.0 && partials.get(n - 1) > 0.0))) {
            double y = lo * 2.0;
            double x = hi + y;
            double yr = x - hi;
            if (y == yr) hi = x;
        }
        return hi;
    }
}
