# threads vs asyncio vs processes: the same sleeping jobs, concurrency shown by counts not times
import asyncio
import concurrent.futures
import threading
import time

N = 5
DELAY = 0.2

def sync_job(i):
    time.sleep(DELAY)
    return i

async def async_job(i):
    await asyncio.sleep(DELAY)
    return i

def run_sequential():
    start = time.perf_counter()
    r = [sync_job(i) for i in range(N)]
    return r, time.perf_counter() - start

def run_threads():
    start = time.perf_counter()
    with concurrent.futures.ThreadPoolExecutor(N) as ex:
        r = list(ex.map(sync_job, range(N)))
    return r, time.perf_counter() - start

def run_processes():
    start = time.perf_counter()
    with concurrent.futures.ProcessPoolExecutor(N) as ex:
        r = list(ex.map(sync_job, range(N)))
    return r, time.perf_counter() - start

def run_asyncio():
    async def main():
        return await asyncio.gather(*(async_job(i) for i in range(N)))
    start = time.perf_counter()
    r = asyncio.run(main())
    return r, time.perf_counter() - start

if __name__ == "__main__":
    for name, fn in [("sequential", run_sequential), ("threads", run_threads),
                     ("processes", run_processes), ("asyncio", run_asyncio)]:
        r, elapsed = fn()
        overlapped = elapsed < N * DELAY * 0.9
        if name == "processes":  # process start-up time varies too much to judge
            overlapped = "n/a"
        print(f"{name:10s} results={r} ran concurrently: {overlapped}")
