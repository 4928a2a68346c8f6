package org.gilkit.modules;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.gilkit.runtime.ArgParser;
import org.gilkit.runtime.Errors;
import org.gilkit.runtime.PyFloat;
import org.gilkit.runtime.PyInt;
import org.gilkit.runtime.PyModule;
import org.gilkit.runtime.PyNone;
import org.gilkit.runtime.PyObject;
import org.gilkit.runtime.PyStr;
import org.gilkit.runtime.PyTuple;
import org.gilkit.runtime.ThreadState;

/**
 * The calendar half of the {@code time} module: localtime, gmtime, mktime, strftime, asctime,
 * ctime, {@code struct_time} and timezone/altzone/daylight/tzname. The local zone is the JVM's
 * default zone, which on Linux comes from {@code TZ} or {@code /etc/localtime}, as for the C
 * library CPython uses. Installed into the module by {@link TimeModule}.
 */
final class Calendar {
    private Calendar() {}

    static void install(PyModule m) {
        m.put("struct_time", StructTime.TYPE);
        Fn.def(m, "localtime", (t, s, a, k) -> StructTime.of(at(t, a, k, "localtime", ZoneId.systemDefault()), false));
        Fn.def(m, "gmtime", (t, s, a, k) -> StructTime.of(at(t, a, k, "gmtime", ZoneOffset.UTC), true));
        Fn.def(m, "mktime", (t, s, a, k) -> {
            ArgParser.exactlyOne("mktime", a, k);
            return new PyFloat(epoch(StructTime.fields(t, a[0], "mktime()")));
        });
        Fn.def(m, "strftime", (t, s, a, k) -> strftime(t, a, k));
        Fn.def(m, "asctime", (t, s, a, k) -> {
            ArgParser.positional("asctime", "asctime", a, k, 0, 1);
            long[] f = a.length == 0 ? now() : StructTime.fields(t, a[0], "asctime()");
            return new PyStr(asctime(f));
        });
        Fn.def(m, "ctime", (t, s, a, k) -> new PyStr(asctime(fields(at(t, a, k, "ctime", ZoneId.systemDefault())))));
        zoneConstants(m);
    }

    private static void zoneConstants(PyModule m) {
        ZoneId z = ZoneId.systemDefault();
        int year = LocalDateTime.now().getYear();
        ZonedDateTime jan = LocalDateTime.of(year, 1, 1, 0, 0).atZone(z);
        ZonedDateTime jul = LocalDateTime.of(year, 7, 1, 0, 0).atZone(z);
        boolean julDst = z.getRules().isDaylightSavings(jul.toInstant());
        ZonedDateTime std = julDst ? jan : jul;
        ZonedDateTime dst = julDst ? jul : jan;
        boolean daylight = z.getRules().isDaylightSavings(dst.toInstant());
        m.put("timezone", PyInt.of(-std.getOffset().getTotalSeconds()));
        m.put("altzone", PyInt.of(-(daylight ? dst : std).getOffset().getTotalSeconds()));
        m.put("daylight", PyInt.of(daylight ? 1 : 0));
        m.put("tzname", PyTuple.of(new PyStr(TimeFormat.zoneName(std)),
                new PyStr(TimeFormat.zoneName(daylight ? dst : std))));
    }

    /** The date-time of the optional seconds argument (None or absent: now) in {@code zone}. */
    private static ZonedDateTime at(ThreadState ts, PyObject[] a, String[] k, String name, ZoneId zone) {
        ArgParser.positional(name, name, a, k, 0, 1);
        if (a.length == 0 || a[0] == PyNone.NONE) return ZonedDateTime.now(zone);
        double secs = TimeModule.seconds(ts, a[0]);
        if (Double.isNaN(secs)) throw Errors.valueError("Invalid value NaN (not a number)");
        if (Math.abs(secs) > 1e16) throw Errors.overflowError("timestamp out of range for platform time_t");
        return Instant.ofEpochSecond((long) Math.floor(secs)).atZone(zone);
    }

    private static long[] fields(ZonedDateTime t) {
        return new long[] {t.getYear(), t.getMonthValue(), t.getDayOfMonth(), t.getHour(), t.getMinute(),
            t.getSecond(), t.getDayOfWeek().getValue() - 1, t.getDayOfYear(), 0};
    }

    private static long[] now() {
        return fields(ZonedDateTime.now());
    }

    /** Seconds since the epoch of local fields, normalising out-of-range values as C's mktime. */
    private static double epoch(long[] f) {
        LocalDateTime t = LocalDateTime.of((int) f[0], 1, 1, 0, 0)
                .plusMonths(f[1] - 1).plusDays(f[2] - 1).plusHours(f[3]).plusMinutes(f[4]).plusSeconds(f[5]);
        return t.atZone(ZoneId.systemDefault()).toEpochSecond();
    }

    private static String asctime(long[] f) {
        return String.format("%s %s%3d %02d:%02d:%02d %d", TimeFormat.shortDay(f), TimeFormat.shortMonth(f),
                f[2], f[3], f[4], f[5], f[0]);
    }

    private static PyObject strftime(ThreadState ts, PyObject[] a, String[] k) {
        ArgParser.positional("strftime", "strftime", a, k, 1, 2);
        if (!(a[0] instanceof PyStr fmt)) {
            throw Errors.typeError("strftime() argument 1 must be str, not " + a[0].type().name());
        }
        if (a.length == 1) {
            ZonedDateTime now = ZonedDateTime.now();
            return new PyStr(TimeFormat.format(fmt.value(), fields(now), TimeFormat.zoneName(now),
                    now.getOffset().getTotalSeconds(), now.toEpochSecond()));
        }
        long[] f = StructTime.fields(ts, a[1], "strftime()");
        check(f);
        String zone = TimeFormat.zoneName(ZonedDateTime.now());
        long off = ZonedDateTime.now().getOffset().getTotalSeconds();
        if (a[1] instanceof StructTime st) {
            zone = st.zoneName(zone);
            off = st.gmtoff(off);
        }
        return new PyStr(TimeFormat.format(fmt.value(), f, zone, off, (long) epoch(f)));
    }

    /** CPython's range checks (0 is accepted for month and day and taken as 1). */
    private static void check(long[] f) {
        if (f[1] == 0) f[1] = 1;
        if (f[2] == 0) f[2] = 1;
        if (f[7] == 0) f[7] = 1;
        range(f[1], 1, 12, "month out of range");
        range(f[2], 1, 31, "day of month out of range");
        range(f[3], 0, 23, "hour out of range");
        range(f[4], 0, 59, "minute out of range");
        range(f[5], 0, 61, "seconds out of range");
        if (f[6] < 0) throw Errors.valueError("day of week out of range");
        range(f[7], 1, 366, "day of year out of range");
        f[6] = Math.floorMod(f[6], 7);
    }

    private static void range(long v, long lo, long hi, String msg) {
        if (v < lo || v > hi) throw Errors.valueError(msg);
    }
}
