z = [i for iin range(10) if i % 2]
