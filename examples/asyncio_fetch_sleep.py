# The asyncio version of the seed's fetch_data: three "fetches" that wait 2 s each overlap on ONE
# thread, so the whole run takes about 2 s, not 6 s. Nothing releases or re-takes the GIL between
# the coroutines: `gilkit run --stats examples/asyncio_fetch_sleep.py` shows MainThread acquiring
# the lock twice, no forced switches, and about 2 s "blocked" (the event loop waiting for its next
# timer with the GIL released). Compare threads (seed_fetch_sleep.py): 3 threads, the same 2 s,
# but each sleeping thread gives the lock back and takes it again.
import asyncio
import time


async def fetch_data(n):
    print(f"Start fetching {n}")
    await asyncio.sleep(2)  # Simulate I/O: the event loop runs the other coroutines meanwhile
    print(f"Done fetching {n}")
    return n


async def main():
    start = time.perf_counter()
    results = await asyncio.gather(*(fetch_data(n) for n in range(3)))
    print(f"results {results} in {time.perf_counter() - start:.2f} s")


asyncio.run(main())
