# At exit the non-daemon threads are joined, daemon threads are abandoned.
import threading, time

never = threading.Event()

def daemon_body():
    never.wait()
    print("daemon woke up (must not happen)")

def slow():
    time.sleep(0.1)
    print("non-daemon thread finished after main")

d = threading.Thread(target=daemon_body, daemon=True)
d.start()
threading.Thread(target=slow).start()
print("main done", d.is_alive())
