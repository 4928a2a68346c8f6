# Real Python: producer/consumer with asyncio.Queue (deterministic variant)
import asyncio
import itertools as it
import random

async def makeitem(size: int = 5) -> str:
    return "%0*x" % (size, random.getrandbits(size * 4))

async def randsleep(caller=None) -> None:
    i = random.randint(0, 3)
    if caller:
        print(f"{caller} sleeping for {i} ticks.")
    for _ in range(i):
        await asyncio.sleep(0)

async def produce(name: int, q: asyncio.Queue) -> None:
    n = random.randint(1, 4)
    for _ in it.repeat(None, n):
        await randsleep(caller=f"Producer {name}")
        i = await makeitem()
        await q.put((i, name))
        print(f"Producer {name} added <{i}> to queue.")

async def consume(name: int, q: asyncio.Queue) -> None:
    while True:
        await randsleep(caller=f"Consumer {name}")
        i, p = await q.get()
        print(f"Consumer {name} got element <{i}> from producer {p}")
        q.task_done()

async def main(nprod: int, ncon: int):
    q = asyncio.Queue()
    producers = [asyncio.create_task(produce(n, q)) for n in range(nprod)]
    consumers = [asyncio.create_task(consume(n, q)) for n in range(ncon)]
    await asyncio.gather(*producers)
    await q.join()
    for c in consumers:
        c.cancel()
    res = await asyncio.gather(*consumers, return_exceptions=True)
    print([type(r).__name__ for r in res])
    print("qsize", q.qsize(), "empty", q.empty())

if __name__ == "__main__":
    random.seed(444)
    asyncio.run(main(2, 1))
