def value((self)):
    pass
