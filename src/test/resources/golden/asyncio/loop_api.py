# The event loop's callbacks: call_soon (FIFO), call_later/call_at ordered by time, cancelled
# handles, call_soon_threadsafe from another thread waking the idle loop, run_until_complete on
# a loop made by hand.
import asyncio
import threading
import time


async def main():
    loop = asyncio.get_running_loop()
    order = []
    for i in range(3):
        loop.call_soon(order.append, f"soon{i}")
    loop.call_later(0.3, order.append, "later 0.3")
    loop.call_later(0.1, order.append, "later 0.1")
    h = loop.call_later(0.2, order.append, "cancelled")
    h.cancel()
    loop.call_at(loop.time() + 0.2, order.append, "at +0.2")
    print(h.cancelled(), type(h).__name__)
    await asyncio.sleep(0.45)
    print(order)

    done = loop.create_future()

    def from_thread():
        time.sleep(0.1)
        loop.call_soon_threadsafe(done.set_result, "set from " + threading.current_thread().name)

    t = threading.Thread(target=from_thread, name="helper")
    t.start()
    print(await done)
    t.join()

    def cb_raises():
        raise ZeroDivisionError("in a callback")

    def handler(loop, context):
        print("handler:", context["message"].split(" at ")[0], repr(context["exception"]))

    loop.set_exception_handler(handler)
    loop.call_soon(cb_raises)
    await asyncio.sleep(0.01)
    print("the loop survives a failing callback")


asyncio.run(main())

loop = asyncio.new_event_loop()
try:
    print(loop.run_until_complete(asyncio.sleep(0.01, result="run_until_complete")))
    fut = loop.create_future()
    loop.call_soon(fut.set_result, 42)
    print(loop.run_until_complete(fut))
finally:
    loop.close()
print(loop.is_closed())
coro = asyncio.sleep(0)
try:
    loop.run_until_complete(coro)
except RuntimeError as e:
    print("RuntimeError:", e)
coro.close()
