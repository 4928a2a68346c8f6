package org.gilkit.harden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.gilkit.gil.Gil;
import org.gilkit.gil.GilPolicy;
import org.gilkit.vm.Interpreter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Malformed source files through the {@code gilkit run} entry ({@link Interpreter#runFile}, the
 * bytes read from disk as the CLI does): invalid UTF-8, a BOM, NUL bytes, a 10**6-digit int
 * literal, 10,000 nested parentheses, deep indentation, a 100,000-term expression, a line of
 * 2 MB. Each gives CPython 3.11's error (text taken from python3 3.11.7 on the same bytes; caret
 * lines are optional) with exit status 1, or runs, and never a Java stack trace. Each run is
 * bounded by a {@link Watchdog}.
 */
class MalformedSourceTest {
    private static final Duration LIMIT = Duration.ofSeconds(120);

    @TempDir
    Path dir;

    private record Run(String out, String err, int rc) {}

    private Run run(String name, byte[] source) throws Exception {
        Path p = dir.resolve(name);
        Files.write(p, source);
        try (Watchdog dog = new Watchdog("malformed-" + name)) {
            return dog.call(name, LIMIT, () -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
                int rc = Interpreter.runFile(p, List.of(p.toString()), new Interpreter.Options(GilPolicy.NEW,
                        Gil.DEFAULT_SWITCH_INTERVAL_NANOS, new ByteArrayInputStream(new byte[0]), out, err));
                String e = err.toString(StandardCharsets.UTF_8).replace(dir + "/", "");
                assertFalse(e.contains("\tat ") || e.contains("Exception in thread") || e.contains("java."), e);
                return new Run(out.toString(StandardCharsets.UTF_8), e, rc);
            });
        }
    }

    private static byte[] bytes(String latin1) {
        return latin1.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String withoutCarets(String s) {
        return s.lines().filter(l -> !l.matches("\\s*[\\^~]+\\s*")).map(l -> l + "\n").reduce("", String::concat);
    }

    @Test
    void invalidUtf8IsCPythonsNonUtf8Error() throws Exception {
        Run r = run("bad.py", bytes("x = 1\nprint(\"caf\u00e9\")\n"));
        assertEquals(1, r.rc);
        assertEquals("SyntaxError: Non-UTF-8 code starting with '\\xe9' in file " + dir + "/bad.py on line 2, but no encoding"
                + " declared; see https://peps.python.org/pep-0263/ for details\n", r.err.replace("bad.py", dir + "/bad.py"));
    }

    @Test
    void aBomIsSkipped() throws Exception {
        Run r = run("bom.py", bytes("\u00ef\u00bb\u00bfprint('bom ok')\n"));
        assertEquals(0, r.rc, r.err);
        assertEquals("bom ok\n", r.out);
    }

    @Test
    void nulBytesNameTheirLine() throws Exception {
        Run r = run("nul.py", bytes("print(1)\nx = \"a\u0000b\"\n"));
        assertEquals(1, r.rc);
        assertEquals("  File \"nul.py\", line 2\n    x = \"a\nSyntaxError: source code cannot contain null bytes\n", r.err);
        assertEquals("", r.out, "nothing runs");
    }

    @Test
    void aMillionDigitIntLiteralIsASyntaxError() throws Exception {
        Run r = run("hugeint.py", ("x = " + "7".repeat(1_000_000) + "\nprint(x > 0)\n").getBytes(StandardCharsets.US_ASCII));
        assertEquals(1, r.rc);
        assertTrue(r.err.startsWith("  File \"hugeint.py\", line 1\n"), r.err.substring(0, 200));
        assertTrue(r.err.endsWith("SyntaxError: Exceeds the limit (4300 digits) for integer string conversion: value has 1000000"
                + " digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer"
                + " literals to avoid decimal conversion limits.\n"), r.err.substring(Math.max(0, r.err.length() - 300)));
    }

    @Test
    void tenThousandNestedParenthesesAreTooMany() throws Exception {
        Run r = run("deep.py", ("x = " + "(".repeat(10_000) + "1" + ")".repeat(10_000) + "\nprint(x)\n").getBytes(StandardCharsets.US_ASCII));
        assertEquals(1, r.rc);
        assertTrue(withoutCarets(r.err).endsWith("SyntaxError: too many nested parentheses\n"), r.err);
        assertTrue(r.err.startsWith("  File \"deep.py\", line 1\n"));
    }

    @Test
    void deepIndentationIsTooMany() throws Exception {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 120; i++) sb.append(" ".repeat(i)).append("if True:\n");
        sb.append(" ".repeat(120)).append("print(1)\n");
        Run r = run("deepif.py", sb.toString().getBytes(StandardCharsets.US_ASCII));
        assertEquals(1, r.rc);
        assertEquals("  File \"deepif.py\", line 101\n    if True:\nIndentationError: too many levels of indentation\n",
                withoutCarets(r.err));
    }

    @Test
    void aHundredThousandTermSumIsARecursionErrorNotAStackOverflow() throws Exception {
        Run r = run("deepadd.py", ("x = " + String.join("+", java.util.Collections.nCopies(100_000, "1")) + "\nprint(x)\n")
                .getBytes(StandardCharsets.US_ASCII));
        assertEquals(1, r.rc);
        assertEquals("RecursionError: maximum recursion depth exceeded during compilation\n", r.err.lines()
                .reduce((a, b) -> b).orElse("") + "\n");
    }

    @Test
    void aTwoMegabyteLineAndAFiveMegabyteLiteralRun() throws Exception {
        String src = "x = [" + String.join(",", java.util.Collections.nCopies(1_000_000, "1")) + "]\nprint(len(x))\n"
                + "s = '" + "a".repeat(5_000_000) + "'\nprint(len(s))\n";
        Run r = run("long.py", src.getBytes(StandardCharsets.US_ASCII));
        assertEquals(0, r.rc, r.err);
        assertEquals("1000000\n5000000\n", r.out);
    }
}
