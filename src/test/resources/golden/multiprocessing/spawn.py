# The spawn start method: children are new processes that import this file as __mp_main__ (so
# only the __main__ guard keeps them from re-running the program) and get target, arguments,
# queues, locks, events and shared values by inheritance
import sys
import multiprocessing as mp

IMPORTED_AS = __name__


def work(q, v, lock, ev, x):
    ev.wait()
    with lock:
        v.value += x
    q.put((mp.current_process().name, IMPORTED_AS, x * 2, mp.parent_process().name))


def square(x):
    return x * x


def fail(x):
    raise ValueError("bad %d" % x)


def leave(code):
    sys.exit(code)


if __name__ == '__main__':
    mp.set_start_method('spawn')
    print(mp.get_start_method())
    q = mp.Queue()
    v = mp.Value('i', 1)
    arr = mp.Array('d', 3)
    lock = mp.Lock()
    ev = mp.Event()
    procs = [mp.Process(target=work, args=(q, v, lock, ev, k)) for k in (10, 20)]
    for p in procs:
        p.start()
    ev.set()
    print(sorted(q.get() for _ in procs))
    for p in procs:
        p.join()
    print("exitcodes", [p.exitcode for p in procs], "value", v.value)
    p = mp.Process(target=leave, args=(5,))
    p.start()
    p.join()
    print("sys.exit(5) ->", p.exitcode)
    pool = mp.Pool(2)
    print(pool.map(square, range(8)))
    try:
        pool.apply(fail, (3,))
    except ValueError as e:
        print("ValueError", e)
    pool.close()
    pool.join()
    ctx = mp.get_context('fork')
    p = ctx.Process(target=square, args=(2,))
    p.start()
    p.join()
    print("fork context", p.exitcode)
