def f():
    ""Doc `x` here
    return 1

def g():
    """Doc"""
