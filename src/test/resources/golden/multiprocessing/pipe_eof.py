# Pipes report end of file as the operating system does: recv() raises EOFError once the other
# end is closed in every process (a child's copies close when it exits) and nothing is left;
# send() to an end closed everywhere raises BrokenPipeError. Both start methods.
import queue
import multiprocessing as mp


def producer(conn, n):
    for i in range(n):
        conn.send(i * i)
    # no close(): the child's copy closes when it exits


def closer(conn, ev):
    conn.send('last')
    conn.close()
    ev.wait()


def summer(inbox, outbox, writer):
    writer.close()  # a fork child inherits every descriptor, the writer too: EOF needs it closed
    total = 0
    while True:
        try:
            total += inbox.recv()
        except EOFError:
            break
    outbox.send(('sum', total))


def reader_closer(r):
    r.close()


def queue_writer(q, n):
    for i in range(n):
        q.put(('item', i))


def drain(conn):
    got = []
    while True:
        try:
            got.append(conn.recv())
        except EOFError:
            return got


def run(ctx):
    print('--', ctx.get_start_method())
    a, b = ctx.Pipe()
    p = ctx.Process(target=producer, args=(b, 4))
    p.start()
    b.close()
    print('received until EOF', drain(a))
    p.join()
    print('poll after EOF', a.poll(), 'exitcode', p.exitcode)
    a.close()

    a, b = ctx.Pipe()
    ev = ctx.Event()
    p = ctx.Process(target=closer, args=(b, ev))
    p.start()
    b.close()
    print('closed by a live child', drain(a))
    ev.set()
    p.join()

    r, w = ctx.Pipe(duplex=False)
    back_r, back_w = ctx.Pipe(duplex=False)
    p = ctx.Process(target=summer, args=(r, back_w, w))
    p.start()
    r.close()
    back_w.close()
    for i in range(1, 11):
        w.send(i)
    w.close()
    print('child read until EOF', back_r.recv())
    p.join()
    try:
        back_r.recv()
    except EOFError:
        print('back channel EOF')

    a, b = ctx.Pipe()
    p = ctx.Process(target=producer, args=(b, 1))
    p.start()
    p.join()
    print('parent still holds b: recv', a.recv(), 'then poll', a.poll(0.2))
    b.close()
    print('after b.close(): poll', a.poll(0.2))
    try:
        a.recv()
    except EOFError:
        print('EOFError')

    r, w = ctx.Pipe(duplex=False)
    p = ctx.Process(target=reader_closer, args=(r,))
    p.start()
    r.close()
    p.join()
    try:
        w.send('nobody reads')
    except BrokenPipeError as e:
        print('BrokenPipeError', e)

    q = ctx.Queue()
    p = ctx.Process(target=queue_writer, args=(q, 3))
    p.start()
    p.join()
    print('writer exited', p.exitcode, [q.get(timeout=5) for _ in range(3)])
    try:
        q.get(timeout=0.2)
    except queue.Empty:
        print('queue.Empty after the writer exited')


if __name__ == '__main__':
    a, b = mp.Pipe()
    print('poll empty', a.poll(), a.poll(0.05))
    b.send({'k': [1, 2]})
    print('poll keeps the message', a.poll(), a.poll(None), a.recv())
    b.send_bytes(b'hello world', 6)
    print(a.recv_bytes())
    b.send_bytes(b'')
    print(a.recv_bytes(), a.closed, b.closed)
    a.close()
    a.close()
    print('closed', a.closed)
    for what in ('recv', 'poll', 'send'):
        try:
            getattr(a, what)(*(() if what != 'send' else (1,)))
        except OSError as e:
            print(what, type(e).__name__, e)
    try:
        b.send(1)
    except BrokenPipeError as e:
        print('send to a closed peer:', e)
    print('b.recv() at EOF:', end=' ')
    try:
        b.recv()
    except EOFError:
        print('EOFError')
    r, w = mp.Pipe(False)
    for conn, what in ((r, 'send'), (w, 'recv'), (w, 'poll')):
        try:
            getattr(conn, what)(*(() if what != 'send' else (1,)))
        except OSError as e:
            print(what, e)
    w.send_bytes(b'0123456789')
    try:
        r.recv_bytes(4)
    except OSError as e:
        print(e, r.closed)
    run(mp.get_context('fork'))
    run(mp.get_context('spawn'))
