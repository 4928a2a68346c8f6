"""Disassembler of gilkit's bytecode, with the API of CPython's dis module: dis, disassemble,
distb, get_instructions, Instruction, Bytecode, code_info, show_code, findlinestarts.

gilkit compiles Python to its own instruction set (the OpCode table; `gilkit dis script.py`
prints the same listings), so the opcode names and offsets differ from CPython's. What the
listings teach is the same: `counter += 1` is a load, an add and a store, and another thread can
run between them (a check point or a switch of the GIL can come between any two instructions)."""

import collections
import sys
import types

import _dis

__all__ = ["code_info", "dis", "disassemble", "distb", "show_code", "get_instructions",
           "Instruction", "Bytecode", "findlinestarts"]

_have_code = (types.MethodType, types.FunctionType, types.CodeType, classmethod, staticmethod, type)

Instruction = collections.namedtuple(
    "Instruction", "opname opcode arg argval argrepr offset starts_line is_jump_target")
Instruction.__doc__ = "Details for a bytecode operation (gilkit's instruction set)"


def _unwrap(x):
    """The code object behind a method, function, generator or coroutine; x itself otherwise."""
    if hasattr(x, '__func__'):
        x = x.__func__
    for attr in ('__code__', 'gi_code', 'ag_code', 'cr_code'):
        if hasattr(x, attr):
            return getattr(x, attr)
    return x


def _get_code_object(x):
    """The code object of a function, method, generator, coroutine, code object or source string."""
    x = _unwrap(x)
    if isinstance(x, str):
        x = _try_compile(x, "<disassembly>")
    if isinstance(x, types.CodeType):
        return x
    raise TypeError("don't know how to disassemble %s objects" % type(x).__name__)


def _try_compile(source, name):
    try:
        return compile(source, name, 'eval')
    except SyntaxError:
        pass
    return compile(source, name, 'exec')


def dis(x=None, *, file=None, depth=None, show_caches=False, adaptive=False):
    """Disassemble classes, methods, functions, generators, code objects and source strings;
    with no argument, the last traceback."""
    if x is None:
        distb(file=file)
        return
    x = _unwrap(x)
    if isinstance(x, types.CodeType):
        _disassemble_recursive(x, file=file, depth=depth)
    elif hasattr(x, '__dict__'):  # a class or a module
        for name, x1 in sorted(x.__dict__.items()):
            if isinstance(x1, _have_code):
                print("Disassembly of %s:" % name, file=file)
                try:
                    dis(x1, file=file, depth=depth)
                except TypeError as msg:
                    print("Sorry:", msg, file=file)
                print(file=file)
    elif isinstance(x, str):
        _disassemble_recursive(_try_compile(x, "<dis>"), file=file, depth=depth)
    else:
        raise TypeError("don't know how to disassemble %s objects" % type(x).__name__)


def distb(tb=None, *, file=None, show_caches=False, adaptive=False):
    """Disassemble the code of the innermost frame of a traceback (default: the last one)."""
    if tb is None:
        try:
            tb = sys.last_traceback
        except AttributeError:
            raise RuntimeError("no last traceback to disassemble") from None
        while tb.tb_next:
            tb = tb.tb_next
    disassemble(tb.tb_frame.f_code, file=file)


def disassemble(co, lasti=-1, *, file=None, show_caches=False, adaptive=False):
    """Disassemble one code object (not the code objects nested in it)."""
    print(_dis.listing(co), end="", file=file)


def _disassemble_recursive(co, *, file=None, depth=None):
    disassemble(co, file=file)
    if depth is None or depth > 0:
        if depth is not None:
            depth = depth - 1
        for x in co.co_consts:
            if isinstance(x, types.CodeType):
                print(file=file)
                print("Disassembly of %r:" % (x,), file=file)
                _disassemble_recursive(x, file=file, depth=depth)


def _argval(co, kind, arg, argrepr):
    """The operand resolved, as CPython's Instruction.argval: the constant, the name, the jump
    target offset; otherwise what the listing shows (or the raw operand)."""
    if arg is None:
        return None
    if kind == "CONST":
        return co.co_consts[arg]
    if kind == "NAME":
        return co.co_names[arg]
    if kind == "LOCAL":
        return co.co_varnames[arg]
    if kind == "JUMP":
        return arg
    return argrepr if argrepr else arg


def get_instructions(x, *, first_line=None, show_caches=False, adaptive=False):
    """An iterator of Instruction tuples for the code of x (not of code objects nested in it)."""
    co = _get_code_object(x)
    shift = 0 if first_line is None else first_line - co.co_firstlineno
    for opname, opcode, arg, argrepr, offset, line, target, kind in _dis.instructions(co):
        if line is not None:
            line += shift
        yield Instruction(opname, opcode, arg, _argval(co, kind, arg, argrepr), argrepr, offset,
                          line, target)


def findlinestarts(code):
    """(offset, lineno) pairs where a new source line starts."""
    for i in get_instructions(code):
        if i.starts_line is not None:
            yield i.offset, i.starts_line


class Bytecode:
    """The bytecode of a function, method, code object or source string: iterate it for
    Instruction tuples; dis() returns the listing as a string."""

    def __init__(self, x, *, first_line=None, current_offset=None, show_caches=False, adaptive=False):
        self.codeobj = co = _get_code_object(x)
        self.first_line = co.co_firstlineno if first_line is None else first_line
        self._original_object = x
        self.current_offset = current_offset

    def __iter__(self):
        return get_instructions(self.codeobj, first_line=self.first_line)

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__, self._original_object)

    def info(self):
        return code_info(self.codeobj)

    def dis(self):
        return _dis.listing(self.codeobj)


_FLAG_NAMES = {1: "OPTIMIZED", 2: "NEWLOCALS", 4: "VARARGS", 8: "VARKEYWORDS", 16: "NESTED",
               32: "GENERATOR", 64: "NOFREE", 128: "COROUTINE", 256: "ITERABLE_COROUTINE",
               512: "ASYNC_GENERATOR"}


def pretty_flags(flags):
    names = []
    for i in range(32):
        flag = 1 << i
        if flags & flag:
            names.append(_FLAG_NAMES.get(flag, hex(flag)))
            flags ^= flag
            if not flags:
                break
    else:
        names.append(hex(flags))
    return ", ".join(names)


def code_info(x):
    """Formatted details of the code object of x, as CPython's code_info."""
    co = _get_code_object(x)
    lines = ["Name:              %s" % (co.co_name,),
             "Filename:          %s" % (co.co_filename,),
             "Argument count:    %s" % (co.co_argcount,),
             "Positional-only arguments: %s" % (co.co_posonlyargcount,),
             "Kw-only arguments: %s" % (co.co_kwonlyargcount,),
             "Number of locals:  %s" % (co.co_nlocals,),
             "Flags:             %s" % (pretty_flags(co.co_flags),)]
    if co.co_consts:
        lines.append("Constants:")
        for i_c in enumerate(co.co_consts):
            lines.append("%4d: %r" % i_c)
    for title, names in (("Names", co.co_names), ("Variable names", co.co_varnames),
                         ("Free variables", co.co_freevars), ("Cell variables", co.co_cellvars)):
        if names:
            lines.append(title + ":")
            for i_n in enumerate(names):
                lines.append("%4d: %s" % i_n)
    return "\n".join(lines)


def show_code(co, *, file=None):
    """Print details of methods, functions, or code to file (stdout by default)."""
    print(code_info(co), file=file)
