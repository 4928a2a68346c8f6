def f() -> bool#:
    pass
