for t in threads: t.s{tart()
print(1)
