# -*- coding: utf-8 -*-
x = 1
s = "café"
print(s)
