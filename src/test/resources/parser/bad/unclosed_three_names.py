x = (a b c
