import json
data = {"name": "Ada", "age": 36, "langs": ["en", "fr"], "ok": True, "none": None, "pi": 3.14159, "nested": {"a": [1, 2, {"b": []}], "e": {}}, "uni": "caf\u00e9 \U0001F600", "esc": "q\"\\\n\t\x01"}
print(json.dumps(data))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, ensure_ascii=False, separators=(",", ":")))
print(json.dumps([1, 2.5, 1e100, -0.0, float("inf"), (1, 2)], indent="\t"))
print(json.dumps({1: "a", 2.5: "b", True: "c", None: "d"}), json.dumps("x"), json.dumps(None), json.dumps([]), json.dumps({}, indent=2))
s = json.dumps(data, indent=4)
print(json.loads(s) == data, json.loads('{"a": [1, 2.5, -3e2, true, false, null, "x\\u00e9\\n\\ud83d\\ude00"]}'))
print(json.loads("[1, 2]", parse_int=float), json.loads('{"a": 1, "b": 2}', object_pairs_hook=list), json.loads(b'"bytes"'), json.loads("NaN") != json.loads("NaN"))
class Pt:
    def __init__(self, x, y): self.x, self.y = x, y
print(json.dumps(Pt(1, 2), default=lambda o: o.__dict__), json.loads('{"x": 1, "y": 2}', object_hook=lambda d: Pt(**d)).x)
for bad in ['', '[1,', '{"a" 1}', '{a: 1}', '[1 2]', '"abc', '[1,]', '{"a":1} x', 'tru', '"\\x"', '  ']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), "->", e, e.pos, e.lineno, e.colno)
for bad in [{(1, 2): 3}, Pt(1, 2), float("nan")]:
    try:
        json.dumps(bad, allow_nan=False)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
l = []; l.append(l)
try:
    json.dumps(l)
except ValueError as e:
    print(e)
print(json.dumps({"b": 1, "a": {"d": 2, "c": 3}}, sort_keys=True, indent=1))
