# cancellation patterns: cleanup in finally, suppressing, cancel messages, uncancel
import asyncio

async def worker(name):
    try:
        print(f"{name} started")
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print(f"{name} cancelled with args {e.args}")
        raise
    finally:
        print(f"{name} cleanup")

async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("stubborn ignores cancellation")
    return "finished anyway"

async def main():
    t = asyncio.create_task(worker("A"))
    await asyncio.sleep(0.01)
    t.cancel("stop now")
    try:
        await t
    except asyncio.CancelledError as e:
        print("main saw", repr(e))
    print(t.cancelled())
    s = asyncio.create_task(stubborn())
    await asyncio.sleep(0.01)
    s.cancel()
    print(await s, s.cancelled())
    t = asyncio.create_task(worker("B"))
    await asyncio.sleep(0)
    t.cancel()
    print("cancelling:", t.cancelling())
    await asyncio.gather(t, return_exceptions=True)
    print(t.cancelled())
    t = asyncio.create_task(worker("C"))
    t.cancel()
    r = await asyncio.gather(t, return_exceptions=True)
    print("cancelled before start:", r)

asyncio.run(main())
