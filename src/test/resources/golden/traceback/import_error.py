try:
    import _raises_on_import
except KeyError as e:
    print("caught during import:", repr(e))
import sys
print("_raises_on_import" in sys.modules)
try:
    import _bad_syntax
except SyntaxError as e:
    print("SyntaxError:", e.msg, e.lineno, e.offset, e.filename.endswith("_bad_syntax.py"), repr(e.text))
import _raises_on_import
