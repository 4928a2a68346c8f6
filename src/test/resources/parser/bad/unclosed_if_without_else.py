x = (1, 2 if
y = 3
