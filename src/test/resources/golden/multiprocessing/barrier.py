# multiprocessing.Barrier: the parties of several processes meet; wait() returns distinct indexes,
# the action runs once per round, abort() breaks it (BrokenBarrierError). Both start methods.
import threading
import multiprocessing as mp


def meet(b, q, rounds):
    for r in range(rounds):
        i = b.wait()
        q.put((r, i))


def timed_out(b, q):
    try:
        b.wait(timeout=0.2)
    except threading.BrokenBarrierError:
        q.put('broken')


def run(ctx):
    print('--', ctx.get_start_method())
    b = ctx.Barrier(3)
    print(b.parties, b.n_waiting, b.broken)
    q = ctx.Queue()
    procs = [ctx.Process(target=meet, args=(b, q, 2)) for _ in range(2)]
    for p in procs:
        p.start()
    mine = [b.wait(), b.wait()]
    got = sorted(q.get(timeout=60) for _ in range(4))
    for p in procs:
        p.join()
    print('rounds', sorted(set(r for r, _ in got)), 'indexes per round',
          [sorted([i for r, i in got if r == k] + [mine[k]]) for k in range(2)])
    b = ctx.Barrier(2)
    p = ctx.Process(target=timed_out, args=(b, q))
    p.start()
    print(q.get(timeout=60), 'in the child; broken here:', b.broken)
    p.join()
    try:
        b.wait()
    except threading.BrokenBarrierError:
        print('BrokenBarrierError')
    b.reset()
    print('after reset', b.broken, b.n_waiting)


if __name__ == '__main__':
    run(mp.get_context('fork'))
    run(mp.get_context('spawn'))
