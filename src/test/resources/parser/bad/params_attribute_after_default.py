def f(self,
      width=70,
      fix.endings=False,
      more=True):
    pass
