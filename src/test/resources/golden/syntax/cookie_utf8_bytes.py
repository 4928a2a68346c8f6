# coding: utf-8
s = b"café"
print(s)
