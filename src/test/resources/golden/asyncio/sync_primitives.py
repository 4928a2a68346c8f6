# asyncio.Lock, Event, Semaphore, BoundedSemaphore and Condition between tasks.
import asyncio


async def locked_section(name, lock, log):
    async with lock:
        log.append(f"{name} in")
        await asyncio.sleep(0.02)
        log.append(f"{name} out")


async def limited(name, sem, active, peak):
    async with sem:
        active.append(name)
        peak.append(len(active))
        await asyncio.sleep(0.02)
        active.remove(name)


async def waiter(name, event):
    print(f"{name} waits")
    await event.wait()
    print(f"{name} woke up")


async def main():
    lock = asyncio.Lock()
    log = []
    await asyncio.gather(*(locked_section(n, lock, log) for n in "abc"))
    print(log, lock.locked())
    await lock.acquire()
    print("locked:", lock.locked())
    lock.release()
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)

    event = asyncio.Event()
    tasks = [asyncio.create_task(waiter(f"w{i}", event)) for i in range(3)]
    await asyncio.sleep(0.02)
    print("setting, is_set was", event.is_set())
    event.set()
    await asyncio.gather(*tasks)
    event.clear()
    print("cleared:", event.is_set())

    sem = asyncio.Semaphore(2)
    active, peak = [], []
    await asyncio.gather(*(limited(i, sem, active, peak) for i in range(5)))
    print("at most", max(peak), "at once")
    bsem = asyncio.BoundedSemaphore(1)
    await bsem.acquire()
    bsem.release()
    try:
        bsem.release()
    except ValueError as e:
        print("ValueError:", e)

    cond = asyncio.Condition()
    items = []

    async def consume(name):
        async with cond:
            await cond.wait_for(lambda: items)
            print(f"{name} got {items.pop(0)}")

    consumers = [asyncio.create_task(consume(f"c{i}")) for i in range(2)]
    await asyncio.sleep(0.01)
    for item in ("first", "second"):
        async with cond:
            items.append(item)
            cond.notify()
        await asyncio.sleep(0.01)
    await asyncio.gather(*consumers)
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
