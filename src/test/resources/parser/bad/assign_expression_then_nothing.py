mid = (lo + hi) // 2=
