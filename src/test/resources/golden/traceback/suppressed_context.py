def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise LookupError("no key " + k) from None

lookup({}, "x")
