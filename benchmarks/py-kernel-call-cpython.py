#!/usr/bin/env python3
"""CPython + NumPy counterpart of PyKernelCallCpuTime: the same loops, timed by process CPU time,
best of 7 rounds of 1,000,000 iterations, empty loop subtracted. Run: python3 benchmarks/py-kernel-call-cpython.py"""
import hashlib
import time

import numpy as np

A = np.ones(16)
B64 = bytes(64)


def numpy_sum(n):
    a = A
    for i in range(n): a.sum()


def sha256(n):
    h, b = hashlib, B64
    for i in range(n): h.sha256(b).digest()


def empty(n):
    a = A
    for i in range(n): pass


def best(f, n=1_000_000):
    times = []
    for _ in range(7):
        t0 = time.process_time()
        f(n)
        times.append((time.process_time() - t0) / n * 1e9)
    return min(times)


e = best(empty)
print("empty        %8.1f ns/iteration" % e)
for name, f in [("numpy_sum", numpy_sum), ("sha256", sha256)]:
    t = best(f)
    print("%-12s %8.1f ns/iteration, %6.1f ns/call after the empty loop" % (name, t, t - e))
