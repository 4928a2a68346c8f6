# gather: results come back in argument order whatever the completion order; return_exceptions.
import asyncio


async def job(name, delay, fail=False):
    print(f"{name}: start (sleeps {delay})")
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(f"{name} failed")
    print(f"{name}: done")
    return name.upper()


async def main():
    results = await asyncio.gather(job("slow", 0.3), job("fast", 0.1), job("mid", 0.2))
    print("results:", results)

    results = await asyncio.gather(job("ok", 0.1), job("bad", 0.05, fail=True), return_exceptions=True)
    print("with return_exceptions:", results)

    try:
        await asyncio.gather(job("a", 0.1), job("b", 0.05, fail=True))
    except ValueError as e:
        print("gather raised:", e)
    await asyncio.sleep(0.2)  # let "a" finish

    print("empty gather:", await asyncio.gather())
    value = await asyncio.sleep(0.01, result="sleep result")
    print(value)
    t = asyncio.create_task(job("task", 0.05))
    print("same task twice:", await asyncio.gather(t, t))


asyncio.run(main())
