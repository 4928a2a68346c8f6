# gather: ordering, return_exceptions, nested gather, cancelling gather
import asyncio

async def task(n, delay):
    await asyncio.sleep(delay)
    print(f"task {n} finished")
    return n * n

async def failing(n):
    await asyncio.sleep(0.005)
    raise RuntimeError(f"fail {n}")

async def main():
    r = await asyncio.gather(task(1, 0.6), task(2, 0.2), task(3, 0.4))
    print("results in call order:", r)
    r = await asyncio.gather(task(4, 0.01), failing(5), return_exceptions=True)
    print("with exceptions:", r)
    try:
        await asyncio.gather(failing(6), task(7, 0.15))
    except RuntimeError as e:
        print("gather raised:", e)
    await asyncio.sleep(0.3)
    group1 = asyncio.gather(*[task(i, 0.01) for i in range(10, 13)])
    group2 = asyncio.gather(*[task(i, 0.2) for i in range(20, 22)])
    all_groups = await asyncio.gather(group1, group2)
    print("nested:", all_groups)
    g = asyncio.gather(task(30, 1), task(31, 1))
    await asyncio.sleep(0.01)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled", g.cancelled())
    print(await asyncio.gather())
    print(await asyncio.gather(asyncio.sleep(0.001, result="x"), return_exceptions=True))

asyncio.run(main())
