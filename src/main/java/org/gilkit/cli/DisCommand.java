package org.gilkit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.gilkit.compiler.Compiler;
import org.gilkit.compiler.Disassembler;
import org.gilkit.parser.Parser;
import org.gilkit.parser.SyntaxErrorException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gilkit dis script.py}: compiles a script and prints its bytecode with
 * {@link Disassembler} (the module, then every nested code object). A syntax error is printed as
 * CPython prints it, with exit status 1. Registered in {@link Main}.
 */
@Command(name = "dis", mixinStandardHelpOptions = true, description = "Prints the bytecode of a Python script.")
public final class DisCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCRIPT", description = "The Python file to disassemble.")
    Path script;

    @Override
    public Integer call() throws IOException {
        if (!Files.isReadable(script) || Files.isDirectory(script)) {
            spec.commandLine().getErr().println("gilkit: can't open file '" + script.toAbsolutePath()
                    + "': [Errno 2] No such file or directory");
            return 2;
        }
        String filename = script.toString();
        try {
            byte[] data = org.gilkit.parser.SourceFiles.read(script);
            String source = new String(data, java.nio.charset.StandardCharsets.UTF_8);
            PrintWriter out = spec.commandLine().getOut();
            out.print(Disassembler.disassemble(Compiler.compile(Parser.parseBytes(data, filename), filename, source)));
            out.flush();
            return 0;
        } catch (SyntaxErrorException e) {
            spec.commandLine().getErr().print(e.format());
            spec.commandLine().getErr().flush();
            return 1;
        }
    }
}
