# Cancelling tasks: CancelledError thrown in at the await, finally blocks run, cancel messages,
# cancelled()/done(), a task that catches the cancellation, shield.
import asyncio


async def worker(name, log):
    log.append(f"{name} started")
    try:
        await asyncio.sleep(10)
        log.append(f"{name} finished")
    except asyncio.CancelledError as e:
        log.append(f"{name} cancelled with args {e.args}")
        raise
    finally:
        log.append(f"{name} cleanup")


async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("stubborn: caught the cancellation, returns normally")
    return "survived"


async def main():
    log = []
    t = asyncio.create_task(worker("w1", log))
    await asyncio.sleep(0.01)
    print("cancel() returns", t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("awaiting a cancelled task raises CancelledError")
    print(log)
    print("done", t.done(), "cancelled", t.cancelled(), "cancel again", t.cancel())
    try:
        t.result()
    except asyncio.CancelledError:
        print("result() raises CancelledError")

    log.clear()
    t = asyncio.create_task(worker("w2", log))
    await asyncio.sleep(0.01)
    t.cancel("stop now")
    res = await asyncio.gather(t, return_exceptions=True)
    print(log, repr(res[0]))

    t = asyncio.create_task(worker("never started", log))
    t.cancel()
    await asyncio.sleep(0)
    print("cancelled before its first step:", t.cancelled(), log[-1])

    s = asyncio.create_task(stubborn())
    await asyncio.sleep(0.01)
    s.cancel()
    print(await s, "cancelled:", s.cancelled())

    inner = asyncio.create_task(asyncio.sleep(0.05, result="shielded result"))
    outer = asyncio.create_task(shielded(inner))
    await asyncio.sleep(0.01)
    outer.cancel()
    await asyncio.sleep(0.3)
    print("outer cancelled:", outer.cancelled(), "inner:", inner.result())
    print(issubclass(asyncio.CancelledError, BaseException), issubclass(asyncio.CancelledError, Exception))


async def shielded(inner):
    try:
        return await asyncio.shield(inner)
    except asyncio.CancelledError:
        print("the awaiting task was cancelled, the shielded one goes on")
        raise


asyncio.run(main())
