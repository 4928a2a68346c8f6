f(a, b c d
y = 2
