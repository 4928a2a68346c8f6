# Real Python, "Async IO in Python: A Complete Walkthrough": countasync.py (the timing line left out).
import asyncio


async def count():
    print("One")
    await asyncio.sleep(0.2)
    print("Two")


async def main():
    await asyncio.gather(count(), count(), count())


if __name__ == "__main__":
    asyncio.run(main())
    print("main finished")
