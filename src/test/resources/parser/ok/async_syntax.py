import asyncio


async def fetch(n, *, delay=0.1) -> int:
    await asyncio.sleep(delay)
    return n * 2


@decorator
async def decorated():
    pass


async def statements(session, items):
    async with session as s, lock:
        value = await s.get()
    async with (open_a() as a, open_b() as b):
        pass
    async for item in items:
        if await item:
            continue
        break
    else:
        pass
    x = await (await fetch(1))
    y = await obj.method(1)[0] ** 2
    z = -await f()
    return [await g(i) for i in range(3)], {k async for k in items if k}, (v async for v in items)


async def agen():
    for i in range(3):
        yield i
        await asyncio.sleep(0)


class C:
    async def method(self):
        return [i async for i in agen() async for j in agen()]

    async def __aenter__(self):
        return self


def not_async():
    return (await x for x in y)

