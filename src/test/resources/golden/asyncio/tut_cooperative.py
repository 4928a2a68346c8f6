# asyncio.sleep(0) cooperative multitasking: interleaving of busy loops
import asyncio

async def counter(name, n, log):
    for i in range(n):
        log.append(f"{name}{i}")
        await asyncio.sleep(0)
    return name

async def greedy(log):
    for i in range(3):
        log.append(f"G{i}")
    return "G"

async def main():
    log = []
    r = await asyncio.gather(counter("a", 4, log), counter("b", 3, log), greedy(log))
    print(r)
    print(" ".join(log))
    order = []
    async def t(n):
        order.append(f"start {n}")
        await asyncio.sleep(0)
        order.append(f"end {n}")
    tasks = [asyncio.create_task(t(n)) for n in range(3)]
    order.append("created")
    await asyncio.sleep(0)
    order.append("after one sleep(0)")
    await asyncio.gather(*tasks)
    print(order)
    loop = asyncio.get_running_loop()
    calls = []
    loop.call_soon(calls.append, 1)
    loop.call_soon(calls.append, 2)
    h = loop.call_soon(calls.append, 3)
    h.cancel()
    loop.call_later(0.01, calls.append, "later")
    await asyncio.sleep(0.02)
    print(calls)

asyncio.run(main())
