# Exit codes of processes: normal end, sys.exit(n), sys.exit("text"), an exception (exit code 1
# and "Process Name:" + traceback on stderr, filtered here to its deterministic lines), terminate()
import sys
import time
from multiprocessing import Process, current_process, active_children


class Filter:
    """Keeps the lines of the child's traceback report that do not depend on file paths."""

    def write(self, s):
        for line in s.splitlines():
            if line and not line.startswith(" "):
                print("stderr:", line)

    def flush(self):
        pass


def ok():
    print("ok in", current_process().name)


def exit_with(code):
    sys.exit(code)


def exit_text():
    sys.stderr = Filter()
    sys.exit("goodbye")


def boom():
    sys.stderr = Filter()
    raise KeyError("missing")


def forever():
    while True:
        time.sleep(0.01)


def spin():
    n = 0
    while True:
        n += 1


class Worker(Process):
    def __init__(self, value):
        super().__init__(name="worker-%d" % value)
        self.value = value

    def run(self):
        print("Worker.run", self.name, self.value)
        sys.exit(self.value)


if __name__ == '__main__':
    for target, args in [(ok, ()), (exit_with, (0,)), (exit_with, (3,)), (exit_with, (None,)),
                         (exit_text, ()), (boom, ())]:
        p = Process(target=target, args=args)
        print(p.exitcode, p.is_alive())
        p.start()
        p.join()
        print(target.__name__, args, "->", p.exitcode, p.is_alive())
    w = Worker(7)
    w.start()
    w.join()
    print(w.name, w.exitcode)
    for target in (forever, spin):
        p = Process(target=target, daemon=True)
        p.start()
        time.sleep(0.2)
        print(p.is_alive(), p.daemon)
        p.terminate()
        p.join()
        print(target.__name__, "terminated", p.exitcode, p.is_alive())
    p = Process(target=forever)
    p.start()
    p.join(timeout=0.1)
    print("timeout join", p.exitcode, len(active_children()))
    p.kill()
    p.join()
    print("killed", p.exitcode, active_children())
    print(current_process().name)
