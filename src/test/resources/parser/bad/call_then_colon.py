def__init__(self):
    pass
