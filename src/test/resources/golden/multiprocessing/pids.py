# os.getpid(), os.getppid(), current_process().pid, parent_process().pid and Process.pid agree in
# fork and spawn children; os.kill(pid, sig) and os._exit(code) act on the child as on a process.
import os, signal, time
import multiprocessing as mp

def report(q):
    me = mp.current_process()
    q.put((os.getpid() == me.pid, os.getppid() == mp.parent_process().pid, os.getpid() != os.getppid()))
    q.put(os.getpid())

def sleeper():
    time.sleep(30)

def exiter(code):
    os._exit(code)

def thread_exiter():
    import threading
    t = threading.Thread(target=os._exit, args=(7,))
    t.start()
    time.sleep(30)

if __name__ == '__main__':
    for method in ('fork', 'spawn'):
        ctx = mp.get_context(method)
        q = ctx.Queue()
        p = ctx.Process(target=report, args=(q,))
        p.start()
        print(method, q.get(), q.get() == p.pid, p.pid != os.getpid())
        p.join()
        p = ctx.Process(target=sleeper)
        p.start()
        time.sleep(0.1)
        os.kill(p.pid, signal.SIGTERM)
        p.join()
        print(method, 'SIGTERM ->', p.exitcode)
        try:
            os.kill(p.pid, 0)
            print('still there?')
        except ProcessLookupError as e:
            print('gone:', e)
        p = ctx.Process(target=exiter, args=(3,))
        p.start(); p.join()
        print(method, 'os._exit(3) ->', p.exitcode)
    p = mp.Process(target=thread_exiter)
    p.start(); p.join()
    print('os._exit(7) in a thread ->', p.exitcode)
    os.kill(os.getpid(), 0)
    print(os.getpid() == mp.current_process().pid)
