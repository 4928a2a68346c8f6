import sys
import threading
print(sys.getswitchinterval())
sys.setswitchinterval(0.001)
print(sys.getswitchinterval())
try:
    sys.setswitchinterval(0)
except ValueError as e:
    print("ValueError:", e)
try:
    sys.setswitchinterval("x")
except TypeError as e:
    print("TypeError:", e)
sys.setswitchinterval(0.005)
counter = 0
lock = threading.Lock()
def inc():
    global counter
    for _ in range(20000):
        with lock:
            counter += 1
ts = [threading.Thread(target=inc) for _ in range(4)]
[t.start() for t in ts]
[t.join() for t in ts]
print(counter)
print(threading.TIMEOUT_MAX > 1000, sys.maxsize == 2**63 - 1)
