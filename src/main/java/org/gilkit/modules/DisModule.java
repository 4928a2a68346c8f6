package org.gilkit.modules;

import org.gilkit.compiler.Disassembler;
import org.gilkit.runtime.ArgParser;
import org.gilkit.runtime.Errors;
import org.gilkit.runtime.PyBool;
import org.gilkit.runtime.PyInt;
import org.gilkit.runtime.PyList;
import org.gilkit.runtime.PyModule;
import org.gilkit.runtime.PyNone;
import org.gilkit.runtime.PyObject;
import org.gilkit.runtime.PyStr;
import org.gilkit.runtime.PyTuple;
import org.gilkit.runtime.ThreadState;
import org.gilkit.vm.PyCode;

/**
 * {@code _dis}: what lib/dis.py needs from the compiler's {@link Disassembler}: {@code listing(code)}
 * (the text `gilkit dis` prints for one code object, nested code objects left to the caller) and
 * {@code instructions(code)} (one tuple per instruction: opname, opcode, arg, argrepr, offset,
 * starts_line, is_jump_target, operand kind: CONST, NAME, LOCAL, JUMP...). The bytecode is gilkit's own instruction set, not CPython's.
 */
final class DisModule implements ModuleDef {
    @Override
    public String name() {
        return "_dis";
    }

    @Override
    public PyModule create(ThreadState ts) {
        PyModule m = Fn.module("_dis", "gilkit's disassembler, for the dis module.");
        Fn.def(m, "listing", (t, s, a, k) -> new PyStr(Disassembler.disassembleOne(code("listing", a, k))));
        Fn.def(m, "instructions", (t, s, a, k) -> {
            PyList out = new PyList();
            for (Disassembler.Instruction i : Disassembler.instructions(code("instructions", a, k))) {
                out.append(PyTuple.of(new PyStr(i.opname()), PyInt.of(i.opcode()),
                        i.arg() == null ? PyNone.NONE : PyInt.of(i.arg()), new PyStr(i.argrepr()), PyInt.of(i.offset()),
                        i.line() > 0 ? PyInt.of(i.line()) : PyNone.NONE, PyBool.of(i.isJumpTarget()),
                        new PyStr(i.operand())));
            }
            return out;
        });
        return m;
    }

    private static org.gilkit.compiler.Code code(String fn, PyObject[] a, String[] k) {
        ArgParser.exactlyOne(fn, a, k);
        if (!(a[0] instanceof PyCode c)) throw Errors.typeError(fn + "() argument must be a code object, not "
                + a[0].type().name());
        return c.code();
    }
}
