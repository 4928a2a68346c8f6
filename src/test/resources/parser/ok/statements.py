import os
import os.path
import sys as system, re
from collections import OrderedDict
from collections import (deque,
                         defaultdict as dd,)
from . import sibling
from .. import parent
from .mod import name
from ...pkg.sub import thing as other
from os import *
x = 1
x = y = z = 2
a, b = 1, 2
(a, b) = [c, d] = e
[a, *b] = c
a, *b, c = d
*a, b = c
a.b = 1
a[0] = 1
a[1:2] = b
x += 1; x -= 1; x *= 2; x /= 2; x //= 2; x %= 2; x **= 2; x @= m
x <<= 1; x >>= 1; x &= 1; x |= 1; x ^= 1
a.b += 1
a[0] += 1
x: int
x: int = 5
a.b: str = "s"
a[0]: int
(x): int = 1
del x
del x, y
del a.b, a[0], (c, d), [e]
del (x)
pass
assert x
assert x, "message"
global g1, g2
if x:
    pass
elif y:
    pass
elif z:
    pass
else:
    pass
while x:
    break
else:
    continue
for i in range(10):
    pass
else:
    pass
for a, b in pairs: pass
for (a, b), c in items:
    pass
for x, in y: pass
try:
    pass
except ValueError:
    pass
except (TypeError, KeyError) as e:
    pass
except:
    pass
else:
    pass
finally:
    pass
try:
    pass
finally:
    pass
raise
raise ValueError
raise ValueError("x") from None
raise ValueError from e
with open(f) as fh:
    pass
with a as b, c as d, e:
    pass
with (a as b, c as d):
    pass
with (a, b):
    pass
with (a, b) as c:
    pass
with (open(f)) as g:
    pass
with a as (b, c):
    pass
x = yield
if x: pass
if x: a = 1; b = 2
while 1: pass
