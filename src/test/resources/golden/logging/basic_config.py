# logging.basicConfig as the tutorials use it: format with asctime/levelname/threadName, datefmt,
# level, stream; the time parts are checked structurally so the output is deterministic.
import logging
import sys
import threading
import time

logging.basicConfig(format="%(levelname)s [%(threadName)s] %(name)s: %(message)s",
                    level=logging.DEBUG, datefmt="%H:%M:%S", stream=sys.stdout)
# A second call is ignored: the root logger already has a handler.
logging.basicConfig(level=logging.ERROR, format="IGNORED %(message)s")


class Capture(logging.Handler):
    def __init__(self):
        super().__init__()
        self.lines = []

    def emit(self, record):
        self.lines.append(self.format(record))


cap = Capture()
cap.setFormatter(logging.Formatter("%(asctime)s|%(msecs)03d|%(relativeCreated)d|%(process)d|%(thread)d|%(message)s",
                                   datefmt="%Y-%m-%d %H:%M:%S"))
logging.getLogger().addHandler(cap)


def worker(n):
    logging.debug("worker %d starting", n)
    time.sleep(0.01)
    logging.info("worker %d done", n)


threads = [threading.Thread(target=worker, args=(i,), name=f"W{i}") for i in range(3)]
for t in threads:
    t.start()
    t.join()
logging.warning("main done")

# Every captured line: date, milliseconds, relative ms, pid, thread id, message.
def shape(line):
    parts = line.split("|")
    date = "".join("9" if c.isdigit() else c for c in parts[0])
    return date == "9999-99-99 99:99:99" and len(parts[1]) == 3 and all(p.isdigit() for p in parts[1:5])


for line in cap.lines:
    print(shape(line), line.split("|")[-1])

# The root logger's own handler writes asctime with datefmt %H:%M:%S (8 characters).
logging.getLogger().removeHandler(cap)
class Stream:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

    def flush(self):
        pass

    def getvalue(self):
        return "".join(self.parts)


stream = Stream()
h = logging.StreamHandler(stream)
h.setFormatter(logging.Formatter("%(asctime)s: %(message)s", datefmt="%H:%M:%S"))
lg = logging.getLogger("t")
lg.addHandler(h)
lg.propagate = False
lg.info("hello %s", "world")
text = stream.getvalue()
print(len(text.split(": ")[0]), text.split(": ", 1)[1], end="")
default = logging.Formatter()
rec = logging.LogRecord("n", logging.WARNING, __file__, 1, "msg %d", (7,), None)
print(default.format(rec), logging.Formatter("%(asctime)s").format(rec)[4], len(logging.Formatter("%(asctime)s").format(rec)))
logging.basicConfig(force=True, format="%(levelname)s:%(message)s", stream=sys.stdout)
logging.info("forced config keeps level? %s", logging.getLogger().level)
logging.warning("forced")
logging.getLogger().setLevel("INFO")
logging.info("info now")
logging.log(logging.ERROR, "log() %s", "works")
logging.critical("critical")
logging.error("%d%% done", 50)
