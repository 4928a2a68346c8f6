# time: clocks have the right types and move forward; sleep waits and validates its argument.
import time

print(time.time() > 1.6e9, type(time.time()).__name__, type(time.time_ns()).__name__)
print(abs(time.time_ns() / 1e9 - time.time()) < 1)
for name in ("perf_counter", "monotonic", "process_time", "thread_time"):
    f = getattr(time, name)
    g = getattr(time, name + "_ns")
    a = f()
    b = f()
    print(name, type(a).__name__, type(g()).__name__, b >= a)

start = time.perf_counter()
m0 = time.monotonic()
time.sleep(0.05)
print("slept >= 0.05:", time.perf_counter() - start >= 0.049, time.monotonic() - m0 >= 0.049)
time.sleep(0)
time.sleep(1e-4)
time.sleep(True)
print(time.sleep(0.001))
for bad in (-1, "1", None, float("nan")):
    try:
        time.sleep(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    time.sleep()
except TypeError as e:
    print("TypeError:", e)

# process CPU time
c0 = time.process_time()
time.sleep(0.05)
print("process_time does not go back:", time.process_time() >= c0)
x = 0
for i in range(200000):
    x += i
print(x)
