# The traceback module: format_exc/print_exc/format_exception/extract_tb/format_stack.
import sys
import traceback


def inner():
    raise ValueError("bad value")


def outer():
    inner()


try:
    outer()
except ValueError:
    text = traceback.format_exc()
    print(text.splitlines()[0], text.splitlines()[-1], len(text.splitlines()))
    et, ev, tb = sys.exc_info()
    for fs in traceback.extract_tb(tb):
        print(fs.name, fs.lineno, fs.line, repr(fs)[:14])
    print(traceback.format_exception_only(et, ev))
    print("".join(traceback.format_tb(tb)).count("File"))
    traceback.print_exc()
    traceback.print_exception(ev)
try:
    try:
        {}["k"]
    except KeyError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    lines = traceback.format_exception(type(e), e, e.__traceback__)
    print(sum("direct cause" in l for l in lines), lines[-1], end="")
    print(traceback.format_exception(e, limit=1)[-1], end="")


def where():
    return traceback.extract_stack()


st = where()
print([f.name for f in st], traceback.format_stack()[-1].strip().startswith('File'))
print(traceback.format_exc())
