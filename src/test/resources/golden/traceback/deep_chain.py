def a(n):
    if n == 0:
        raise ValueError("bottom")
    try:
        a(n - 1)
    except ValueError as e:
        raise TypeError("level %d" % n)

a(2)
