"""Mandelbrot on threads through a user C kernel: the GIL is released, so threads scale.

gilkit.ext.mandelbrot is the worked example of docs/extending.md (native/src/ext/mandelbrot.c):
it returns the escape counts of a band of rows of an image (a list of ints). Each thread
computes its own bands. With policy="always" (or the default "auto": a band is far above the
kernel's threshold) the kernel releases the GIL around its loop, so the threads really run at
once and the image takes about 1/N of the serial time on N free cores. With policy="never"
(hold mode) the kernel keeps the lock, exactly as interpreted code does, and threads gain
nothing: compare with examples seed_threads_cpu.py, where pure-Python work cannot scale.

Run: java -jar target/gilkit.jar run examples/ext_mandelbrot_threads.py
"""
import threading
import time

import gilkit.ext as ext

WIDTH, HEIGHT, MAX_ITER = 1024, 768, 2000
X_MIN, X_MAX, Y_MIN, Y_MAX = -2.2, 0.8, -1.2, 1.2
BAND = 32  # rows per call: at most 32 * 1024 * 2000 = 65M steps, far above the threshold
THREADS = 4  # more threads than cores is fine: the kernels share the cores


def band(row0, policy):
    rows = min(BAND, HEIGHT - row0)
    return ext.mandelbrot(WIDTH, HEIGHT, row0, rows, MAX_ITER, X_MIN, X_MAX, Y_MIN, Y_MAX, policy=policy)


def serial(policy):
    return [band(r, policy) for r in range(0, HEIGHT, BAND)]


def threaded(policy):
    starts = list(range(0, HEIGHT, BAND))
    bands = [None] * len(starts)

    def worker(k):
        # Thread k takes bands k, k + THREADS, k + 2*THREADS, ...: interleaved, so the busy
        # middle of the image is shared evenly.
        for i in range(k, len(starts), THREADS):
            bands[i] = band(starts[i], policy)

    threads = [threading.Thread(target=worker, args=(k,)) for k in range(THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return bands


def timed(label, fn, policy):
    start = time.perf_counter()
    bands = fn(policy)
    elapsed = time.perf_counter() - start
    total = sum(sum(b) for b in bands)  # outside the timing: interpreted code holds the GIL
    print(f"{label:<34} {elapsed:7.3f} s   (checksum {total})")
    return total, elapsed


print(f"Mandelbrot {WIDTH}x{HEIGHT}, {MAX_ITER} iterations, bands of {BAND} rows, {THREADS} threads")
threaded("always")  # warm-up: the first calls also pay for compiling the Java side
ref, t_serial = timed("serial, 1 thread", serial, "always")
got, t_released = timed(f"{THREADS} threads, GIL released", threaded, "always")
held, t_held = timed(f"{THREADS} threads, GIL held (never)", threaded, "never")
assert got == ref and held == ref, "threads computed a different image"
print(f"speed-up with the GIL released: {t_serial / t_released:.2f}x; held: {t_serial / t_held:.2f}x")
