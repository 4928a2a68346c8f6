# Producer/consumer with asyncio.Queue: put/get, task_done/join, a bounded queue, consumers
# cancelled once the work is done (the classic tutorial pattern).
import asyncio


async def producer(name, queue, items, delay):
    for i in range(items):
        await asyncio.sleep(delay)
        item = f"{name}-{i}"
        await queue.put(item)
        print(f"{name} put {item} (size {queue.qsize()})")
    print(f"{name} finished")


async def consumer(name, queue, seen):
    try:
        while True:
            item = await queue.get()
            await asyncio.sleep(0.01)
            seen.append(item)
            queue.task_done()
    except asyncio.CancelledError:
        print(f"{name} cancelled")
        raise


async def main():
    queue = asyncio.Queue(maxsize=2)
    print("maxsize", queue.maxsize, "empty", queue.empty(), "full", queue.full())
    seen = []
    consumers = [asyncio.create_task(consumer(f"c{i}", queue, seen)) for i in range(2)]
    await asyncio.gather(producer("p1", queue, 3, 0.1), producer("p2", queue, 2, 0.25))
    await queue.join()
    print("all items processed:", sorted(seen))
    for c in consumers:
        c.cancel()
    results = await asyncio.gather(*consumers, return_exceptions=True)
    print([type(r).__name__ for r in results])

    q = asyncio.Queue(maxsize=1)
    q.put_nowait("x")
    try:
        q.put_nowait("y")
    except asyncio.QueueFull:
        print("QueueFull")
    print(q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    try:
        q.task_done()
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)

    pq = asyncio.PriorityQueue()
    for p in (3, 1, 2):
        await pq.put((p, f"prio {p}"))
    print([(await pq.get())[1] for _ in range(3)])
    lq = asyncio.LifoQueue()
    for i in range(3):
        lq.put_nowait(i)
    print([lq.get_nowait() for _ in range(3)])


asyncio.run(main())
