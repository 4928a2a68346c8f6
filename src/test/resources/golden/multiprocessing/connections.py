# Connection objects travel through a Queue, a Pipe and a Pool task (each receiver gets its own
# handle on the same pipe end), and a fork child inherits every open pipe handle of its parent,
# even one its target never sees: the reader gets EOFError only when the child has ended too.
import time
import multiprocessing as mp


def reply_through(q):
    conn = q.get()
    conn.send(('hello from', mp.current_process().name))
    conn.close()


def reply_via_pipe(inbox):
    conn = inbox.recv()
    conn.send(sum(range(10)))
    conn.close()
    inbox.close()


def pool_task(conn, x):
    conn.send(x * x)
    conn.close()
    return 'sent %d' % x


def idle(seconds):
    time.sleep(seconds)


if __name__ == '__main__':
    ctx = mp.get_context('fork')
    a, b = mp.Pipe()
    q = ctx.Queue()
    p = ctx.Process(target=reply_through, args=(q,), name='worker')
    p.start()
    q.put(b)
    print('queue:', a.recv())
    b.close()  # (after the child has it: CPython's Queue pickles in a feeder thread)
    p.join()
    try:
        a.recv()
    except EOFError:
        print('EOFError once every copy of the other end is closed')

    inbox_r, inbox_w = mp.Pipe(duplex=False)
    r, w = mp.Pipe(duplex=False)
    p = ctx.Process(target=reply_via_pipe, args=(inbox_r,))
    p.start()
    inbox_w.send(w)
    w.close()
    print('pipe:', r.recv())
    p.join()
    try:
        r.recv()
    except EOFError:
        print('EOFError after the child closed its copy')

    with ctx.Pool(2) as pool:
        r, w = mp.Pipe(duplex=False)
        print('pool:', pool.apply(pool_task, (w, 7)), r.recv())
        w.close()

    # the same process: put a Connection on a queue and take it back
    r, w = mp.Pipe(duplex=False)
    q.put(w)
    w2 = q.get()
    w.close()
    w2.send('via my own queue')
    print(r.recv(), w2 is w)
    w2.close()

    # inheritance of every handle: the child never sees w, yet holds it until it ends
    r, w = mp.Pipe(duplex=False)
    p = ctx.Process(target=idle, args=(1.5,))
    p.start()
    w.close()
    print('EOF while the child lives:', r.poll(0.3))
    p.join()
    print('EOF after it ended:', r.poll(0))
    try:
        r.recv()
    except EOFError:
        print('EOFError')

