def __init__((self, x=0.0)):
    pass
