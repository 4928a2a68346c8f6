# to_thread and run_in_executor with a ThreadPoolExecutor and a ProcessPoolExecutor
import asyncio
import concurrent.futures
import threading
import time

def blocking_io(n):
    time.sleep(0.02)
    return f"io {n} in worker thread: {threading.current_thread() is not threading.main_thread()}"

def cpu_bound(n):
    return sum(i * i for i in range(n))

async def main():
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, blocking_io, 1))
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        results = await asyncio.gather(*(loop.run_in_executor(pool, blocking_io, i) for i in range(4)))
        print(results)
    with concurrent.futures.ProcessPoolExecutor(max_workers=2) as pool:
        r = await loop.run_in_executor(pool, cpu_bound, 10000)
        print("process pool:", r)
        rs = await asyncio.gather(*(loop.run_in_executor(pool, cpu_bound, n) for n in (10, 100, 1000)))
        print(rs)
    r = await asyncio.to_thread(blocking_io, 2)
    print("to_thread:", r)
    r = await asyncio.gather(asyncio.to_thread(time.sleep, 0.02), asyncio.sleep(0.02, "slept"))
    print(r)
    def boom():
        raise OSError("disk on fire")
    try:
        await asyncio.to_thread(boom)
    except OSError as e:
        print("OSError from thread:", e)

if __name__ == "__main__":
    asyncio.run(main())
