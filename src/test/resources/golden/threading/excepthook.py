# Exceptions in threads: the default excepthook's report, a custom hook, SystemExit is silent.
import sys
import threading

class Capture:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        pass

def boom():
    raise ValueError("boom in thread")

cap = Capture()
sys.stderr = cap
t = threading.Thread(target=boom)
t.start(); t.join()
sys.stderr = sys.__stderr__
lines = "".join(cap.parts).splitlines()
# keep the lines that do not come from threading.py's own frames (paths differ between versions)
skip = False
for line in lines:
    if skip:
        skip = False
        continue
    if line.strip().startswith('File "') and "threading.py" in line:
        skip = True
        continue
    print(line)

seen = []
def hook(args):
    seen.append((args.exc_type.__name__, str(args.exc_value), args.thread.name, args.exc_traceback is not None))
threading.excepthook = hook
def bad(x):
    return 1 / x
t = threading.Thread(target=bad, args=(0,), name="divider")
t.start(); t.join()
t = threading.Thread(target=sys.exit, args=(3,), name="exiter")
t.start(); t.join()
print(seen)
threading.excepthook = threading.__excepthook__

cap = Capture()
sys.stderr = cap
t = threading.Thread(target=sys.exit, args=(3,))
t.start(); t.join()
sys.stderr = sys.__stderr__
print("SystemExit output:", repr("".join(cap.parts)))
print("main goes on")
