# Timeouts: wait_for, asyncio.timeout (3.11), wait with FIRST_COMPLETED / ALL_COMPLETED and a
# timeout, as_completed.
import asyncio


async def slow(name, delay):
    try:
        await asyncio.sleep(delay)
        return name
    except asyncio.CancelledError:
        print(f"{name} was cancelled")
        raise


async def main():
    print(await asyncio.wait_for(slow("quick", 0.05), timeout=1))
    try:
        await asyncio.wait_for(slow("eternity", 10), timeout=0.1)
    except asyncio.TimeoutError as e:
        print("TimeoutError:", repr(e), "is builtin TimeoutError:", isinstance(e, TimeoutError))
    try:
        await asyncio.wait_for(slow("zero", 10), timeout=0)
    except TimeoutError:
        print("timeout=0 raises TimeoutError")
    print(await asyncio.wait_for(slow("no limit", 0.01), timeout=None))

    try:
        async with asyncio.timeout(0.1) as cm:
            await slow("in timeout block", 10)
    except TimeoutError:
        print("timeout() block expired:", cm.expired())
    async with asyncio.timeout(1) as cm:
        await asyncio.sleep(0.01)
    print("in time:", cm.expired())

    tasks = [asyncio.create_task(slow(f"t{i}", d)) for i, d in enumerate((1.0, 0.2, 0.4))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("first completed:", [t.result() for t in done], "pending:", len(pending))
    done, pending = await asyncio.wait(pending, timeout=0.4)
    print("after timeout:", [t.result() for t in done], "pending:", len(pending))
    done, pending = await asyncio.wait(pending, return_when=asyncio.ALL_COMPLETED)
    print("all completed:", [t.result() for t in done], "pending:", len(pending))
    coro = slow("coro", 0.01)
    try:
        await asyncio.wait([coro])
    except TypeError as e:
        print("TypeError:", e)
    coro.close()

    coros = [slow(f"ac{i}", d) for i, d in enumerate((0.3, 0.1, 0.2))]
    for next_done in asyncio.as_completed(coros):
        print("as_completed:", await next_done)
    try:
        for next_done in asyncio.as_completed([slow("late", 1)], timeout=0.05):
            await next_done
    except TimeoutError:
        print("as_completed timed out")


asyncio.run(main())
