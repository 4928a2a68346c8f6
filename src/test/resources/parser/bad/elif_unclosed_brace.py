if a:
    pass
elif b is not MIS{SING:
    pass
