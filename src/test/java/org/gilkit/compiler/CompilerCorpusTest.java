package org.gilkit.compiler;

import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.gilkit.parser.Parser;
import org.gilkit.parser.SyntaxErrorException;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Compiles every Python program in the test resources (the parser's corpus and the golden
 * programs) and checks the bytecode with {@link StackVerifier}: consistent stack depths on every
 * path, handler depths that fit, operands inside their tables.
 */
class CompilerCorpusTest {
    @TestFactory
    Stream<DynamicTest> everyProgramVerifies() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(Path.of("src/test/resources"))) {
            files = s.filter(p -> p.toString().endsWith(".py")).filter(p -> !p.toString().contains("/bad/"))
                    .sorted().toList();
        }
        return files.stream().map(p -> DynamicTest.dynamicTest(p.toString(), () -> verify(p)));
    }

    private static void verify(Path p) throws IOException {
        byte[] data = Files.readAllBytes(p); // decoded as a script file is (coding cookies, bad bytes)
        Code c;
        try {
            c = Compiler.compile(Parser.parseBytes(data, p.toString()), p.toString(),
                    new String(data, java.nio.charset.StandardCharsets.UTF_8));
        } catch (SyntaxErrorException e) {
            return; // programs that test compile-time errors
        }
        assertNull(StackVerifier.verify(c), p.toString());
    }
}
