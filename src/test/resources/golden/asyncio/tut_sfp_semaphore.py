# Semaphore-limited workers, BoundedSemaphore, Lock, counters
import asyncio

async def download(sem, i, active, peak):
    async with sem:
        active[0] += 1
        peak[0] = max(peak[0], active[0])
        await asyncio.sleep(0.01)
        active[0] -= 1
        return i

async def main():
    sem = asyncio.Semaphore(3)
    active, peak = [0], [0]
    results = await asyncio.gather(*(download(sem, i, active, peak) for i in range(10)))
    print(results, "peak concurrency:", peak[0])
    print(sem.locked(), type(sem).__name__)
    b = asyncio.BoundedSemaphore(1)
    await b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print("ValueError:", e)
    lock = asyncio.Lock()
    counter = 0
    async def incr(n):
        nonlocal counter
        for _ in range(n):
            async with lock:
                v = counter
                await asyncio.sleep(0)
                counter = v + 1
    await asyncio.gather(*(incr(100) for _ in range(5)))
    print("counter with lock:", counter)
    print("locked now:", lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
