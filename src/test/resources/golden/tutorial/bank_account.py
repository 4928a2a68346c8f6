import threading
from dataclasses import dataclass, field
from typing import List

@dataclass
class BankAccount:
    owner: str
    balance: int = 0
    history: List[str] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    def deposit(self, amount: int) -> None:
        with self._lock:
            self.balance += amount

    def withdraw(self, amount: int) -> bool:
        with self._lock:
            if self.balance >= amount:
                self.balance -= amount
                return True
            return False

acct = BankAccount("alice", 100)
print(acct)
def depositor():
    for _ in range(1000):
        acct.deposit(1)
def withdrawer(results):
    ok = 0
    for _ in range(500):
        if acct.withdraw(1):
            ok += 1
    results.append(ok)
results = []
threads = [threading.Thread(target=depositor) for _ in range(4)]
threads += [threading.Thread(target=withdrawer, args=(results,)) for _ in range(2)]
for t in threads: t.start()
for t in threads: t.join()
print(f"final balance: {acct.balance}, withdrawn: {sum(results)}")
print(acct.balance + sum(results) == 4100)
print(acct == BankAccount("alice", acct.balance))
