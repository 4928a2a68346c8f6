import logging, sys, threading, time
logging.warning("before config %s", 1)
logging.info("not shown")
log = logging.getLogger("app.sub")
log.warning("sub warning %d", 5)
print(logging.getLogger(), logging.getLogger("app"), log, log.parent, log.parent.parent)
print(logging.getLevelName(10), logging.getLevelName("INFO"), logging.getLevelName(15))
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("%(levelname)-8s %(name)s %(threadName)s %(funcName)s:%(lineno)d %(module)s %(filename)s - %(message)s"))
log.addHandler(h)
log.setLevel(logging.DEBUG)
def f():
    log.debug("debug from f %s", {"a": 1})
    log.info("dict args %(x)s", {"x": 42})
f()
t = threading.Thread(target=f, name="worker")
t.start(); t.join()
log.propagate = False
try:
    1 / 0
except ZeroDivisionError:
    old = h.setStream(sys.stderr)  # tracebacks go to stderr, where caret lines are optional
    log.exception("oops")
    print(h.setStream(old) is sys.stderr)
log.error("err", exc_info=False)
print(log.isEnabledFor(logging.DEBUG), log.getEffectiveLevel(), logging.getLogger("app").getEffectiveLevel())
a = logging.LoggerAdapter(log, {"k": 1})
a.info("adapter")
h2 = logging.StreamHandler(sys.stdout)
h2.setFormatter(logging.Formatter("{levelname}|{message}", style="{"))
lg2 = logging.getLogger("x"); lg2.addHandler(h2); lg2.propagate = False
lg2.warning("brace %s", "style")
lg2.log(logging.CRITICAL, "crit")
h3 = logging.StreamHandler(sys.stdout)
h3.setFormatter(logging.Formatter("$levelname ${name}: $message", style="$"))
lg3 = logging.getLogger("y"); lg3.addHandler(h3); lg3.propagate = False
lg3.error("dollar")
fmt = logging.Formatter("%(asctime)s %(message)s", datefmt="%Y")
r = logging.LogRecord("n", logging.INFO, "/a/b.py", 3, "m %s", ("z",), None)
s = fmt.format(r)
print(len(s.split()[0]), s.split()[1:], r.getMessage(), r.filename, r.module, r.levelname)
fmt2 = logging.Formatter("%(asctime)s|%(message)s")
s2 = fmt2.format(r)
print(len(s2.split("|")[0]), s2[4], s2[19])
print(repr(h), repr(logging.root.handlers), logging.root.level)
class F(logging.Filter):
    def filter(self, rec): return "keep" in rec.msg
h.addFilter(F())
log.info("drop this"); log.info("keep this")
h.addFilter(lambda r: False)
log.info("keep but lambda drops")
try:
    logging.basicConfig(bogus=1, force=True)
except ValueError as e:
    print(e)
try:
    log.setLevel("NOPE")
except ValueError as e:
    print(e)
logging.disable(logging.CRITICAL)
log.critical("disabled")
logging.disable(logging.NOTSET)
print(logging.getLogger("app.sub") is log, log.getChild("c").name, logging.getLogger("app").getChild("sub") is log)
lg4 = logging.getLogger("a.b.c"); lg5 = logging.getLogger("a")
print(lg4.parent.name, logging.getLogger("a.b").parent.name, lg4.parent.name)
logging.getLogger("nohandler").error("last resort %s", "msg")
logging.getLogger("nohandler").info("not shown")
