package org.gilkit.modules;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.gilkit.runtime.Errors;
import org.gilkit.runtime.Ops;
import org.gilkit.runtime.PyGetSet;
import org.gilkit.runtime.PyInt;
import org.gilkit.runtime.PyMethodDescr;
import org.gilkit.runtime.PyNone;
import org.gilkit.runtime.PyObject;
import org.gilkit.runtime.PyStr;
import org.gilkit.runtime.PyTuple;
import org.gilkit.runtime.PyType;
import org.gilkit.runtime.ThreadState;

/**
 * {@code time.struct_time}: a 9-tuple (year, month, mday, hour, min, sec, wday with Monday 0,
 * yday from 1, isdst) with the {@code tm_*} attribute names and CPython's repr; {@code tm_zone}
 * and {@code tm_gmtoff} are attributes outside the tuple as in CPython. Built by
 * {@link TimeModule}'s localtime/gmtime from a {@link ZonedDateTime}; {@link #fields} reads any
 * 9-sequence back for strftime/mktime/asctime.
 */
final class StructTime extends PyTuple {
    static final PyType TYPE = PyType.builtin("time", "struct_time", new PyType[] {PyTuple.TYPE}, false);
    static final String[] NAMES = {"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday",
        "tm_yday", "tm_isdst"};

    static {
        for (int i = 0; i < NAMES.length; i++) {
            int idx = i;
            TYPE.define(NAMES[i], new PyGetSet(TYPE, NAMES[i], (ts, s) -> ((PyTuple) s).get(idx), null));
        }
        TYPE.define("tm_zone", new PyGetSet(TYPE, "tm_zone", (ts, s) -> ((StructTime) s).zone, null));
        TYPE.define("tm_gmtoff", new PyGetSet(TYPE, "tm_gmtoff", (ts, s) -> ((StructTime) s).gmtoff, null));
        TYPE.define("n_fields", PyInt.of(11));
        TYPE.define("n_sequence_fields", PyInt.of(9));
        TYPE.define("__repr__", PyMethodDescr.noArgs(TYPE, "__repr__", StructTime::repr));
        TYPE.defineNew((ts, cls, a, k) -> {
            if (a.length != 1) throw Errors.typeError("struct_time() takes exactly 1 argument (" + a.length + " given)");
            long[] f = fields(ts, a[0], "time.struct_time()");
            return new StructTime(f, PyNone.NONE, PyNone.NONE);
        });
    }

    private final PyObject zone;
    private final PyObject gmtoff;

    private StructTime(long[] f, PyObject zone, PyObject gmtoff) {
        super(items(f));
        this.zone = zone;
        this.gmtoff = gmtoff;
    }

    /** The struct_time of a date-time in its own zone ({@code isdst} from the zone's rules). */
    static StructTime of(ZonedDateTime t, boolean utc) {
        ZoneId z = t.getZone();
        boolean dst = !utc && z.getRules().isDaylightSavings(t.toInstant());
        long[] f = {t.getYear(), t.getMonthValue(), t.getDayOfMonth(), t.getHour(), t.getMinute(), t.getSecond(),
            t.getDayOfWeek().getValue() - 1, t.getDayOfYear(), dst ? 1 : 0};
        String abbr = utc ? "UTC" : TimeFormat.zoneName(t);
        return new StructTime(f, new PyStr(abbr), PyInt.of(t.getOffset().getTotalSeconds()));
    }

    /** tm_zone as a Java string, or {@code dflt} when the struct has none. */
    String zoneName(String dflt) {
        return zone instanceof PyStr s ? s.value() : dflt;
    }

    long gmtoff(long dflt) {
        return gmtoff instanceof PyInt i ? i.asLong() : dflt;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private static PyObject[] items(long[] f) {
        PyObject[] items = new PyObject[f.length];
        for (int i = 0; i < f.length; i++) items[i] = PyInt.of(f[i]);
        return items;
    }

    /** The nine fields of a struct_time or 9-sequence, with CPython's TypeError otherwise. */
    static long[] fields(ThreadState ts, PyObject o, String fname) {
        if (!(o instanceof PyTuple t)) {
            if (fname.equals("time.struct_time()")) return fields(ts, Ops.call(ts, PyTuple.TYPE, o), fname);
            throw Errors.typeError("Tuple or struct_time argument required");
        }
        if (t.size() != 9) {
            if (fname.equals("time.struct_time()")) {
                throw Errors.typeError(fname + " takes an at least 9-sequence (" + t.size() + "-sequence given)");
            }
            throw Errors.typeError(fname + ": illegal time tuple argument");
        }
        long[] f = new long[9];
        for (int i = 0; i < 9; i++) f[i] = Ops.index(ts, t.get(i)).asLong();
        return f;
    }

    private static PyObject repr(ThreadState ts, PyObject self) {
        PyTuple t = (PyTuple) self;
        StringBuilder b = new StringBuilder("time.struct_time(");
        for (int i = 0; i < NAMES.length; i++) {
            b.append(i == 0 ? "" : ", ").append(NAMES[i]).append('=').append(Ops.repr(ts, t.get(i)));
        }
        return new PyStr(b.append(')').toString());
    }
}
