class:
    pass
