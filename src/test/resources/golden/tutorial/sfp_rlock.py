from threading import Thread, RLock

def report(lock, identifier, out):
    with lock:
        out.append(f'>thread {identifier} done')

def task(lock, identifier, value, out):
    with lock:
        out.append(f'>thread {identifier} sleeping for {value}')
        report(lock, identifier, out)

lock = RLock()
out = []
threads = [Thread(target=task, args=(lock, i, i * 0.1, out)) for i in range(5)]
for t in threads: t.start()
for t in threads: t.join()
# each pair must be adjacent
pairs = list(zip(out[0::2], out[1::2]))
print(all(a.split()[1] == b.split()[1] for a, b in pairs))
for a, b in sorted(pairs):
    print(a, '|', b)
print(type(lock).__name__)
