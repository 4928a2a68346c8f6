# TaskGroup (3.11) and ExceptionGroup handling (except ExceptionGroup; gilkit has no except*)
import asyncio

async def ok(n):
    await asyncio.sleep(n / 100)
    return n

async def bad(n, exc):
    await asyncio.sleep(n / 100)
    raise exc

async def bad_after(event, exc):
    await event.wait()
    raise exc

async def set_later(event):
    await asyncio.sleep(0.02)
    event.set()

async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(ok(1))
        t2 = tg.create_task(ok(2))
    print("both done:", t1.result(), t2.result())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(ok(1))
            event = asyncio.Event()
            tg.create_task(bad_after(event, ValueError("v")))
            tg.create_task(bad_after(event, TypeError("t")))
            slow = tg.create_task(ok(50))
            tg.create_task(set_later(event))
    except ExceptionGroup as eg:
        print("errors:", sorted(repr(e) for e in eg.exceptions))
        print(repr(eg.split(ValueError)[0]), repr(eg.subgroup(TypeError)))
    print("slow cancelled:", slow.cancelled())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(bad(1, KeyError("k")))
    except ExceptionGroup as eg:
        print("caught:", repr(eg))
        print(eg.message, len(eg.exceptions))
    eg = ExceptionGroup("many", [ValueError(1), TypeError(2), ExceptionGroup("inner", [ValueError(3)])])
    match, rest = eg.split(ValueError)
    print(repr(match))
    print(repr(rest))
    print(repr(eg.subgroup(lambda e: isinstance(e, TypeError))))

async def cancelled_body():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(bad(1, RuntimeError("r")))
            await asyncio.sleep(10)
            print("not reached")
    except ExceptionGroup as eg:
        print("body cancelled, group:", eg)
    print("current task not cancelling:", asyncio.current_task().cancelling())
    async with asyncio.TaskGroup() as tg:
        print(repr(tg))
        tg.create_task(ok(0))
        print(repr(tg))
    coro = ok(0)
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        coro.close()
        print("RuntimeError:", e)
    try:
        BaseExceptionGroup("x", [])
    except ValueError as e:
        print("ValueError:", e)
    g = BaseExceptionGroup("b", [KeyboardInterrupt()])
    print(type(g).__name__, isinstance(g, Exception), str(g))

asyncio.run(main())
asyncio.run(cancelled_body())
