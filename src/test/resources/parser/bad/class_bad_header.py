class C x:
    pass
