package org.gilkit.bench;

import java.util.concurrent.TimeUnit;
import org.gilkit.ast.Module;
import org.gilkit.lexer.Lexer;
import org.gilkit.lexer.TokenType;
import org.gilkit.parser.Parser;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * How long does it take to parse an ordinary program of {@code lines} lines?
 *
 * <p>{@code parse} is {@code Parser.parse} (tokens, AST, depth check, on its big-stack thread);
 * {@code tokenize} is the lexer alone, the baseline: the difference is the parser proper. The
 * program is a threading-tutorial style module (functions, classes, f-strings, comprehensions)
 * repeated to the wanted length. Expected: both linear in the size, a 10,000-line program well
 * under 100 ms warmed up (CPython's {@code ast.parse} takes about 60 ms for the same text on a
 * quiet machine). Report the two times and their ratio from one run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(3)
public class ParserBench {
    private static final String CHUNK = String.join("\n",
            "import threading",
            "from queue import Queue",
            "",
            "class Counter:",
            "    \"\"\"A counter guarded by a lock.\"\"\"",
            "    def __init__(self, start=0, *, name='c'):",
            "        self.value = start",
            "        self.lock = threading.Lock()",
            "",
            "    def add(self, n: int = 1) -> None:",
            "        with self.lock:",
            "            self.value += n",
            "",
            "def worker(counter, items, q=None):",
            "    total = sum(x * x for x in items if x % 2 == 0)",
            "    data = {k: v for k, v in enumerate(items)}",
            "    for i, item in enumerate(items):",
            "        if i > 10 and not item:",
            "            break",
            "        counter.add()",
            "    else:",
            "        print(f\"done {counter.value:>8} {total!r} {len(data)}\")",
            "    try:",
            "        q.put([i ** 2 for i in range(10)])",
            "    except (AttributeError, TypeError) as exc:",
            "        raise RuntimeError('no queue') from exc",
            "    return total",
            "",
            "");

    @Param({"10000"})
    public int lines;

    private String source;

    @Setup
    public void setup() {
        int chunkLines = CHUNK.split("\n", -1).length - 1;
        source = CHUNK.repeat(Math.max(1, lines / chunkLines));
    }

    @Benchmark
    public Module parse() {
        return Parser.parse(source, "bench.py");
    }

    @Benchmark
    public int tokenize() {
        Lexer lx = new Lexer(source);
        int n = 0;
        while (lx.next().type() != TokenType.ENDMARKER) {
            n++;
        }
        return n;
    }
}
