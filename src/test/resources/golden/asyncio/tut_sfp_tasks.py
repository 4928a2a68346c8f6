# Super Fast Python style: Task basics, names, done callbacks, results, exceptions
import asyncio

async def work(n):
    await asyncio.sleep(0.05 * n)
    if n == 3:
        raise ValueError(f"bad value {n}")
    return n * 10

def on_done(task):
    print(f"callback: {task.get_name()} done={task.done()}")

async def main():
    tasks = []
    for i in range(1, 5):
        t = asyncio.create_task(work(i), name=f"worker-{i}")
        t.add_done_callback(on_done)
        tasks.append(t)
    print("current:", asyncio.current_task().get_name())
    print("pending:", sorted(t.get_name() for t in asyncio.all_tasks()))
    await asyncio.sleep(0.5)
    for t in tasks:
        if t.exception() is not None:
            print(t.get_name(), "failed:", repr(t.exception()))
        else:
            print(t.get_name(), "result:", t.result())
    t = asyncio.create_task(work(5))
    print("cancel ->", t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("task was cancelled", t.cancelled())
    print(t.done(), t.cancelled())
    try:
        t.result()
    except asyncio.CancelledError as e:
        print("result raised CancelledError", repr(e))
    fut = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_later(0.01, fut.set_result, "future value")
    print(await fut)
    try:
        fut.set_result(1)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)

asyncio.run(main())
