from datetime import datetime, date, time, timedelta, timezone
import datetime as dtm
d = datetime(2024, 2, 28, 13, 5, 9, 120)
print(d, repr(d), d.isoformat(), d.date(), d.time(), repr(datetime(2024, 1, 2)), repr(datetime(2024, 1, 2, 3, 4, 5)))
print(d + timedelta(days=2), d - timedelta(hours=14, minutes=6), (d + timedelta(days=1)) - d, d.weekday(), d.isoweekday(), d.isocalendar())
print(d.strftime("%Y-%m-%d %H:%M:%S.%f %a %b %j %p %I %%"), f"{d:%d/%m/%Y}", format(date(2020, 5, 17), "%A %d %B %Y"))
td = timedelta(days=1, hours=2, minutes=3, seconds=4, milliseconds=5, microseconds=6)
print(td, repr(td), td.total_seconds(), -td, repr(-td), abs(-td), td * 2, td / 2, td // 3, td / timedelta(hours=1), td // timedelta(minutes=1), td % timedelta(hours=1))
print(timedelta(0), repr(timedelta(0)), timedelta(seconds=0.5), timedelta(weeks=1, days=-1), timedelta(hours=-1), repr(timedelta(minutes=1.5)), timedelta(days=2) > timedelta(hours=47), timedelta(seconds=90) == timedelta(minutes=1.5))
print(date(2024, 3, 1) - date(2024, 2, 1), date(2023, 12, 31) + timedelta(days=1), date(2024, 1, 1).toordinal(), date.fromordinal(738886), repr(date(2024, 1, 1)), date(2024, 1, 1) < date(2024, 1, 2))
print(datetime.fromisoformat("2024-05-06T07:08:09"), datetime.fromisoformat("2024-05-06 07:08:09.5+02:00"), date.fromisoformat("2021-12-31"), time.fromisoformat("10:20:30"))
print(datetime.strptime("2024-03-15 14:30:00", "%Y-%m-%d %H:%M:%S"), datetime.strptime("15/Mar/2024:02:30PM", "%d/%b/%Y:%I:%M%p"), datetime.strptime("2024-03-15T01:02:03.25Z", "%Y-%m-%dT%H:%M:%S.%f%z"))
u = datetime(2024, 1, 1, 12, tzinfo=timezone.utc)
print(u, repr(u), u.isoformat(), u.timestamp(), u.utcoffset(), u.tzname(), timezone(timedelta(hours=5, minutes=30)), repr(timezone(timedelta(hours=-3))))
print(u.astimezone(timezone(timedelta(hours=2))), datetime.fromtimestamp(0, timezone.utc), datetime.utcfromtimestamp(86400.5), u == datetime(2024, 1, 1, 14, tzinfo=timezone(timedelta(hours=2))))
t = time(9, 30)
print(t, repr(t), repr(time(9, 30, 5)), repr(time(9, 30, 5, 7)), t.strftime("%H|%M"), time(1, 2, 3, 400).isoformat(timespec="milliseconds"), t < time(10))
now = datetime.now(); print(type(now).__name__, now.year >= 2024, isinstance(date.today(), date), (datetime.now() - now) < timedelta(seconds=5))
print(d.replace(year=2025, hour=0), d.ctime(), d.timetuple()[:6], dtm.MINYEAR, dtm.MAXYEAR, datetime.combine(date(2020, 1, 1), time(5, 6)))
for bad in [lambda: date(2023, 2, 29), lambda: datetime(2024, 13, 1), lambda: time(24), lambda: datetime.strptime("x", "%Y"), lambda: date(0, 1, 1), lambda: datetime.now() - datetime.now(timezone.utc)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(sorted([date(2024, 5, 1), date(2023, 1, 1)]), {date(2024, 1, 1): 1}[date(2024, 1, 1)], datetime(2024, 1, 1) == date(2024, 1, 1))
start = datetime(2024, 1, 1); ends = [start + timedelta(minutes=15 * i) for i in range(3)]; print([e.strftime("%H:%M") for e in ends])
