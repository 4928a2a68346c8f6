x = [i for i in
y = 3
