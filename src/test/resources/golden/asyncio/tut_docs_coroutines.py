# Python docs "Coroutines and Tasks" examples, with the prints that do not depend on timing
import asyncio
import time

async def say_after(delay, what):
    await asyncio.sleep(delay)
    print(what)

async def main():
    print("started")
    await say_after(0.02, 'hello')
    await say_after(0.01, 'world')
    task1 = asyncio.create_task(say_after(0.2, 'hello'))
    task2 = asyncio.create_task(say_after(0.1, 'world'))
    await task1
    await task2
    async with asyncio.TaskGroup() as tg:
        tg.create_task(say_after(0.1, 'tg hello'))
        tg.create_task(say_after(0.2, 'tg world'))
    print("finished")

async def nested():
    return 42

async def main2():
    nested()
    print(await nested())
    task = asyncio.create_task(nested())
    print(await task)

async def factorial(name, number):
    f = 1
    for i in range(2, number + 1):
        print(f"Task {name}: Compute factorial({number}), currently i={i}...")
        await asyncio.sleep(0.001 * i)
        f *= i
    print(f"Task {name}: factorial({number}) = {f}")
    return f

async def main3():
    L = await asyncio.gather(factorial("A", 2), factorial("B", 3), factorial("C", 4))
    print(L)

async def eternity():
    await asyncio.sleep(3600)
    print('yay!')

async def main4():
    try:
        await asyncio.wait_for(eternity(), timeout=0.01)
    except TimeoutError:
        print('timeout!')

asyncio.run(main())
asyncio.run(main2())
asyncio.run(main3())
asyncio.run(main4())
