package org.gilkit.modules;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.gilkit.runtime.ArgParser;
import org.gilkit.runtime.Errors;
import org.gilkit.runtime.Ops;
import org.gilkit.runtime.PyBaseException;
import org.gilkit.runtime.PyDict;
import org.gilkit.runtime.PyException;
import org.gilkit.runtime.PyExc;
import org.gilkit.runtime.PyInt;
import org.gilkit.runtime.PyList;
import org.gilkit.runtime.PyModule;
import org.gilkit.runtime.PyNone;
import org.gilkit.runtime.PyObject;
import org.gilkit.runtime.PyStr;
import org.gilkit.runtime.PyTuple;
import org.gilkit.runtime.PyType;
import org.gilkit.runtime.ThreadState;

/**
 * {@code _regex}, the engine under {@code lib/re.py}: Python patterns translated by
 * {@link RegexTranslator} and run by java.util.regex. {@code compile(pattern, flags)} returns an
 * opaque compiled pattern ({@code groups}, {@code groupindex}, {@code flags} attributes);
 * {@code search(p, s, pos, endpos, mode)} (mode 0 search, 1 match, 2 fullmatch) returns the
 * flat tuple (start0, end0, start1, end1, ...) with -1 for groups that did not take part, or
 * None; {@code scan(p, s, pos, endpos)} lists the spans of all non-overlapping matches, empty
 * ones included exactly where Python 3.7+ finds them. Indexes are Python code-point indexes.
 * Errors are {@code re.error} ("msg at position N"); a pattern whose backtracking overflows
 * the Java stack raises RecursionError instead of crashing the JVM.
 */
final class RegexModule implements ModuleDef {
    /** {@code re.error}. */
    static final PyType ERROR = PyType.builtin("re", "error", new PyType[] {PyExc.Exception}, true);

    @Override
    public String name() {
        return "_regex";
    }

    @Override
    public PyModule create(ThreadState ts) {
        PyModule m = Fn.module("_regex", "java.util.regex behind Python's re.");
        m.put("error", ERROR);
        Fn.def(m, "compile", (t, s, a, k) -> {
            ArgParser.positional("compile", "compile", a, k, 2, 2);
            return compile(Ops.str(t, a[0]), (int) Ops.index(t, a[1]).asLong());
        });
        Fn.def(m, "search", (t, s, a, k) -> {
            ArgParser.positional("search", "search", a, k, 5, 5);
            return search(t, pattern(a[0]), text(a[1]), index(t, a[2]), index(t, a[3]), (int) index(t, a[4]));
        });
        Fn.def(m, "scan", (t, s, a, k) -> {
            ArgParser.positional("scan", "scan", a, k, 4, 4);
            return scan(t, pattern(a[0]), text(a[1]), index(t, a[2]), index(t, a[3]));
        });
        return m;
    }

    private static long index(ThreadState ts, PyObject o) {
        return Ops.index(ts, o).asLong();
    }

    private static CompiledPattern pattern(PyObject o) {
        if (o instanceof CompiledPattern p) return p;
        throw Errors.typeError("expected a compiled pattern");
    }

    private static String text(PyObject o) {
        if (o instanceof PyStr s) return s.value();
        throw Errors.typeError("expected string or bytes-like object, got '" + o.type().name() + "'");
    }

    static PyException error(String msg, int pos) {
        String text = pos >= 0 ? msg + " at position " + pos : msg;
        PyBaseException e = PyBaseException.create(ERROR, new PyObject[] {new PyStr(text)});
        e.dict().putStr("msg", new PyStr(msg));
        e.dict().putStr("pos", pos >= 0 ? PyInt.of(pos) : PyNone.NONE);
        return new PyException(e);
    }

    private static CompiledPattern compile(String source, int flags) {
        RegexTranslator t;
        try {
            t = RegexTranslator.translate(source, flags);
        } catch (RegexTranslator.RegexError e) {
            throw error(e.getMessage(), e.pos);
        }
        int jf = Pattern.UNIX_LINES;
        if ((t.flags & RegexTranslator.IGNORECASE) != 0) jf |= Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        if ((t.flags & RegexTranslator.MULTILINE) != 0) jf |= Pattern.MULTILINE;
        if ((t.flags & RegexTranslator.DOTALL) != 0) jf |= Pattern.DOTALL;
        if ((t.flags & RegexTranslator.ASCII) == 0) jf |= Pattern.UNICODE_CHARACTER_CLASS;
        try {
            return new CompiledPattern(Pattern.compile(t.javaPattern(), jf), t.groupCount(), t.names, t.flags);
        } catch (PatternSyntaxException e) {
            throw error(e.getDescription() + " (in the translated pattern)", -1);
        } catch (StackOverflowError e) {
            throw Errors.recursionError("maximum recursion depth exceeded while compiling a regular expression");
        }
    }

    /** A Matcher over s[:endpos] looking from pos, with Python's anchoring rules. */
    private static Matcher matcher(CompiledPattern p, String s, long pos, long endpos, Indexes ix) {
        int n = ix.length();
        int end = (int) Math.max(0, Math.min(endpos, n));
        int start = (int) Math.max(0, Math.min(pos, n));
        Matcher m = p.pattern.matcher(s.substring(0, ix.toJava(end)));
        m.region(Math.min(ix.toJava(start), ix.toJava(end)), ix.toJava(end));
        m.useAnchoringBounds(false);
        m.useTransparentBounds(true);
        return m;
    }

    private static PyObject search(ThreadState ts, CompiledPattern p, String s, long pos, long endpos, int mode) {
        Indexes ix = new Indexes(s);
        Matcher m = matcher(p, s, pos, endpos, ix);
        try {
            boolean found = mode == 0 ? m.find() : mode == 1 ? m.lookingAt() : m.matches();
            return found ? spans(m, p.groups, ix) : PyNone.NONE;
        } catch (StackOverflowError e) {
            throw tooDeep();
        }
    }

    private static PyObject scan(ThreadState ts, CompiledPattern p, String s, long pos, long endpos) {
        Indexes ix = new Indexes(s);
        Matcher m = matcher(p, s, pos, endpos, ix);
        PyList out = new PyList();
        try {
            while (m.find()) out.append(spans(m, p.groups, ix));
        } catch (StackOverflowError e) {
            throw tooDeep();
        }
        return out;
    }

    private static PyException tooDeep() {
        return Errors.recursionError("maximum recursion depth exceeded in regular expression matching"
                + " (java.util.regex backtracks recursively)");
    }

    private static PyTuple spans(Matcher m, int groups, Indexes ix) {
        PyObject[] out = new PyObject[2 * (groups + 1)];
        for (int g = 0; g <= groups; g++) {
            int st = m.start(g);
            out[2 * g] = PyInt.of(st < 0 ? -1 : ix.toPython(st));
            out[2 * g + 1] = PyInt.of(st < 0 ? -1 : ix.toPython(m.end(g)));
        }
        return PyTuple.of(out);
    }

    /** Maps Python code-point indexes to Java UTF-16 indexes (identity without surrogates). */
    private static final class Indexes {
        private final String s;
        private final boolean simple;

        Indexes(String s) {
            this.s = s;
            this.simple = s.codePointCount(0, s.length()) == s.length();
        }

        int length() {
            return simple ? s.length() : s.codePointCount(0, s.length());
        }

        int toJava(int cp) {
            return simple ? cp : s.offsetByCodePoints(0, cp);
        }

        int toPython(int j) {
            return simple ? j : s.codePointCount(0, j);
        }
    }

    /** A compiled pattern as Python sees it from re.py. */
    static final class CompiledPattern extends PyObject {
        static final PyType TYPE = PyType.builtin("_regex", "CompiledPattern", new PyType[] {PyType.OBJECT}, false);

        static {
            TYPE.define("groups", new org.gilkit.runtime.PyGetSet(TYPE, "groups",
                    (ts, s) -> PyInt.of(((CompiledPattern) s).groups), null));
            TYPE.define("flags", new org.gilkit.runtime.PyGetSet(TYPE, "flags",
                    (ts, s) -> PyInt.of(((CompiledPattern) s).flags), null));
            TYPE.define("groupindex", new org.gilkit.runtime.PyGetSet(TYPE, "groupindex", (ts, s) -> {
                PyDict d = new PyDict();
                for (Map.Entry<String, Integer> e : ((CompiledPattern) s).names.entrySet()) {
                    d.putStr(e.getKey(), PyInt.of(e.getValue()));
                }
                return d;
            }, null));
        }

        final Pattern pattern;
        final int groups;
        final Map<String, Integer> names;
        final int flags;

        CompiledPattern(Pattern pattern, int groups, Map<String, Integer> names, int flags) {
            this.pattern = pattern;
            this.groups = groups;
            this.names = names;
            this.flags = flags;
        }

        @Override
        public PyType type() {
            return TYPE;
        }
    }
}
