# pathlib: pure path algebra and the file operations tutorials use (mkdir parents, glob/rglob, read/write_text), paths printed relative to a fresh temporary directory.
from pathlib import Path, PurePath, PurePosixPath, PosixPath
import os, tempfile
p = Path("a/b/../c.tar.gz")
print(p, repr(p), p.name, p.suffix, p.suffixes, p.stem, p.parent, list(p.parents), p.parts)
q = PurePath("/usr//local/./bin/")
print(q, repr(q), q.root, q.anchor, q.parts, q.is_absolute(), q.parent.parent, q / "python3", "x" / Path("y"))
print(Path("//a"), Path("///a"), Path(""), Path("."), Path("a", "/b", "c"), Path.cwd() == Path(os.getcwd()))
print(q.relative_to("/usr"), q.is_relative_to("/opt"), q.with_name("sbin"), p.with_suffix(".bz2"), p.with_stem("d"))
try:
    q.relative_to("/opt")
except ValueError as e:
    print(e)
for bad in (lambda: Path("/").with_name("x"), lambda: p.with_suffix("gz"), lambda: p.with_name("a/b")):
    try:
        bad()
    except ValueError as e:
        print(e)
print(Path("a/b.py").match("*.py"), Path("/a/b/c.py").match("b/*.py"), Path("/a/b/c.py").match("/*.py"), Path("a") < Path("b"), sorted([Path("b"), Path("a/c"), Path("a")]))
print(p.parents[0], p.parents[-1], len(p.parents), p.parents, Path("x") == PurePosixPath("x"), hash(Path("x")) == hash(PurePath("x")))
print(isinstance(Path("x"), PurePath), isinstance(Path("x"), PosixPath), type(PurePath("x")).__name__, Path("/a b").as_uri())
with tempfile.TemporaryDirectory() as d:
    root = Path(d)
    (root / "src" / "pkg").mkdir(parents=True)
    (root / "src" / "pkg").mkdir(parents=True, exist_ok=True)
    try:
        (root / "src").mkdir()
    except FileExistsError as e:
        print(type(e).__name__, e.strerror)
    for i, name in enumerate(["src/a.py", "src/pkg/b.py", "src/pkg/data.txt", "README.md", "src/.hidden.py"]):
        n = (root / name).write_text("x" * i)
        print(name, n)
    print((root / "src/pkg/b.py").read_text(), (root / "README.md").read_bytes(), (root / "README.md").stat().st_size)
    print(sorted(str(x.relative_to(root)) for x in root.iterdir()))
    print(sorted(str(x.relative_to(root)) for x in root.glob("*")))
    print(sorted(str(x.relative_to(root)) for x in root.glob("src/*.py")))
    print(sorted(str(x.relative_to(root)) for x in root.glob("**/*.py")))
    print(sorted(str(x.relative_to(root)) for x in root.rglob("*.txt")))
    print(sorted(str(x.relative_to(root)) for x in root.glob("**")))
    print((root / "README.md").exists(), (root / "nope").exists(), (root / "src").is_dir(), (root / "src").is_file())
    t = root / "new.txt"
    t.touch()
    print(t.exists(), t.stat().st_size, t.rename(root / "old.txt").name, t.exists())
    (root / "old.txt").unlink()
    (root / "old.txt").unlink(missing_ok=True)
    try:
        (root / "old.txt").unlink()
    except FileNotFoundError as e:
        print(type(e).__name__, e.strerror, Path(e.filename).name)
    with (root / "w.txt").open("w") as f:
        f.write("hello\n")
    with open(root / "w.txt") as f:
        print(f.read(), end="")
    print(os.path.join(root, "x") == str(root / "x"), os.path.exists(root / "w.txt"), os.path.basename(root / "w.txt"))
    try:
        (root / "w.txt").write_text(b"x")
    except TypeError as e:
        print(e)
