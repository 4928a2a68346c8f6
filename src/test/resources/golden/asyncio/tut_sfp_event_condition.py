# Event and Condition
import asyncio

async def waiter(event, name):
    print(f"{name} waiting")
    await event.wait()
    print(f"{name} saw the event")

async def main():
    event = asyncio.Event()
    tasks = [asyncio.create_task(waiter(event, f"w{i}")) for i in range(3)]
    await asyncio.sleep(0.01)
    print("setting", event.is_set())
    event.set()
    await asyncio.gather(*tasks)
    print("is_set", event.is_set())
    event.clear()
    try:
        await asyncio.wait_for(event.wait(), 0.01)
    except asyncio.TimeoutError:
        print("event wait timed out")

    cond = asyncio.Condition()
    items = []
    async def consumer(n):
        async with cond:
            await cond.wait_for(lambda: len(items) > 0)
            print(f"consumer {n} took {items.pop(0)}")
    async def producer():
        for i in range(3):
            await asyncio.sleep(0.005)
            async with cond:
                items.append(i)
                cond.notify()
    await asyncio.gather(*(consumer(n) for n in range(3)), producer())
    async def all_waiter(n):
        async with cond:
            await cond.wait()
            print("woken", n)
    ts = [asyncio.create_task(all_waiter(n)) for n in range(3)]
    await asyncio.sleep(0.01)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*ts)
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
