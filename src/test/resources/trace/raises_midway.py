# Prints, runs a thread to completion, then fails: the trace up to the failure must be kept.
import threading

def spin():
    total = 0
    for i in range(20000):
        total += i

print("before")
t = threading.Thread(target=spin)
t.start()
t.join()
{}["missing"]
print("never printed")
