# The classic bounded buffer with a Condition (two conditions sharing one lock), as in
# operating-systems tutorials; producers and consumers finish with a checksum.
import threading


class BoundedBuffer:
    def __init__(self, capacity):
        self.capacity = capacity
        self.items = []
        self.lock = threading.Lock()
        self.not_full = threading.Condition(self.lock)
        self.not_empty = threading.Condition(self.lock)
        self.max_seen = 0

    def put(self, item):
        with self.not_full:
            while len(self.items) >= self.capacity:
                self.not_full.wait()
            self.items.append(item)
            self.max_seen = max(self.max_seen, len(self.items))
            self.not_empty.notify()

    def get(self):
        with self.not_empty:
            while not self.items:
                self.not_empty.wait()
            item = self.items.pop(0)
            self.not_full.notify()
            return item


buf = BoundedBuffer(3)
consumed = []
consumed_lock = threading.Lock()


def producer(start):
    for i in range(start, start + 50):
        buf.put(i)


def consumer(n):
    for _ in range(n):
        item = buf.get()
        with consumed_lock:
            consumed.append(item)


producers = [threading.Thread(target=producer, args=(k * 100,)) for k in range(3)]
consumers = [threading.Thread(target=consumer, args=(75,)) for _ in range(2)]
for t in producers + consumers:
    t.start()
for t in producers + consumers:
    t.join()
print(len(consumed), sum(consumed), buf.max_seen <= 3, buf.items)
print(sorted(consumed) == sorted(list(range(0, 50)) + list(range(100, 150)) + list(range(200, 250))))


# Dining philosophers: forks taken in a global order, so no deadlock
forks = [threading.Lock() for _ in range(5)]
meals = [0] * 5


def philosopher(i):
    left, right = sorted((i, (i + 1) % 5))
    for _ in range(100):
        with forks[left]:
            with forks[right]:
                meals[i] += 1


ph = [threading.Thread(target=philosopher, args=(i,)) for i in range(5)]
for p in ph:
    p.start()
for p in ph:
    p.join()
print("meals:", meals)

# Bank transfers under per-account locks, ordered by id
class Account:
    def __init__(self, ident, balance):
        self.ident = ident
        self.balance = balance
        self.lock = threading.Lock()


def transfer(a, b, amount):
    first, second = (a, b) if a.ident < b.ident else (b, a)
    with first.lock, second.lock:
        if a.balance >= amount:
            a.balance -= amount
            b.balance += amount


accounts = [Account(i, 1000) for i in range(4)]


def teller(seed):
    for k in range(200):
        a = accounts[(seed + k) % 4]
        b = accounts[(seed + 3 * k + 1) % 4]
        if a is not b:
            transfer(a, b, (k % 7) + 1)


tellers = [threading.Thread(target=teller, args=(s,)) for s in range(4)]
for t in tellers:
    t.start()
for t in tellers:
    t.join()
print("total money:", sum(a.balance for a in accounts))
