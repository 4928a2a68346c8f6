package org.gilkit.vm;

import java.util.ArrayList;
import java.util.List;
import org.gilkit.ast.Expr;
import org.gilkit.ast.Module;
import org.gilkit.ast.Stmt;
import org.gilkit.compiler.Code;
import org.gilkit.compiler.CompileMode;
import org.gilkit.compiler.Compiler;
import org.gilkit.parser.Parser;
import org.gilkit.parser.SyntaxErrorException;
import org.gilkit.runtime.CodeRunner;
import org.gilkit.runtime.Errors;
import org.gilkit.runtime.PyDict;
import org.gilkit.runtime.PyException;
import org.gilkit.runtime.PyModule;
import org.gilkit.runtime.PyObject;
import org.gilkit.runtime.ThreadState;

/**
 * The VM side of {@code compile()}, {@code exec()} and {@code eval()} (installed with
 * {@code InterpreterState.setCodeRunner}): parses and compiles source in one of the three
 * {@link CompileMode}s, and runs a code object in a new frame whose globals and name space are
 * the given dicts, on the caller's thread and Java stack (as a nested call). The source of
 * {@code "<string>"} code is not registered for tracebacks: CPython shows no source line for it
 * either.
 */
final class DynamicCode implements CodeRunner {
    @Override
    public PyObject compile(ThreadState ts, String source, String filename, String mode) {
        try {
            return new PyCode(switch (mode) {
                case "eval" -> compileEval(ts, source, filename);
                case "single" -> compileModule(ts, source, filename, CompileMode.SINGLE);
                default -> compileModule(ts, source, filename, CompileMode.EXEC);
            });
        } catch (SyntaxErrorException e) {
            boolean exec = mode.equals("exec");
            throw new PyException(SyntaxErrors.toPython(locatedAtEnd(e, source, exec), source, exec));
        }
    }

    /**
     * An error on the last line of a string given to compile(), placed where CPython's string
     * tokenizer puts it (the parser places it as for a file):
     * <ul>
     * <li>"expected an indented block" at the end of the input: at the tokenizer's cursor, the
     *     length of the last line plus the newline that 'exec' mode adds (a file reports 0);
     * <li>in 'eval' and 'single' mode, an error at the newline CPython adds after a last line
     *     without one: that newline has column -1, so offset and end_offset are 0
     *     ({@code eval("1 +")}); in 'exec' mode and in files the newline is real (offset 4).
     * </ul>
     */
    private static SyntaxErrorException locatedAtEnd(SyntaxErrorException e, String source, boolean exec) {
        boolean newlineAtEnd = source.endsWith("\n");
        String body = newlineAtEnd ? source.substring(0, source.length() - 1) : source;
        int lastStart = body.lastIndexOf('\n') + 1;
        int lastLine = (int) body.chars().filter(c -> c == '\n').count() + 1;
        if (e.line() != lastLine) return e;
        if (e.kind().equals("IndentationError")) {
            if (e.offset() != 0 || !e.msg().startsWith("expected an indented")) return e;
            return e.withOffsets(body.length() - lastStart + (exec || newlineAtEnd ? 1 : 0), e.endOffset());
        }
        if (exec || newlineAtEnd || e.offset() <= 0) return e;
        String rest = body.substring(Math.min(body.length(), lastStart + e.offset() - 1));
        return rest.isBlank() || rest.stripLeading().startsWith("#") ? e.withOffsets(0, 0) : e;
    }

    private static Code compileEval(ThreadState ts, String source, String filename) {
        Expr e = Parser.parseExpression(source, filename);
        Module m = new Module(filename, List.of(new Stmt.ExprStmt(e.pos(), e)));
        return compiled(ts, m, filename, source, CompileMode.EVAL);
    }

    private static Code compileModule(ThreadState ts, String source, String filename, CompileMode mode) {
        Module m;
        try {
            m = Parser.parse(source, filename);
        } catch (SyntaxErrorException e) {
            if (mode == CompileMode.SINGLE) singleBeforeLaterError(e, source, filename);
            throw e;
        }
        if (mode == CompileMode.SINGLE) checkSingle(m, source, filename);
        return compiled(ts, m, filename, source, mode);
    }

    /**
     * CPython's 'single' mode stops after the first statement and rejects any code after it
     * ("multiple statements") before tokenizing that code: so when the lines before a syntax error
     * already hold a complete statement, that is the error reported.
     */
    private static void singleBeforeLaterError(SyntaxErrorException e, String source, String filename) {
        if (e.line() <= 1) return;
        int cut = 0; // the start of the error's line
        for (int i = 1; i < e.line(); i++) {
            int nl = source.indexOf('\n', cut);
            if (nl < 0) return;
            cut = nl + 1;
        }
        Module prefix;
        try {
            prefix = Parser.parse(source.substring(0, cut), filename);
        } catch (SyntaxErrorException notComplete) {
            return;
        }
        if (!prefix.body().isEmpty()) throw multipleStatements(prefix.body().get(0).pos().line(), source, filename);
    }

    /** Interactive input is one statement (several simple ones on one line count as one). */
    private static void checkSingle(Module m, String source, String filename) {
        List<Stmt> body = m.body();
        if (body.size() < 2 || body.get(1).pos().line() == body.get(0).pos().line()) return;
        throw multipleStatements(body.get(0).pos().line(), source, filename);
    }

    private static SyntaxErrorException multipleStatements(int line, String source, String filename) {
        String text = source.lines().skip(line - 1).findFirst().orElse("");
        return new SyntaxErrorException("SyntaxError", "multiple statements found while compiling a single statement",
                filename, line, text.length() + 1, line, text.length() + 1, text);
    }

    /** Compiles, printing the compiler's SyntaxWarnings on stderr as CPython does. */
    private static Code compiled(ThreadState ts, Module m, String filename, String source, CompileMode mode) {
        List<String> warnings = new ArrayList<>();
        Code code = Compiler.compile(m, filename, source, warnings, mode);
        for (String w : warnings) Interpreter.writeStderr(ts, w);
        return code;
    }

    /**
     * The builtins the code sees: globals' {@code __builtins__} when it is a dict or a module
     * (so {@code eval(expr, {"__builtins__": {}})} has none, as in CPython), else the
     * interpreter's.
     */
    private static PyDict builtins(ThreadState ts, PyDict globals) {
        PyObject b = globals.getStr("__builtins__");
        if (b instanceof PyDict d) return d;
        if (b instanceof PyModule m) return m.dict();
        return ts.interp().builtins();
    }

    @Override
    public boolean isCode(PyObject o) {
        return o instanceof PyCode;
    }

    @Override
    public PyObject run(ThreadState ts, PyObject code, PyDict globals, PyDict locals) {
        Code c = ((PyCode) code).code();
        if (c.freevars.length > 0) {
            throw Errors.typeError("code object passed to exec() may not contain free variables");
        }
        if (c.totalArgs() > 0 || c.isGenerator()) {
            throw Errors.typeError("gilkit cannot exec() the code of a function with parameters or a generator");
        }
        Frame f = new Frame(c, globals, builtins(ts, globals));
        if (c.hasFlag(Code.MODULE)) f.locals = locals;
        for (int i = 0; i < c.cellvars.length; i++) f.slots[c.varnames.length + i] = new Cell();
        return Eval.run(ts, f);
    }
}
