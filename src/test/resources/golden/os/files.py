# os file-system calls, os.walk/scandir/stat, tempfile and shutil, as a "hash every file in a
# folder" tutorial uses them. Paths live in a fresh temporary directory; output names them
# relative to it so it is the same on every run.
import os
import shutil
import tempfile

with tempfile.TemporaryDirectory() as root:
    print(os.path.isdir(root), os.path.basename(root).startswith("tmp"))

    def rel(p):
        return os.path.relpath(p, root)

    def show(e):
        print(type(e).__name__, e.errno, e.strerror, rel(e.filename),
              None if e.filename2 is None else rel(e.filename2))

    os.mkdir(os.path.join(root, "a"))
    os.makedirs(os.path.join(root, "a", "b", "c"))
    os.makedirs(os.path.join(root, "a", "b"), exist_ok=True)
    for call in (lambda: os.mkdir(os.path.join(root, "a")),
                 lambda: os.makedirs(os.path.join(root, "a", "b")),
                 lambda: os.mkdir(os.path.join(root, "x", "y")),
                 lambda: os.rmdir(os.path.join(root, "a")),
                 lambda: os.remove(os.path.join(root, "a")),
                 lambda: os.remove(os.path.join(root, "nope")),
                 lambda: os.rename(os.path.join(root, "nope"), os.path.join(root, "other")),
                 lambda: os.stat(os.path.join(root, "nope"))):
        try:
            call()
        except OSError as e:
            show(e)

    for i, name in enumerate(["one.txt", "a/two.txt", "a/b/three.txt", "a/b/c/four.bin"]):
        with open(os.path.join(root, name), "w") as f:
            f.write("x" * (i + 1) * 10)
    st = os.stat(os.path.join(root, "a/two.txt"))
    print(type(st).__name__, len(st), st.st_size, st[6], st.st_mode & 0o170000 == 0o100000,
          type(st.st_mtime).__name__, st.st_mtime_ns // 10**9 == st[8],
          os.path.getsize(os.path.join(root, "a/two.txt")), os.path.getmtime(os.path.join(root, "a")) > 0)
    print(os.stat(root).st_mode & 0o170000 == 0o040000, os.path.islink(root))

    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        print(rel(dirpath), dirnames, sorted(filenames))
    print([rel(d) for d, _, _ in os.walk(root, topdown=False)])
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if d != "b"]   # pruning, as tutorials do
        print("pruned", rel(dirpath), sorted(filenames))
    with os.scandir(root) as it:
        entries = sorted(it, key=lambda e: e.name)
    print([(e.name, e.is_dir(), e.is_file(), e.stat().st_size if e.is_file() else None) for e in entries])
    print(repr(entries[0]), os.fspath(entries[0]) == os.path.join(root, "a"))
    print(list(os.walk(os.path.join(root, "nope"))))

    os.rename(os.path.join(root, "one.txt"), os.path.join(root, "uno.txt"))
    shutil.copy(os.path.join(root, "uno.txt"), os.path.join(root, "a"))
    shutil.copyfile(os.path.join(root, "uno.txt"), os.path.join(root, "copy.txt"))
    os.replace(os.path.join(root, "copy.txt"), os.path.join(root, "uno.txt"))
    print(sorted(os.listdir(root)), sorted(os.listdir(os.path.join(root, "a"))))
    print(rel(shutil.move(os.path.join(root, "uno.txt"), os.path.join(root, "a", "b"))))
    try:
        os.rmdir(os.path.join(root, "a", "b"))
    except OSError as e:
        show(e)
    shutil.rmtree(os.path.join(root, "a"))
    os.removedirs
    print(os.listdir(root))

    with tempfile.NamedTemporaryFile("w", suffix=".txt", dir=root, delete=False) as f:
        f.write("kept\n")
        name = f.name
    print(os.path.dirname(name) == root, name.endswith(".txt"), open(name).read(), end="")
    with tempfile.NamedTemporaryFile(dir=root) as f:
        f.write(b"gone")
        f.flush()
        print(os.path.exists(f.name), f.name != name)
    print(os.path.exists(f.name))
    d = tempfile.mkdtemp(prefix="work-", dir=root)
    print(os.path.basename(d).startswith("work-"), os.path.isdir(d))

print(os.path.exists(root))
try:
    os.fspath(3)
except TypeError as e:
    print(e)


class P:
    def __fspath__(self):
        return "/some/where"


print(os.fspath(P()), tempfile.gettempdir() == "/tmp" or bool(os.getenv("TMPDIR")))
