d = {k: v for k inrange(8)}
