def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError("could not parse " + s) from e

def handler():
    try:
        1 / 0
    except ZeroDivisionError:
        parse("abc")

handler()
