# In the style of Real Python's "Python Thread Safety" tutorial: a bank account shared by pool
# workers (Lock), a reentrant lock, a Semaphore-limited teller line, an Event that opens the
# bank, a Condition for customers, and a Barrier that starts all tellers together.
import threading
import time
from concurrent.futures import ThreadPoolExecutor


class BankAccount:
    def __init__(self, balance=0):
        self.balance = balance
        self.account_lock = threading.Lock()

    def withdraw(self, amount):
        with self.account_lock:
            if self.balance >= amount:
                new_balance = self.balance - amount
                time.sleep(0.001)
                self.balance = new_balance
            else:
                raise ValueError("Insufficient balance")

    def deposit(self, amount):
        with self.account_lock:
            new_balance = self.balance + amount
            time.sleep(0.001)
            self.balance = new_balance


account = BankAccount(1000)
with ThreadPoolExecutor(max_workers=3) as executor:
    futures = [executor.submit(account.withdraw, 100) for _ in range(5)]
    futures += [executor.submit(account.deposit, 50) for _ in range(4)]
    for f in futures:
        f.result()
print(f"Final account balance: {account.balance}")

poor = BankAccount(100)
with ThreadPoolExecutor(max_workers=2) as executor:
    outcomes = [executor.submit(poor.withdraw, 60) for _ in range(2)]
errors = [type(f.exception()).__name__ for f in outcomes if f.exception()]
print("balance:", poor.balance, "errors:", errors)


class ReentrantAccount:
    def __init__(self):
        self.balance = 0
        self.lock = threading.RLock()

    def deposit(self, amount):
        with self.lock:
            self.balance += amount

    def transfer_in(self, amounts):
        with self.lock:
            for a in amounts:
                self.deposit(a)


ra = ReentrantAccount()
with ThreadPoolExecutor(max_workers=4) as executor:
    for i in range(8):
        executor.submit(ra.transfer_in, [i, i, i])
print("reentrant balance:", ra.balance)

teller_semaphore = threading.Semaphore(2)
served = []
served_lock = threading.Lock()


def serve_customer(name):
    with teller_semaphore:
        time.sleep(0.005)
        with served_lock:
            served.append(name)


with ThreadPoolExecutor(max_workers=5) as executor:
    for i in range(6):
        executor.submit(serve_customer, f"Customer-{i}")
print("served:", sorted(served))

bank_open = threading.Event()
opened_for = []


def customer(name):
    bank_open.wait()
    with served_lock:
        opened_for.append(name)


with ThreadPoolExecutor(max_workers=3) as executor:
    for i in range(3):
        executor.submit(customer, f"C{i}")
    time.sleep(0.01)
    print("before opening:", opened_for)
    bank_open.set()
print("after opening:", sorted(opened_for))

customer_available = threading.Condition()
queue_ = []
handled = []


def teller(n):
    with customer_available:
        while not queue_:
            customer_available.wait()
        handled.append(queue_.pop(0))


tellers = [threading.Thread(target=teller, args=(i,)) for i in range(3)]
for t in tellers:
    t.start()
for name in ["Alice", "Bob", "Carol"]:
    with customer_available:
        queue_.append(name)
        customer_available.notify()
for t in tellers:
    t.join()
print("handled:", sorted(handled))

start_barrier = threading.Barrier(3)
ready = []


def start_teller(name):
    ready.append(name)
    start_barrier.wait()
    return len(ready)


with ThreadPoolExecutor(max_workers=3) as executor:
    counts = list(executor.map(start_teller, ["T1", "T2", "T3"]))
print("every teller saw all ready:", counts)
