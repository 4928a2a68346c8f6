x = a and
