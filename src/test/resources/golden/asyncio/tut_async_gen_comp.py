# async generators, async comprehensions, async context managers in tutorial style
import asyncio
import contextlib

async def ticker(delay, to):
    for i in range(to):
        yield i
        await asyncio.sleep(delay)

class AsyncResource:
    async def __aenter__(self):
        print("acquire")
        await asyncio.sleep(0)
        return self
    async def __aexit__(self, *exc):
        print("release", exc[0])
        return False

@contextlib.asynccontextmanager
async def managed(name):
    print("enter", name)
    try:
        yield name.upper()
    finally:
        print("exit", name)

class AsyncCounter:
    def __init__(self, stop):
        self.i = 0
        self.stop = stop
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.stop:
            raise StopAsyncIteration
        self.i += 1
        await asyncio.sleep(0)
        return self.i

async def main():
    async for i in ticker(0.001, 3):
        print("tick", i)
    print([i async for i in ticker(0, 5) if i % 2 == 0])
    print({i: i * i async for i in AsyncCounter(3)})
    print([await asyncio.sleep(0, r) for r in "ab"])
    async with AsyncResource() as r:
        print("using", type(r).__name__)
    try:
        async with AsyncResource():
            raise KeyError("x")
    except KeyError:
        print("KeyError propagated")
    async with managed("db") as name:
        print("inside", name)
    agen = ticker(0, 10)
    print(await agen.__anext__(), await anext(agen))
    await agen.aclose()
    print(await anext(agen, "exhausted"))

asyncio.run(main())
