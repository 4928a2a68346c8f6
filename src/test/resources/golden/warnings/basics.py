import warnings
def old():
    warnings.warn("old() is deprecated", DeprecationWarning, stacklevel=2)
    return 1
def f():
    warnings.warn("careful")
for i in range(3):
    f()
old()
warnings.warn("top level", RuntimeWarning)
warnings.warn(UserWarning("instance"))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    f(); f()
    old()
    print(len(w), [str(x.message) for x in w], w[2].category.__name__, w[0].lineno)
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    warnings.warn("silenced")
warnings.filterwarnings("error", category=RuntimeWarning)
try:
    warnings.warn("now an error", RuntimeWarning)
except RuntimeWarning as e:
    print("raised", e)
warnings.resetwarnings()
warnings.simplefilter("once")
for i in range(3):
    warnings.warn("once only")
print(warnings.formatwarning("m", UserWarning, "file.py", 10, "code()"), end="")
