# wait with FIRST_COMPLETED / FIRST_EXCEPTION / ALL_COMPLETED / timeout, as_completed
import asyncio

async def job(n):
    await asyncio.sleep(n / 20)
    if n == 4:
        raise ValueError("job 4 failed")
    return f"job {n}"

async def main():
    tasks = [asyncio.create_task(job(n), name=f"j{n}") for n in (3, 1, 2)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("first:", [t.result() for t in done], "pending:", sorted(t.get_name() for t in pending))
    done, pending = await asyncio.wait(pending)
    print("rest:", sorted(t.result() for t in done), len(pending))
    tasks = [asyncio.create_task(job(n)) for n in (4, 8)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print("first exception:", [repr(t.exception()) for t in done], len(pending))
    for t in pending:
        t.cancel()
    tasks = [asyncio.create_task(job(n)) for n in (1, 80)]
    done, pending = await asyncio.wait(tasks, timeout=0.3)
    print("timeout:", len(done), len(pending))
    for t in pending:
        t.cancel()
    await asyncio.sleep(0)
    coros = [job(n) for n in (5, 2, 7, 1)]
    for fut in asyncio.as_completed(coros):
        print("as_completed:", await fut)
    try:
        for fut in asyncio.as_completed([job(1), job(90)], timeout=0.2):
            print("got", await fut)
    except asyncio.TimeoutError:
        print("as_completed timed out")
    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
