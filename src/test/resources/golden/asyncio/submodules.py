# CPython asyncio is a package: its submodule names import (gilkit maps them to one module)
import asyncio.queues
from asyncio import tasks
import asyncio.exceptions as ex
from asyncio.locks import Lock
print(asyncio.queues.Queue is asyncio.Queue, tasks.Task is asyncio.Task, ex.CancelledError is asyncio.CancelledError, Lock is asyncio.Lock)
async def m():
    await asyncio.sleep(0)
    return 5
print(asyncio.run(m()))
