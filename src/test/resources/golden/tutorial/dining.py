import threading
import time
import random

class Philosopher(threading.Thread):
    running = True

    def __init__(self, index, left, right, meals):
        super().__init__(name=f"Philosopher {index}")
        self.left = left
        self.right = right
        self.meals = meals
        self.eaten = 0

    def run(self):
        while self.eaten < self.meals:
            self.dine()

    def dine(self):
        fork1, fork2 = self.left, self.right
        while True:
            fork1.acquire(True)
            locked = fork2.acquire(timeout=0.001)
            if locked:
                break
            fork1.release()
            fork1, fork2 = fork2, fork1
        self.eat()
        fork2.release()
        fork1.release()

    def eat(self):
        self.eaten += 1

forks = [threading.Lock() for _ in range(5)]
phils = [Philosopher(i, forks[i % 5], forks[(i + 1) % 5], 20) for i in range(5)]
random.seed(507129)
for p in phils: p.start()
for p in phils: p.join()
for p in phils:
    print(f"{p.name} ate {p.eaten} times")
print("Now we're finishing.", all(not f.locked() for f in forks))
