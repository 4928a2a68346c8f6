if x:
b = 1
