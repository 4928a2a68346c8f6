# Async generators (yield inside async def) and async comprehensions, driven without an event
# loop: the driver prints what awaits inside pass up, so the two kinds of values stay apart.
import types


def run(coro):
    value = None
    while True:
        try:
            up = coro.send(value)
        except StopIteration as e:
            return e.value
        print("  passed up:", up)
        value = "reply-" + str(up)


class Tick:
    def __init__(self, tag):
        self.tag = tag

    def __await__(self):
        reply = yield self.tag
        return reply


async def numbers(n):
    try:
        for i in range(n):
            got = await Tick("t%d" % i)
            print("  inside got", got)
            yield i * 10
    finally:
        print("  numbers finally")


async def echo():
    received = []
    while True:
        v = yield len(received)
        if v is None:
            break
        received.append(v)
    print("  echo received", received)


async def main():
    async for x in numbers(2):
        print("item", x)
    g = numbers(3)
    print(type(g) is types.AsyncGeneratorType, g.__name__, g.__aiter__() is g)
    print("anext:", await g.__anext__())
    print("aclose:", await g.aclose())
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("exhausted after aclose")
    e = echo()
    print(await e.asend(None), await e.asend("a"), await e.asend("b"))
    try:
        await e.asend(None)
    except StopAsyncIteration:
        print("echo done")
    g = numbers(3)
    await g.__anext__()
    try:
        await g.athrow(ValueError("thrown in"))
    except ValueError as err:
        print("athrow propagated:", err)
    print([x async for x in numbers(2)])
    print({x: x + 1 async for x in numbers(1) if x == 0})
    print([await Tick("c%d" % i) for i in range(2)])
    print([y async for x in numbers(2) for y in (x, -x) if y])
    agen_expr = (x * 2 async for x in numbers(2))
    print(type(agen_expr).__name__, [v async for v in agen_expr])
    a = numbers(1).__anext__()
    print(type(a).__name__)
    a.close()

    async def bad():
        yield 1
        raise StopAsyncIteration

    try:
        print([x async for x in bad()])
    except RuntimeError as err:
        print("RuntimeError:", err)

    async def ignores():
        try:
            yield 1
        except GeneratorExit:
            yield 2

    ig = ignores()
    await ig.__anext__()
    try:
        await ig.aclose()
    except RuntimeError as err:
        print("RuntimeError:", err)
    ng = numbers(1)
    asend = ng.__anext__()
    try:
        asend.send(None)
        asend.send("r")
    except StopIteration as stop:
        print("StopIteration carries the item:", stop.value)
    try:
        asend.send(None)
    except RuntimeError as err:
        print("RuntimeError:", err)
    await ng.aclose()


run(main())
