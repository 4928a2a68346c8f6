async def main(manager, items):
    async with manager as m:
        async for item in items:
            await m.put(item)
    return [await x async for x in items if x]


async def ticks(n):
    for i in range(n):
        yield i
