import signal
print(signal.SIGINT, repr(signal.SIGINT), int(signal.SIGTERM), signal.SIG_DFL, signal.SIG_IGN)
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler, signal.strsignal(signal.SIGINT))
got = []


def handler(signum, frame):
    got.append(signum)
    print("handler got", signal.Signals(signum).name, type(signum).__name__)


old = signal.signal(signal.SIGINT, handler)
print(old is signal.default_int_handler, signal.getsignal(signal.SIGINT) is handler)
signal.raise_signal(signal.SIGINT)
print("after raise", got)
signal.signal(signal.SIGINT, signal.SIG_IGN)
signal.raise_signal(signal.SIGINT)
print("ignored", signal.getsignal(signal.SIGINT))
signal.signal(signal.SIGINT, signal.default_int_handler)
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print("KeyboardInterrupt from the default handler")
signal.signal(signal.SIGUSR1, lambda s, f: print("usr1", s))
signal.raise_signal(signal.SIGUSR1)
for bad in [lambda: signal.signal(signal.SIGINT, 42 + 0.5), lambda: signal.signal(signal.SIGKILL, handler), lambda: signal.signal(0, handler)]:
    try:
        bad()
    except (TypeError, ValueError, OSError) as e:
        print(type(e).__name__, e)
print(signal.SIGINT in signal.valid_signals(), signal.alarm(0))


# The classic timeout: SIGALRM's handler raises out of a blocking sleep.
import time


def on_alarm(signum, frame):
    raise TimeoutError("timed out after %s" % signal.Signals(signum).name)


signal.signal(signal.SIGALRM, on_alarm)
signal.alarm(1)
start = time.monotonic()
try:
    time.sleep(10)
except TimeoutError as e:
    print(e, round(time.monotonic() - start))
ticks = []
signal.signal(signal.SIGALRM, lambda s, f: ticks.append(s))
signal.alarm(1)
time.sleep(1.5)
print("sleep resumed after the handler", ticks)
