# A blocking call moved off the event loop with asyncio.to_thread / loop.run_in_executor:
# the loop keeps running coroutines while the worker thread blocks (and takes the GIL only
# while it runs Python code).
import asyncio
import threading
import time


def blocking_io(seconds):
    time.sleep(seconds)
    return f"blocked {seconds} s in a worker thread: {threading.current_thread() is not threading.main_thread()}"


def cpu_sum(n):
    return sum(range(n))


async def ticker(stop):
    ticks = 0
    while not stop.is_set():
        await asyncio.sleep(0.02)
        ticks += 1
    return ticks


async def main():
    stop = asyncio.Event()
    tick_task = asyncio.create_task(ticker(stop))
    result = await asyncio.to_thread(blocking_io, 0.3)
    stop.set()
    ticks = await tick_task
    print(result)
    print("the loop kept running meanwhile:", ticks >= 5)

    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, cpu_sum, 100_000))
    results = await asyncio.gather(*(asyncio.to_thread(cpu_sum, n) for n in (10, 100, 1000)))
    print(results)

    def fails():
        raise OSError("disk on fire")

    try:
        await asyncio.to_thread(fails)
    except OSError as e:
        print("OSError from the thread:", e)

    from concurrent.futures import ThreadPoolExecutor
    with ThreadPoolExecutor(max_workers=2) as pool:
        print(await loop.run_in_executor(pool, blocking_io, 0.05))


asyncio.run(main())
print("done")
