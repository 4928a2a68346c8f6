# Coroutine objects driven by hand (no event loop): send/throw/close, await on coroutines and on
# objects with __await__, and CPython's error texts.
import types


def run(coro):
    """A minimal driver: resumes the coroutine until it returns; prints what it yields up."""
    value = None
    while True:
        try:
            yielded = coro.send(value)
        except StopIteration as e:
            return e.value
        print("  yielded up:", yielded)
        value = "resumed:" + str(yielded)


class Ticket:
    """An awaitable: __await__ is a generator; what it yields goes up to the driver."""

    def __init__(self, n):
        self.n = n

    def __await__(self):
        reply = yield ("ticket", self.n)
        return reply


class Countdown:
    """An awaitable whose __await__ returns a plain iterator (StopIteration carries the result)."""

    def __init__(self, n):
        self.n = n

    def __await__(self):
        return self

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration("liftoff")
        self.n -= 1
        return self.n

    def send(self, value):
        return self.__next__()


async def add(a, b):
    return a + b


async def main():
    print("add:", await add(2, 3))
    print("ticket:", await Ticket(7))
    print("countdown:", await Countdown(2))
    total = 0
    for i in range(3):
        total += await add(i, i)
    print("total:", total)
    return "main done"


print(run(main()))

c = add(1, 2)
print(type(c).__name__, type(c) is types.CoroutineType, c.__name__, c.__qualname__)
print(c.cr_running, c.cr_await, c.cr_code.co_name)
try:
    c.send(None)
except StopIteration as e:
    print("StopIteration value:", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)


async def waits():
    try:
        got = await Ticket(1)
        print("got", got)
    except ValueError as e:
        print("caught inside:", e)
        return "recovered"
    finally:
        print("finally runs")


c = waits()
print(c.send(None))
print(c.cr_await is not None)
try:
    c.throw(ValueError("boom"))
except StopIteration as e:
    print("after throw:", e.value)

c = waits()
c.send(None)
c.close()
print("closed")

c = waits()
try:
    c.send(5)
except TypeError as e:
    print("TypeError:", e)
c.close()

c = add(1, 1)
try:
    for x in c:
        pass
except TypeError as e:
    print("TypeError:", e)
c.close()


async def bad_awaits():
    for obj in (1, None, "s", [1], (i for i in range(2))):
        try:
            await obj
        except TypeError as e:
            print("TypeError:", e)

    class NotIter:
        def __await__(self):
            return 5

    class ReturnsCoro:
        def __await__(self):
            return pending

    for obj in (NotIter(), ReturnsCoro()):
        try:
            await obj
        except TypeError as e:
            print("TypeError:", e)


pending = add(1, 1)
run(bad_awaits())
pending.close()


async def raises_stop():
    raise StopIteration(3)


try:
    run(raises_stop())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", type(e.__cause__).__name__)


async def reuse():
    c = add(1, 1)
    print(await c)
    try:
        await c
    except RuntimeError as e:
        print("RuntimeError:", e)


run(reuse())


async def fails():
    await Ticket(0)
    raise KeyError("missing")


try:
    run(fails())
except KeyError as e:
    print("KeyError:", e)
print(add.__code__.co_flags & 0x80 != 0, run.__code__.co_flags & 0x80 != 0)
