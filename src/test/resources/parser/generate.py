#!/usr/bin/env python3
"""Regenerates the parser's golden expectations with CPython (run with python3 3.11).

  ok/NAME.py  -> ok/NAME.ast   ast.dump(ast.parse(source)) (default arguments)
              -> ok/NAME.pos   the same dump with "@lineno:col" after each positioned node's
                               name (col_offset converted from UTF-8 bytes to characters)
  bad/NAME.py -> bad/NAME.err  the exact stderr of `python3 NAME.py` run inside bad/ (with the
                               absolute directory CPython prints stripped, so it reads "NAME.py")

A bad/ program must fail in CPython's parser (ast.parse), or with the compiler's RecursionError
for nesting; nothing in bad/ is ever executed because compilation fails first (checked before the
run). Usage: python3 generate.py [ok|bad] ...  (default: both)
"""
import ast
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def gen_ok(d):
    # ast.parse/ast.dump recurse in Python; the limit/ programs nest 3000 deep.
    old = sys.getrecursionlimit()
    sys.setrecursionlimit(20000)
    try:
        _gen_ok(d)
    finally:
        sys.setrecursionlimit(old)


def _gen_ok(d):
    for name in sorted(os.listdir(d)):
        if not name.endswith(".py"):
            continue
        path = os.path.join(d, name)
        with open(path, "rb") as f:
            tree = ast.parse(f.read(), name)
        with open(path[:-3] + ".ast", "w", encoding="utf-8") as f:
            f.write(ast.dump(tree) + "\n")
        with open(path, "rb") as f:
            lines = f.read().split(b"\n")
        with open(path[:-3] + ".pos", "w", encoding="utf-8") as f:
            f.write(dump_positions(tree, lines) + "\n")


def dump_positions(node, lines):
    """ast.dump (3.11 rules: absent optional fields left out) plus Name@line:col tags."""
    if isinstance(node, list):
        return "[" + ", ".join(dump_positions(x, lines) for x in node) + "]"
    if not isinstance(node, ast.AST):
        return repr(node)
    args = []
    for name in node._fields:
        try:
            value = getattr(node, name)
        except AttributeError:
            continue
        if value is None and getattr(type(node), name, ...) is None:
            continue
        args.append("%s=%s" % (name, dump_positions(value, lines)))
    tag = type(node).__name__
    if "lineno" in node._attributes:
        line = lines[node.lineno - 1] if node.lineno <= len(lines) else b""
        if node.lineno == 1 and line.startswith(b"\xef\xbb\xbf"):
            line = line[3:]
        col = len(line[:node.col_offset].decode("utf-8", "replace"))
        tag += "@%d:%d" % (node.lineno, col)
    return "%s(%s)" % (tag, ", ".join(args))


def must_fail(path, name):
    data = open(path, "rb").read()
    try:
        ast.parse(data, name)
    except SyntaxError:
        return
    except (UnicodeDecodeError, ValueError, RecursionError, MemoryError):
        return
    try:
        compile(data, name, "exec")
    except RecursionError:
        return
    except SyntaxError as e:
        sys.exit(f"{name}: only the compiler rejects it ({e.msg}); not a parser case")
    sys.exit(f"{name}: is valid Python; refusing to run it")


def gen_bad(d):
    for name in sorted(os.listdir(d)):
        if not name.endswith(".py"):
            continue
        path = os.path.join(d, name)
        must_fail(path, name)
        r = subprocess.run([sys.executable, "-I", name], cwd=d, capture_output=True)
        if r.returncode != 1:
            sys.exit(f"{name}: exit status {r.returncode}")
        err = r.stderr.decode("utf-8", "replace").replace(os.path.join(os.path.realpath(d), ""), "")
        with open(path[:-3] + ".err", "w", encoding="utf-8") as f:
            f.write(err)


if __name__ == "__main__":
    which = sys.argv[1:] or ["ok", "bad"]
    if "ok" in which:
        gen_ok(os.path.join(HERE, "ok"))
    if "bad" in which:
        gen_bad(os.path.join(HERE, "bad"))
