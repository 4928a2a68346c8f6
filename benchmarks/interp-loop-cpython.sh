#!/bin/sh
# The CPython side of InterpLoopBench: ns per iteration of `for i in range(n): total += i` inside
# a function, n = 10**7, best of 5 runs. Run it right after (or before) the JMH benchmark:
#   java -jar benchmarks/target/benchmarks.jar InterpLoopBench -f 1 -wi 2 -i 3
# The machine is shared, so only figures from the same session compare.
exec python3 -c '
import time
def f(n):
    total = 0
    for i in range(n): total += i
    return total
n = 10**7
best = min((lambda t0: (f(n), time.perf_counter() - t0)[1])(time.perf_counter()) for _ in range(5))
print("CPython %s: %.1f ns/iteration" % (__import__("platform").python_version(), best / n * 1e9))
'
