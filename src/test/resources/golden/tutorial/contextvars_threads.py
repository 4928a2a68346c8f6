# contextvars as tutorials show it: a request id per worker thread, copy_context/run, tokens.
import contextvars
import threading
from concurrent.futures import ThreadPoolExecutor

request_id: contextvars.ContextVar[str] = contextvars.ContextVar("request_id", default="none")


def handle(n):
    token = request_id.set(f"req-{n}")
    try:
        return f"{n}:{request_id.get()}"
    finally:
        request_id.reset(token)


with ThreadPoolExecutor(3) as ex:
    print(sorted(ex.map(handle, range(5))))
print(request_id.get())
ctx = contextvars.copy_context()
request_id.set("main")
print(ctx.run(request_id.get), request_id.get())
print(request_id in ctx, len(ctx), request_id in contextvars.copy_context())
v = contextvars.ContextVar("v")
try:
    v.get()
except LookupError as e:
    print("LookupError", type(e).__name__, e.args[0] is v)
print(v.get(7), request_id.name)


def in_thread(out):
    out.append(request_id.get())


out = []
t = threading.Thread(target=in_thread, args=(out,))
t.start()
t.join()
print("a new thread starts empty:", out)
print(repr(request_id).startswith("<ContextVar name='request_id' default='none' at 0x"))

# Tokens
tok = v.set(1)
print(tok.var is v, tok.old_value is contextvars.Token.MISSING, repr(contextvars.Token.MISSING))
tok2 = v.set(2)
print(tok2.old_value, v.get())
v.reset(tok2)
print(v.get())
try:
    v.reset(tok2)
except RuntimeError as e:
    print("RuntimeError", "has already been used once" in str(e))
w = contextvars.ContextVar("w")
try:
    w.reset(tok)
except ValueError as e:
    print("ValueError", "was created by a different ContextVar" in str(e))


def reset_elsewhere():
    try:
        v.reset(tok)
    except ValueError as e:
        print("ValueError", "was created in a different Context" in str(e))


contextvars.Context().run(reset_elsewhere)
v.reset(tok)
print(v.get("gone"))

# run() isolates sets; a context cannot be entered twice
c = contextvars.Context()


def inner():
    v.set("inside")
    try:
        c.run(print, "nested")
    except RuntimeError as e:
        print("RuntimeError", "is already entered" in str(e))
    return v.get()


print(c.run(inner), v.get("outside"), c[v], c.get(v), list(c.keys()) == [v], list(c.values()))
try:
    c["x"]
except TypeError as e:
    print("TypeError", e)
print(ctx == ctx.copy(), contextvars.ContextVar[int] is contextvars.ContextVar)
