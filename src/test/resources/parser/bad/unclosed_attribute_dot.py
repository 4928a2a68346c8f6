x = (a.
b = 2
