print(f"a" x
y = 3
