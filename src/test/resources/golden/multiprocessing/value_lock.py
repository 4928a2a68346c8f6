# Value and Array in shared memory, with their lock; Lock, RLock, Event, Semaphore between processes
from multiprocessing import Process, Value, Array, Lock, RLock, Event, Semaphore, RawValue, RawArray


def add_many(v, n):
    for _ in range(n):
        with v.get_lock():
            v.value += 1


def fill(arr, k):
    for i in range(len(arr)):
        arr[i] = arr[i] * k


def locked_append(lock, v, n):
    for _ in range(n):
        lock.acquire()
        try:
            v.value = v.value + 1
        finally:
            lock.release()


def wait_then_set(ev_in, ev_out, v):
    ev_in.wait()
    v.value = 42.5
    ev_out.set()


if __name__ == '__main__':
    counter = Value('i', 0)
    procs = [Process(target=add_many, args=(counter, 500)) for _ in range(4)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    print("counter", counter.value)

    arr = Array('d', [1.0, 2.0, 3.0])
    p = Process(target=fill, args=(arr, 2.5))
    p.start()
    p.join()
    print("array", arr[:], len(arr), arr[1], list(arr))

    ints = Array('i', 4)
    ints[0] = 7
    ints[1:3] = [8, 9]
    print("ints", ints[:], ints[-1])

    lock = Lock()
    plain = Value('l', 0, lock=False)
    procs = [Process(target=locked_append, args=(lock, plain, 300)) for _ in range(3)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    print("plain", plain.value)

    ev_in, ev_out = Event(), Event()
    f = Value('d', 0.0)
    p = Process(target=wait_then_set, args=(ev_in, ev_out, f))
    p.start()
    print("before", ev_out.is_set(), f.value)
    ev_in.set()
    print("wait", ev_out.wait(60))
    p.join()
    print("after", f.value)

    r = RLock()
    with r:
        with r:
            print("rlock reentered")
    s = Semaphore(2)
    print(s.acquire(), s.acquire(), s.acquire(False))
    s.release(); s.release()
    print(lock.acquire(False), lock.acquire(False))
    lock.release()
    try:
        lock.release()
    except ValueError as e:
        print("ValueError", e)
    rv = RawValue('i', 5)
    ra = RawArray('b', [1, 2])
    print(rv.value, ra[:])
    print(counter)
    try:
        Value('z', 1)
    except TypeError as e:
        print("TypeError")
