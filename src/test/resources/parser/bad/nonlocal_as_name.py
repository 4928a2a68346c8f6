nonlocal = 1
