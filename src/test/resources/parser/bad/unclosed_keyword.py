x = (def
y = 3
