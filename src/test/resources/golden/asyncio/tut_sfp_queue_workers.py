# Python docs queue example: workers with task_done/join, deterministic sleep times
import asyncio
import random

async def worker(name, queue, log):
    while True:
        sleep_for = await queue.get()
        await asyncio.sleep(sleep_for)
        queue.task_done()
        log.append((name, sleep_for))

async def main():
    random.seed(7)
    queue = asyncio.Queue()
    total = 0
    for _ in range(20):
        s = random.randint(1, 9) / 1000
        total += s
        queue.put_nowait(s)
    log = []
    tasks = [asyncio.create_task(worker(f'worker-{i}', queue, log)) for i in range(3)]
    await queue.join()
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    print('====')
    print(f'3 workers slept in parallel, items: {len(log)}')
    print(f'total expected sleep time: {total:.3f} seconds')
    print(sorted(set(n for n, _ in log)))
    pq = asyncio.PriorityQueue()
    for item in [(3, 'c'), (1, 'a'), (2, 'b')]:
        await pq.put(item)
    print([await pq.get() for _ in range(3)])
    lq = asyncio.LifoQueue(maxsize=2)
    await lq.put(1); await lq.put(2)
    print(lq.full(), lq)
    try:
        lq.put_nowait(3)
    except asyncio.QueueFull:
        print("QueueFull")
    print(lq.get_nowait(), lq.get_nowait())
    try:
        lq.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    q = asyncio.Queue(maxsize=1)
    async def producer():
        for i in range(4):
            await q.put(i)
            print("put", i)
        await q.put(None)
    async def consumer():
        while (item := await q.get()) is not None:
            print("got", item)
    await asyncio.gather(producer(), consumer())

asyncio.run(main())
