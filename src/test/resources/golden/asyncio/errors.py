# What goes wrong, as CPython reports it: an exception in a task nobody awaits ("Task exception
# was never retrieved", on stderr), asyncio.run misuse, awaiting a non-awaitable.
import asyncio


async def fails():
    await asyncio.sleep(0.01)
    raise ValueError("nobody looks at me")


async def nested():
    coro = asyncio.sleep(0)
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    coro.close()  # (else "never awaited": CPython reports the line where the coroutine is freed)


async def awaits_int():
    await 42


async def main():
    t = asyncio.create_task(fails())
    await asyncio.sleep(0.05)
    print("task done:", t.done())
    await nested()
    try:
        await awaits_int()
    except TypeError as e:
        print("TypeError:", e)
    try:
        asyncio.create_task(lambda: None)
    except TypeError as e:
        print("TypeError:", str(e).split(" at 0x")[0])


asyncio.run(main())
try:
    asyncio.run(main)
except ValueError as e:
    print("ValueError:", str(e).split(" at 0x")[0])
coro = fails()
try:
    asyncio.create_task(coro)
except RuntimeError as e:
    print("RuntimeError:", e)
coro.close()
print("end")
