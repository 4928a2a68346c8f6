# async with / async for with hand-written asynchronous context managers and iterators,
# driven without an event loop.


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


class Step:
    """Awaitable that suspends once (yields None to the driver)."""

    def __await__(self):
        yield
        return "stepped"


class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        print("enter", self.name, await Step())
        return self.name.upper()

    async def __aexit__(self, exc_type, exc, tb):
        await Step()
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress


class Ticker:
    """An async iterator: __aiter__ returns self, __anext__ is a coroutine."""

    def __init__(self, n):
        self.i = 0
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        await Step()
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i


async def with_statements():
    async with Resource("a") as a, Resource("b") as b:
        print("body", a, b)
    async with Resource("quiet", suppress=True):
        raise ValueError("swallowed")
    print("after suppressed")
    try:
        async with Resource("loud"):
            raise KeyError("k")
    except KeyError as e:
        print("propagated", e)
    for i in range(3):
        async with Resource("loop%d" % i):
            if i == 1:
                continue
            if i == 2:
                break
            print("loop body", i)
    return await returns_inside()


async def returns_inside():
    async with Resource("ret"):
        return "returned from inside"


async def for_statements():
    async for i in Ticker(3):
        print("tick", i)
    else:
        print("for-else runs")
    async for i in Ticker(5):
        if i == 2:
            continue
        if i == 4:
            break
        print("tick2", i)
    else:
        print("not printed")
    nested = []
    async for i in Ticker(2):
        async for j in Ticker(2):
            nested.append((i, j))
    print(nested)
    try:
        async for i in Broken():
            print("got", i)
    except ZeroDivisionError as e:
        print("error from __anext__:", e)


class Broken:
    def __init__(self):
        self.calls = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        self.calls += 1
        if self.calls == 2:
            1 / 0
        return self.calls


print(run(with_statements()))
run(for_statements())


async def errors():
    class NoAenter:
        pass

    class NoAexit:
        async def __aenter__(self):
            pass

    class SyncEnter:
        def __aenter__(self):
            return 1

        def __aexit__(self, *a):
            return 1

    class AiterInt:
        def __aiter__(self):
            return 1

    class AnextInt:
        def __aiter__(self):
            return self

        def __anext__(self):
            return 1

    for mgr in (NoAenter(), NoAexit(), SyncEnter()):
        try:
            async with mgr:
                pass
        except TypeError as e:
            print("TypeError:", e)
    for it in (1, [1, 2], AiterInt(), AnextInt()):
        try:
            async for x in it:
                pass
        except TypeError as e:
            print("TypeError:", e)


run(errors())
