# multiprocessing.Manager(): dict(), list() and Namespace() proxies shared with fork and spawn
# children; Queue(), Lock() and Value() from the manager; `with Manager() as m:`.
import multiprocessing as mp


def work(d, l, ns, q, lock, v, k):
    d['k%d' % k] = k * k
    l.append(k)
    with lock:
        v.value += k
    ns.last = k
    q.put(('done', k))


if __name__ == '__main__':
    for method in ('fork', 'spawn'):
        ctx = mp.get_context(method)
        with mp.Manager() as m:
            d = m.dict(start=0)
            l = m.list([0])
            ns = m.Namespace(last=None)
            q = m.Queue()
            lock = m.Lock()
            v = m.Value('i', 0)
            procs = [ctx.Process(target=work, args=(d, l, ns, q, lock, v, k)) for k in (1, 2, 3)]
            for p in procs:
                p.start()
            print(method, sorted(q.get(timeout=60) for _ in procs))
            for p in procs:
                p.join()
            print(sorted(d.items()), sorted(l), len(d), len(l), v.value, ns.last in (1, 2, 3))
            print(d['start'], d.get('nope', 'default'), 'start' in d, sorted(d.keys()), sorted(d))
            l.sort()
            print(l[:], l[0], l[-1], 3 in l, list(l), str(l))
            del d['start']
            try:
                d['start']
            except KeyError as e:
                print('KeyError', e)
            try:
                l.remove(99)
            except ValueError as e:
                print('ValueError', e)
