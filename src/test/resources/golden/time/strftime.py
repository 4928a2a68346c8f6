# time.gmtime/strftime/asctime/mktime/struct_time on fixed instants (deterministic).
import time
t = time.gmtime(1700000000)
print(t)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday, t.tm_yday, t.tm_isdst, t[0], len(t), tuple(t)[:3])
for fmt in ["%Y-%m-%d %H:%M:%S", "%a %A %b %B", "%j %U %W %w %u", "%y %p %I %M", "%c", "%x %X", "%D %T %R %F",
            "%e|%k|%l", "%G-W%V-%u %g", "%C %h %n%t%%", "%q unknown", "100%% literal"]:
    print(repr(time.strftime(fmt, t)))
print(time.strftime("%H:%M", (2020, 1, 2, 3, 4, 5, 0, 0, 0)), time.strftime("%d/%m", (2020, 0, 0, 0, 0, 0, 0, 0, 0)))
print(time.asctime(t), time.asctime(time.gmtime(0)))
print(time.gmtime(0)[:6], time.gmtime(86400 * 365.25 * 30)[:3])
lt = time.localtime(1700000000)
print(time.mktime(lt) == 1700000000.0, type(time.mktime(lt)).__name__)
print(time.struct_time((2001, 2, 3, 4, 5, 6, 5, 34, 0)))
print(type(time.localtime()).__name__, isinstance(time.time(), float), len(time.strftime("%H:%M:%S")))
for bad in [(2020, 13, 1, 0, 0, 0, 0, 1, 0), (2020, 1, 1, 25, 0, 0, 0, 1, 0), (1, 2, 3)]:
    try:
        time.strftime("%Y", bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    time.strftime(5)
except TypeError as e:
    print(e)
