def f():
    async with m:
        pass
