package org.gilkit.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.gilkit.parser.Parser;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden test of {@link Disassembler}: {@code src/test/resources/dis/<name>.py} disassembles to
 * exactly {@code <name>.dis}. The expected listings were checked by hand against the compiler's
 * design (they cannot come from CPython, whose bytecode differs); a change to the instruction set
 * or the listing format shows up here as a diff to review.
 */
class DisassemblerTest {
    private static final Path DIR = Path.of("src/test/resources/dis");

    @TestFactory
    Stream<DynamicTest> listings() throws IOException {
        try (Stream<Path> s = Files.list(DIR)) {
            return s.filter(p -> p.toString().endsWith(".py")).sorted().toList().stream()
                    .map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> check(p)));
        }
    }

    private static void check(Path py) throws IOException {
        String name = py.getFileName().toString();
        String src = Files.readString(py);
        String got = Disassembler.disassemble(Compiler.compile(Parser.parse(src, name), name, src));
        Path expected = py.resolveSibling(name.replace(".py", ".dis"));
        if (!Files.exists(expected) && Boolean.getBoolean("gilkit.regenDis")) Files.writeString(expected, got);
        assertEquals(Files.readString(expected), got, name);
    }
}
