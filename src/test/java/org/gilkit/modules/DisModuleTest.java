package org.gilkit.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gilkit.compiler.Code;
import org.gilkit.compiler.Compiler;
import org.gilkit.compiler.Disassembler;
import org.gilkit.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * The dis module (lib/dis.py on {@link DisModule}) shows gilkit's real bytecode: the same listing
 * as `gilkit dis`, instructions that agree with it, CPython's API around them (classes, strings,
 * depth, Bytecode, get_instructions argval) and its errors. Expectations are gilkit's own
 * instruction set, so they come from the compiler here, not from CPython.
 */
class DisModuleTest {
    private static final String INC = "counter = 0\ndef inc():\n    global counter\n    counter += 1\n";

    @Test
    void disOfAFunctionIsTheCompilersListingOfItsCode() {
        String out = PyRun.ok(INC + "import dis\ndis.dis(inc)\n");
        Code module = Compiler.compile(Parser.parse(INC, "<string>"), "<string>", INC);
        Code inc = null;
        for (Object k : module.constants) {
            if (k instanceof Code c) inc = c;
        }
        assertEquals(Disassembler.disassembleOne(inc), out);
        assertTrue(out.matches("(?s)\\s*4\\s+0 LOAD_GLOBAL\\s+0 \\(counter\\).*INPLACE_ADD.*STORE_GLOBAL.*"), out);
    }

    @Test
    void instructionsAgreeWithTheListingAndResolveTheirOperands() {
        String out = PyRun.ok(INC + """
                import dis
                ins = list(dis.get_instructions(inc))
                print([i.opname for i in ins][:4])
                print(ins[0].argval, repr(ins[1].argval), ins[0].starts_line, ins[1].starts_line)
                print([i.offset for i in ins] == [i.offset for i in dis.Bytecode(inc)])
                print(dis.Bytecode(inc).dis() == dis._dis.listing(inc.__code__))
                print(list(dis.findlinestarts(inc.__code__)), inc.__code__.co_consts)
                """);
        assertEquals(List.of("['LOAD_GLOBAL', 'LOAD_CONST', 'INPLACE_ADD', 'STORE_GLOBAL']",
                "counter 1 4 None", "True", "True", "[(0, 4)] (1, None)"), out.lines().toList());
    }

    @Test
    void classesNestedCodeDepthAndSourceStrings() {
        String out = PyRun.ok("""
                import dis
                class A:
                    def m(self, x):
                        return [y * 2 for y in x]
                    size = 3
                dis.dis(A)
                print("--depth 0--")
                dis.dis(A.m, depth=0)
                print("--source--")
                dis.dis("a = b + 1")
                """);
        String[] parts = out.split("--depth 0--\n|--source--\n");
        assertTrue(parts[0].startsWith("Disassembly of m:\n"), parts[0]);
        assertTrue(parts[0].contains("Disassembly of <code object <listcomp> at 0x"), parts[0]);
        assertTrue(parts[0].contains("FOR_ITER"), parts[0]);
        assertTrue(!parts[0].contains("Disassembly of size"), parts[0]);
        assertTrue(!parts[1].contains("listcomp>:") && parts[1].contains("MAKE_FUNCTION"), parts[1]);
        assertTrue(parts[2].matches("(?s)\\s*1\\s+0 LOAD_NAME\\s+0 \\(b\\).*BINARY_ADD.*STORE_NAME\\s+1 \\(a\\).*"), parts[2]);
    }

    @Test
    void errorsAreCPythons() {
        String out = PyRun.ok("""
                import dis
                for bad in (3, None):
                    try:
                        dis.dis(bad)
                    except (TypeError, RuntimeError) as e:
                        print(type(e).__name__, e)
                """);
        assertEquals("TypeError don't know how to disassemble int objects\n"
                + "RuntimeError no last traceback to disassemble\n", out);
    }
}
