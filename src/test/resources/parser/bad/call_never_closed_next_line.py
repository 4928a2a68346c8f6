print("hello"
print("world")
