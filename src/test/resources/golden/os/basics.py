# os: cpu_count, getpid, environ, urandom, getcwd, separators, os.path.
import os
import sys
import os.path
from os.path import join

print(isinstance(os.cpu_count(), int) and os.cpu_count() >= 1, isinstance(os.getpid(), int))
print(os.sep, repr(os.linesep), os.pathsep, os.curdir, os.pardir, os.name)
print(type(os.environ).__name__ in ("dict", "_Environ"), "PATH" in os.environ, os.environ.get("GILKIT_SURELY_UNSET", "dflt"))
print(os.getenv("GILKIT_SURELY_UNSET"), os.getenv("GILKIT_SURELY_UNSET", 5))
b = os.urandom(16)
print(type(b).__name__, len(b), len(os.urandom(0)))
try:
    os.urandom(-1)
except ValueError as e:
    print("ValueError:", e)
print(os.path.isabs(os.getcwd()), os.path is os.path, join is os.path.join)
print(join("a", "b", "c.txt"), join("/a/", "b"), join("a", "/b"), join("a", ""))
print(os.path.basename("/x/y/z.py"), os.path.dirname("/x/y/z.py"), os.path.split("/x/y/"), os.path.split("z"))
print(os.path.splitext("a/b.tar.gz"), os.path.splitext(".bashrc"), os.path.splitext("noext"))
print(os.path.normpath("/a/./b/../c//d/"), os.path.normpath(""), os.path.normpath("../x"))
print(os.path.exists("/"), os.path.isdir("/"), os.path.isfile("/"), os.path.exists("/surely/not/here"))
here = os.path.join(sys.path[0], "basics.py")
print(os.path.isabs(here), os.path.basename(here), os.path.exists(here), os.path.isfile(here))
print(os.path.commonprefix(["/usr/lib", "/usr/local"]), os.path.expanduser("x/~"))
