# Three threads sleeping 0.3 s each finish in about 0.3 s: sleep releases the GIL.
import threading, time

def fetch(i, out):
    time.sleep(0.3)
    out.append(i)

out = []
start = time.perf_counter()
ts = [threading.Thread(target=fetch, args=(i, out)) for i in range(3)]
for t in ts: t.start()
for t in ts: t.join()
elapsed = time.perf_counter() - start
print(sorted(out), "concurrent:", elapsed < 0.85)
