import atexit
import threading


def goodbye(name, adjective):
    print("Goodbye %s, it was %s to meet you." % (name, adjective))


atexit.register(goodbye, "Donny", "nice")
atexit.register(goodbye, adjective="nice", name="Donny")


@atexit.register
def last():
    print("registered last, runs first")


def never():
    print("never printed")


atexit.register(never)
atexit.unregister(never)


printed = threading.Event()


def worker():
    printed.wait()
    print("worker done before the exit functions")


threading.Thread(target=worker).start()
print("end of main")
printed.set()
