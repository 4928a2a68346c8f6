#!/usr/bin/env python3
"""Regenerates the golden expectations from CPython (python3 3.11), never from gilkit.

For every program src/test/resources/golden/<area>/<name>.py (names starting with "_" are
support modules imported by programs, not programs) this runs `python3 <name>.py` in the
program's folder, with stdin from <name>.in when present, and writes:
  <name>.out  stdout (always written, possibly empty)
  <name>.err  stderr, only when not empty
  <name>.rc   the exit status, only when not 0
Absolute paths of the golden folder are replaced by "<golden>" so expectations do not depend on
the checkout's location. Each program runs twice; differing output is an error (expectations must
be deterministic). Usage: python3 regen.py [area-or-file ...]   (default: everything)
"""
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.abspath(__file__))
TIMEOUT = 120


def programs(selection):
    for dirpath, _, files in sorted(os.walk(ROOT)):
        for f in sorted(files):
            if not f.endswith(".py") or f.startswith("_") or dirpath == ROOT:
                continue
            path = os.path.join(dirpath, f)
            rel = os.path.relpath(path, ROOT)
            if selection and not any(rel == s or rel.startswith(s.rstrip("/") + "/") or rel[:-3] == s
                                     for s in selection):
                continue
            yield path


def run(path):
    folder, name = os.path.split(path)
    stdin_path = path[:-3] + ".in"
    stdin = open(stdin_path, "rb") if os.path.exists(stdin_path) else subprocess.DEVNULL
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONDONTWRITEBYTECODE="1", PYTHONIOENCODING="utf-8")
    try:
        p = subprocess.run([sys.executable, name], cwd=folder, stdin=stdin, capture_output=True,
                           timeout=TIMEOUT, env=env)
    finally:
        if stdin is not subprocess.DEVNULL:
            stdin.close()
    norm = lambda b: b.decode("utf-8").replace(folder + os.sep, "").replace(ROOT, "<golden>")
    return norm(p.stdout), norm(p.stderr), p.returncode


def write(path, text):
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(text)


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit("regen.py: expectations come from CPython 3.11, this is " + sys.version.split()[0])
    bad = 0
    for path in programs(sys.argv[1:]):
        first = run(path)
        if run(path) != first:
            print("NONDETERMINISTIC:", os.path.relpath(path, ROOT))
            bad += 1
            continue
        out, err, rc = first
        base = path[:-3]
        write(base + ".out", out)
        for ext, present, text in ((".err", err != "", err), (".rc", rc != 0, "%d\n" % rc)):
            if present:
                write(base + ext, text)
            elif os.path.exists(base + ext):
                os.remove(base + ext)
        print("%-50s rc=%d" % (os.path.relpath(path, ROOT), rc))
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
