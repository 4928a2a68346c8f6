import concurrent.futures
import threading
import time
import random
from dataclasses import dataclass

class FakeDatabase:
    def __init__(self):
        self.value = 0
        self._lock = threading.Lock()

    def locked_update(self, name):
        with self._lock:
            local_copy = self.value
            local_copy += 1
            time.sleep(0.01)
            self.value = local_copy

database = FakeDatabase()
with concurrent.futures.ThreadPoolExecutor(max_workers=2) as executor:
    for index in range(2):
        executor.submit(database.locked_update, index)
print(f"Testing update. Ending value is {database.value}.")

def worker(n):
    return n * n
with concurrent.futures.ThreadPoolExecutor(max_workers=4) as ex:
    futs = {ex.submit(worker, i): i for i in range(5)}
    res = sorted(f.result() for f in concurrent.futures.as_completed(futs))
    print(res, list(ex.map(worker, range(3))))
