package org.gilkit.modules;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.Locale;

/**
 * {@code time.strftime} over the nine struct_time fields, as glibc's strftime does in the C
 * locale (CPython on Linux calls it): every POSIX/glibc directive of the 3.11 docs plus the
 * common GNU ones (%e %k %l %P %s %C %G %g %V %u %D %T %R %F %r %h %n %t); an unknown directive
 * is copied unchanged, as glibc does. Used by {@link TimeModule}; Python's datetime and
 * logging format through it.
 */
final class TimeFormat {
    private TimeFormat() {}

    private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"};

    /** The zone abbreviation of {@code t} ("UTC", "CET"...). */
    static String zoneName(ZonedDateTime t) {
        String id = t.getZone().getId();
        if (id.equals("Z") || id.equals("UTC") || id.equals("Etc/UTC")) return "UTC";
        return DateTimeFormatter.ofPattern("zzz", Locale.US).format(t);
    }

    /**
     * Formats {@code f} (year, mon, mday, hour, min, sec, wday Monday=0, yday 1-based, isdst)
     * with {@code fmt}; {@code zone}/{@code gmtoff} serve %Z and %z, {@code epoch} serves %s.
     */
    static String format(String fmt, long[] f, String zone, long gmtoff, long epoch) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < fmt.length(); i++) {
            char c = fmt.charAt(i);
            if (c != '%' || i + 1 == fmt.length()) {
                b.append(c);
                continue;
            }
            char d = fmt.charAt(++i);
            if (!directive(b, d, f, zone, gmtoff, epoch)) b.append('%').append(d);
        }
        return b.toString();
    }

    private static boolean directive(StringBuilder b, char d, long[] f, String zone, long gmtoff, long epoch) {
        switch (d) {
            case 'a' -> b.append(DAYS[wday(f)], 0, 3);
            case 'A' -> b.append(DAYS[wday(f)]);
            case 'b', 'h' -> b.append(MONTHS[mon(f)], 0, 3);
            case 'B' -> b.append(MONTHS[mon(f)]);
            case 'c' -> b.append(format("%a %b %e %H:%M:%S %Y", f, zone, gmtoff, epoch));
            case 'C' -> pad(b, Math.floorDiv(f[0], 100), 2, '0');
            case 'd' -> pad(b, f[2], 2, '0');
            case 'D' -> b.append(format("%m/%d/%y", f, zone, gmtoff, epoch));
            case 'e' -> pad(b, f[2], 2, ' ');
            case 'F' -> b.append(format("%Y-%m-%d", f, zone, gmtoff, epoch));
            case 'G' -> b.append(isoDate(f).get(IsoFields.WEEK_BASED_YEAR));
            case 'g' -> pad(b, isoDate(f).get(IsoFields.WEEK_BASED_YEAR) % 100, 2, '0');
            case 'H' -> pad(b, f[3], 2, '0');
            case 'I' -> pad(b, hour12(f), 2, '0');
            case 'j' -> pad(b, f[7], 3, '0');
            case 'k' -> pad(b, f[3], 2, ' ');
            case 'l' -> pad(b, hour12(f), 2, ' ');
            case 'm' -> pad(b, f[1], 2, '0');
            case 'M' -> pad(b, f[4], 2, '0');
            case 'n' -> b.append('\n');
            case 'p' -> b.append(f[3] < 12 ? "AM" : "PM");
            case 'P' -> b.append(f[3] < 12 ? "am" : "pm");
            case 'r' -> b.append(format("%I:%M:%S %p", f, zone, gmtoff, epoch));
            case 'R' -> b.append(format("%H:%M", f, zone, gmtoff, epoch));
            case 's' -> b.append(epoch);
            case 'S' -> pad(b, f[5], 2, '0');
            case 't' -> b.append('\t');
            case 'T', 'X' -> b.append(format("%H:%M:%S", f, zone, gmtoff, epoch));
            case 'u' -> b.append(wday(f) + 1);
            case 'U' -> pad(b, (f[7] - 1 + 7 - (wday(f) + 1) % 7) / 7, 2, '0');
            case 'V' -> pad(b, isoDate(f).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), 2, '0');
            case 'w' -> b.append((wday(f) + 1) % 7);
            case 'W' -> pad(b, (f[7] - 1 + 7 - wday(f)) / 7, 2, '0');
            case 'x' -> b.append(format("%m/%d/%y", f, zone, gmtoff, epoch));
            case 'y' -> pad(b, Math.floorMod(f[0], 100), 2, '0');
            case 'Y' -> b.append(f[0]);
            case 'z' -> offset(b, gmtoff);
            case 'Z' -> b.append(zone);
            case '%' -> b.append('%');
            default -> {
                return false;
            }
        }
        return true;
    }

    private static int wday(long[] f) {
        return (int) Math.floorMod(f[6], 7);
    }

    private static int mon(long[] f) {
        return (int) Math.floorMod(f[1] - 1, 12);
    }

    private static long hour12(long[] f) {
        long h = f[3] % 12;
        return h == 0 ? 12 : h;
    }

    private static LocalDate isoDate(long[] f) {
        return LocalDate.of((int) f[0], 1, 1).plusDays(f[7] - 1);
    }

    private static void offset(StringBuilder b, long gmtoff) {
        b.append(gmtoff < 0 ? '-' : '+');
        long a = Math.abs(gmtoff);
        pad(b, a / 3600, 2, '0');
        pad(b, a / 60 % 60, 2, '0');
    }

    private static void pad(StringBuilder b, long v, int width, char fill) {
        String s = Long.toString(v);
        for (int i = s.length(); i < width; i++) b.append(fill);
        b.append(s);
    }

    /** The English three-letter names, for asctime. */
    static String shortDay(long[] f) {
        return DAYS[wday(f)].substring(0, 3);
    }

    static String shortMonth(long[] f) {
        return MONTHS[mon(f)].substring(0, 3);
    }
}
