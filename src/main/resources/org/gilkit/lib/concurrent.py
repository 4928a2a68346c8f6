"""The concurrent package (gilkit): concurrent.futures lives in the jar as _concurrent_futures."""

__path__ = []

import sys as _sys
import _concurrent_futures as futures

_sys.modules['concurrent.futures'] = futures
