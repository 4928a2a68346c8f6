# Queue, SimpleQueue, JoinableQueue and Pipe between processes
from multiprocessing import Process, Queue, SimpleQueue, JoinableQueue, Pipe
import queue


def producer(q, n):
    for i in range(n):
        q.put({"i": i, "sq": i * i})
    q.put(None)


def echo(conn):
    while True:
        msg = conn.recv()
        if msg == "stop":
            conn.send("bye")
            break
        conn.send(("echo", msg))
    conn.close()


def worker(jq, out):
    while True:
        item = jq.get()
        if item is None:
            jq.task_done()
            break
        out.put(item * 10)
        jq.task_done()


def sender(w):
    for x in [1, "two", [3.0]]:
        w.send(x)
    w.close()


if __name__ == '__main__':
    q = Queue()
    p = Process(target=producer, args=(q, 4))
    p.start()
    while True:
        item = q.get()
        if item is None:
            break
        print(item)
    p.join()
    print("empty", q.empty(), q.qsize())
    try:
        q.get(timeout=0.05)
    except queue.Empty:
        print("queue.Empty after timeout")
    try:
        q.get_nowait()
    except queue.Empty:
        print("queue.Empty nowait")
    small = Queue(maxsize=1)
    small.put(1)
    try:
        small.put(2, block=False)
    except queue.Full:
        print("queue.Full")
    print(small.full(), small.get())

    sq = SimpleQueue()
    p = Process(target=producer, args=(sq, 2))
    p.start()
    got = [sq.get() for _ in range(3)]
    p.join()
    print(got, sq.empty())

    a, b = Pipe()
    p = Process(target=echo, args=(b,))
    p.start()
    for m in [1, "x", (2, 3)]:
        a.send(m)
        print(a.recv())
    a.send("stop")
    print(a.recv())
    p.join()
    print("poll", a.poll(0.01))

    r, w = Pipe(duplex=False)
    p = Process(target=sender, args=(w,))
    p.start()
    p.join()
    items = []
    while r.poll(1):
        try:
            items.append(r.recv())
        except EOFError:
            items.append("EOF")
            break
    print(items)

    jq = JoinableQueue()
    out = Queue()
    p = Process(target=worker, args=(jq, out))
    p.start()
    for i in range(3):
        jq.put(i)
    jq.put(None)
    jq.join()
    print(sorted(out.get() for _ in range(3)))
    p.join()
    print(p.exitcode)
