# fnmatch (CPython 3.11's translate, atomic groups included) and glob (recursive **, hidden files,
# root_dir, escape) on a fresh temporary tree.
import fnmatch
import glob
import os
import tempfile

for pat in ["*.txt", "a?[!b-d]*x*", "[]]", "[!]", "[a-c-e]", "**/*.py", "data[0-9][0-9].csv", "[z-a]", "*[&~|]*"]:
    print(repr(pat), fnmatch.translate(pat))
names = ["a.txt", "b.TXT", "data01.csv", "data1.csv", ".hidden.txt", "x]y", "c-d"]
print(fnmatch.filter(names, "*.txt"), fnmatch.filter(names, "data[0-9][0-9].csv"), fnmatch.filter(names, "*[]]*"))
print(fnmatch.fnmatch("A.TXT", "*.txt"), fnmatch.fnmatchcase("b.TXT", "*.TXT"), fnmatch.fnmatch("c-d", "[a-c]-?"))

with tempfile.TemporaryDirectory() as root:
    for name in ["a.py", "b.txt", ".h.py", "sub/c.py", "sub/deep/d.py", "sub/deep/e.txt", "other/f.py"]:
        path = os.path.join(root, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        open(path, "w").close()

    def rel(paths):
        return sorted(os.path.relpath(p, root) for p in paths)

    print(rel(glob.glob(os.path.join(root, "*.py"))))
    print(rel(glob.glob(os.path.join(root, "*", "*.py"))))
    print(rel(glob.glob(os.path.join(root, "**", "*.py"), recursive=True)))
    print(rel(glob.glob(os.path.join(root, "**", "*.py"))))
    print(rel(glob.glob(os.path.join(root, "**"), recursive=True)))
    print(rel(glob.glob(os.path.join(root, "*.py"), include_hidden=True)))
    print(sorted(glob.glob("**/*.txt", root_dir=root, recursive=True)))
    print(sorted(glob.iglob("s*/", root_dir=root)), glob.glob(os.path.join(root, "nope", "*")))
    print(glob.escape("a[1]*?.txt"), glob.has_magic("a*"), glob.has_magic("plain"))
