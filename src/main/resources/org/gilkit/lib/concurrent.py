"""The concurrent package (gilkit): concurrent.futures lives in the jar as _concurrent_futures."""

__path__ = []

import sys as _sys
import _concurrent_futures as futures

_sys.modules['concurrent.futures'] = futures
# concurrent.futures.process, .thread and ._base are the same module (one file in the jar)
futures.process = futures.thread = futures._base = futures
for _name in ('process', 'thread', '_base'):
    _sys.modules['concurrent.futures.' + _name] = futures
del _name
