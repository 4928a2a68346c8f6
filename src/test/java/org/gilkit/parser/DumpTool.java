package org.gilkit.parser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.gilkit.ast.AstDump;

/**
 * Differential-testing helper (not a test): parses each file named on the command line and writes
 * {@code OUT/<path with / as %>.pos} (AstDump with positions) or {@code .err} (the SyntaxError
 * text) for {@code src/test/resources/parser/diff_corpus.py} to compare with CPython. Used to
 * check the parser over large bodies of real code, such as CPython's standard library.
 */
public final class DumpTool {
    private DumpTool() {}

    public static void main(String[] args) throws IOException {
        Path out = Paths.get(args[0]);
        Files.createDirectories(out);
        for (int i = 1; i < args.length; i++) {
            Path p = Paths.get(args[i]);
            String name = p.toString().replace('/', '%');
            try {
                String dump = AstDump.dumpWithPositions(Parser.parseFile(p));
                Files.writeString(out.resolve(name + ".pos"), dump + "\n");
            } catch (SyntaxErrorException e) {
                Files.writeString(out.resolve(name + ".err"), e.format());
            }
        }
    }
}
