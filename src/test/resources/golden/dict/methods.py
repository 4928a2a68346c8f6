d = {"b": 2, "a": 1}
d["c"] = 3; d["a"] = 10
print(d, len(d), d["a"], d.get("z"), d.get("z", 0), "a" in d, "z" not in d)
print(list(d.keys()), list(d.values()), list(d.items()), d.keys(), d.values(), d.items())
print(d.pop("b"), d.pop("zz", None), d.setdefault("e", 5), d.setdefault("a", 0), d)
print(d.popitem(), d, d.copy(), dict(d) == d, d is d.copy())
d.update({"x": 1}, y=2); d.update([("z", 3)]); print(d)
del d["x"]; print(d)
print(dict(a=1, b=2), dict([(1, 2), (3, 4)]), dict({1: 2}, c=3), dict.fromkeys("ab"), dict.fromkeys([1, 2], 0), dict(zip("ab", [1, 2])))
print({1: "a"} | {2: "b"}, {1: "a", 2: "b"} | {1: "z"})
e = {1: 1}; e |= {2: 2}; print(e)
counts = {}
for w in "the quick the lazy the end".split():
    counts[w] = counts.get(w, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: -kv[1]), max(counts, key=counts.get))
print({k: v * 2 for k, v in counts.items() if v > 0}, {x: x * x for x in range(4)})
nested = {"a": {"b": [1, 2]}}; print(nested["a"]["b"][1], nested)
r = {}; r["self"] = r; print(r)
print({1: 2} == {1: 2}, {1: 2} != {1: 3}, {1: 1, 2: 2} == {2: 2, 1: 1}, {True: "t", 1: "one", 1.0: "f"})
keys = {(1, 2): "tuple", 3.5: "float", None: "none", "s": "str", frozenset([1]): "fs"}; print(keys, keys[(1, 2)], keys[None])
for k in {"x": 1, "y": 2}: print(k, end=" ")
print()
for k, v in {"x": 1}.items(): print(k, v)
print(list(reversed({"a": 1, "b": 2})), list({"a": 1, "b": 2}.values())[::-1], len({}), bool({}), dict())
dk = {1: 1, 2: 2}.keys(); print(dk & {1}, dk | {3}, dk - {1}, 1 in dk, sorted(dk ^ {2, 3}))
for bad in [lambda: {}["k"], lambda: {}[[1]], lambda: {}.pop("x"), lambda: {}.popitem(), lambda: dict([1]), lambda: dict([(1, 2, 3)]), lambda: {1: 2}[(1,)], lambda: {1: 2} | [1], lambda: dict(1, 2), lambda: {}.get()]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
def mutate():
    d = {1: 1, 2: 2}
    for k in d:
        d[k + 10] = 0
try:
    mutate()
except RuntimeError as e:
    print("RuntimeError", e)
