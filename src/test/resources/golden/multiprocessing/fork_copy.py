# The fork start method: the child starts from a copy of the parent's state at start() (globals,
# classes, closures, objects reached from target and args) and shares nothing mutable afterwards
import multiprocessing
from multiprocessing import Process, Queue, current_process, parent_process

data = {"items": [1, 2, 3]}
log = []


class Account:
    rate = 0.5

    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance

    def interest(self):
        return self.balance * self.rate

    def __repr__(self):
        return "Account(%r, %r)" % (self.owner, self.balance)


def make_counter(start):
    count = [start]

    def step(k):
        count[0] += k
        return count[0]
    return step


def child(out, acct, step, shared):
    data["items"].append(4)
    log.append("child")
    acct.balance += 100
    out.put((sorted(data), data["items"], log, acct, acct.interest(), step(5), step(5)))
    out.put((shared is acct, current_process().name, parent_process().name))
    out.put(multiprocessing.get_start_method())


if __name__ == '__main__':
    print(multiprocessing.get_start_method(), multiprocessing.get_all_start_methods())
    data["later"] = True
    log.append("parent")
    acct = Account("ann", 10)
    step = make_counter(1)
    q = Queue()
    p = Process(target=child, args=(q, acct, step, acct), name="copier")
    p.start()
    print(q.get())
    print(q.get())
    print(q.get())
    p.join()
    print(data, log, acct, step(1))
    print(current_process().name, parent_process(), p.name, p.exitcode)
    try:
        multiprocessing.set_start_method('fork')
        multiprocessing.set_start_method('spawn')
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        multiprocessing.set_start_method('nope', force=True)
    except ValueError as e:
        print("ValueError:", e)
    print(multiprocessing.cpu_count() >= 1)
