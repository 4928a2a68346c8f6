# wait_for, timeout, shield
import asyncio

async def slow(n):
    try:
        await asyncio.sleep(n)
        return f"slow {n}"
    except asyncio.CancelledError:
        print(f"slow({n}) was cancelled")
        raise

async def main():
    print(await asyncio.wait_for(slow(0.01), timeout=5))
    try:
        await asyncio.wait_for(slow(1), timeout=0.02)
    except asyncio.TimeoutError:
        print("wait_for timed out")
    task = asyncio.create_task(slow(0.2))
    shielded = asyncio.shield(task)
    try:
        await asyncio.wait_for(shielded, timeout=0.01)
    except asyncio.TimeoutError:
        print("shield timed out but inner task alive:", not task.done())
    print("inner result:", await task)
    inner = asyncio.create_task(slow(0.03))
    outer = asyncio.shield(inner)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled", outer.cancelled(), "inner cancelled", inner.cancelled())
    print(await inner)
    try:
        async with asyncio.timeout(0.02):
            await slow(1)
    except TimeoutError:
        print("timeout() context expired")
    async with asyncio.timeout(None) as cm:
        print("no deadline:", cm.when())
        await asyncio.sleep(0.001)
    print("expired?", cm.expired())
    print(await asyncio.wait_for(asyncio.sleep(0, result="immediate"), timeout=None))

asyncio.run(main())
