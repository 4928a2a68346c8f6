# Task and Future API: names, done/result/exception, done callbacks, current_task/all_tasks,
# reprs, iscoroutine/iscoroutinefunction, loop access.
import asyncio
import functools


async def add(a, b, delay=0.01):
    await asyncio.sleep(delay)
    return a + b


async def boom():
    await asyncio.sleep(0.01)
    raise KeyError("boom")


def on_done(tag, fut):
    print(f"callback {tag}: done={fut.done()} result={fut.result()}")


async def main():
    me = asyncio.current_task()
    print("current task:", me.get_name())
    t = asyncio.create_task(add(1, 2), name="adder")
    print(t.get_name(), t.done())
    print(repr(t).startswith("<Task pending name='adder' coro=<add() running at"))
    t.add_done_callback(functools.partial(on_done, "A"))
    print("all tasks:", sorted(x.get_name() for x in asyncio.all_tasks()))
    print("result:", await t)
    print(repr(t).startswith("<Task finished name='adder' coro=<add() done, defined at"), repr(t).endswith("result=3>"))
    t.set_name("renamed")
    print(t.get_name(), t.exception())
    try:
        t.set_result(5)
    except RuntimeError as e:
        print("RuntimeError:", e)

    b = asyncio.create_task(boom())
    await asyncio.sleep(0.2)
    print("exception():", repr(b.exception()))
    try:
        b.result()
    except KeyError as e:
        print("result() re-raises:", repr(e))

    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(f, f.done())
    try:
        f.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    loop.call_later(0.02, f.set_result, "from call_later")
    print(await f, f)
    try:
        f.set_result(1)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    f2 = loop.create_future()
    f2.set_exception(ValueError("bad value"))
    print(f2)
    try:
        await f2
    except ValueError as e:
        print("awaiting it raises:", e)

    print(asyncio.iscoroutinefunction(add), asyncio.iscoroutinefunction(on_done),
          asyncio.iscoroutinefunction(functools.partial(add, 1)))
    c = add(1, 1)
    print(asyncio.iscoroutine(c), asyncio.iscoroutine(add), asyncio.isfuture(f), asyncio.isfuture(c))
    print(await c)
    print(asyncio.get_event_loop() is loop, loop.is_running(), loop.is_closed())
    print(asyncio.current_task() is me)
    t1 = loop.time()
    await asyncio.sleep(0.05)
    print("loop.time advanced:", loop.time() - t1 >= 0.04)
    fut = asyncio.ensure_future(add(2, 2))
    print(type(fut).__name__, await fut)


asyncio.run(main())
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
