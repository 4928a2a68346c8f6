def f(lo=0, hi=Non e, *, key=None):
    pass
