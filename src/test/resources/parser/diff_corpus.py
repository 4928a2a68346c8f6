#!/usr/bin/env python3
"""Differential test of gilkit's parser against CPython over any tree of .py files.

  python3 diff_corpus.py DIR [OUT]

Runs org.gilkit.parser.DumpTool (test classpath; build with `mvn -q test-compile` first) over
every .py under DIR, then compares each dump with CPython's ast.dump plus positions (the same
format as ok/*.pos). Prints one line per difference and a summary; files gilkit rejects are
counted by message. Not part of `mvn test`: it needs python3 and takes about a minute for the
13,000 files of a Python 3.11 installation (lib/python3.11).
"""
import collections
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import ast  # noqa: E402
from generate import dump_positions  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", "..", ".."))


def main():
    src = os.path.abspath(sys.argv[1])
    out = sys.argv[2] if len(sys.argv) > 2 else tempfile.mkdtemp(prefix="gilkit-diff-")
    files = []
    for d, _, names in os.walk(src):
        files += [os.path.join(d, n) for n in names if n.endswith(".py")]
    cp = os.path.join(ROOT, "target", "classes") + os.pathsep + os.path.join(ROOT, "target", "test-classes")
    for i in range(0, len(files), 2000):
        subprocess.run(["java", "-cp", cp, "org.gilkit.parser.DumpTool", out] + files[i:i + 2000], check=True)
    sys.setrecursionlimit(20000)
    same = differ = 0
    rejected = collections.Counter()
    for f in files:
        key = os.path.join(out, f.replace("/", "%"))
        data = open(f, "rb").read()
        try:
            want = dump_positions(ast.parse(data), data.split(b"\n"))
        except (SyntaxError, ValueError, RecursionError, MemoryError):
            continue
        if os.path.exists(key + ".err"):
            rejected[open(key + ".err").read().strip().splitlines()[-1]] += 1
            continue
        got = open(key + ".pos", encoding="utf-8").read().strip()
        if got == want:
            same += 1
            continue
        differ += 1
        n = min(len(got), len(want))
        i = next((k for k in range(n) if got[k] != want[k]), n)
        print(f"DIFF {f}\n  want ...{want[max(0, i - 80):i + 80]}\n   got ...{got[max(0, i - 80):i + 80]}")
    print(f"identical: {same}  different: {differ}  rejected by gilkit: {sum(rejected.values())}")
    for msg, count in rejected.most_common():
        print(f"  {count:6d}  {msg}")
    if len(sys.argv) <= 2:
        shutil.rmtree(out)


if __name__ == "__main__":
    main()
