package org.gilkit.runtime.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link FormatTemplate} against CPython's {@code str.format} and {@code str.format_map}, with a
 * tiny object model standing in for the interpreter's. The fixtures mirror ARGS and KWARGS in
 * {@code generate.py}.
 */
class StrFormatTest {
    /** A user class with attributes x and y and no __format__. */
    record Point(Object x, Object y) {
    }

    static final List<Object> ARGS = List.of(42L, 3.14159, "abc", List.of(10L, 20L, "x"),
            dict("k", "v", "n", 7L), new Point(1L, 2.5), None.NONE, true, -7L, "h\u00e9");
    static final Map<String, Object> KWARGS = dict("name", "World", "pi", 3.14159, "w", 10L, "p", 3L,
            "lst", List.of(1L, 2L, 3L), "d", dict("a", "A", "1", "one"), "pt", new Point(-3L, 0.5),
            "fill", "*", "big", BigInteger.TEN.pow(30), "neg", -0.0);

    /** Python's None. */
    enum None { NONE }

    @Test
    void parsesFieldsAndLiterals() {
        FormatTemplate t = FormatTemplate.parse("a{{{0.x[1]!r:>{w}}}}");
        assertEquals(3, t.parts().size());
        FormatTemplate.Field f = assertInstanceOf(FormatTemplate.Field.class, t.parts().get(1));
        assertEquals(0, f.name().index());
        assertEquals(List.of(new Accessor.Attribute("x"), new Accessor.Item("1", 1)), f.name().accessors());
        assertEquals('r', f.conversion());
        assertEquals(">{w}", f.rawSpec());
        assertEquals(new FormatTemplate.Literal("}"), t.parts().get(2));
    }

    @Test
    void matchesCPythonOnGoldenTable() {
        GoldenTable.check("strformat.tsv", 3000, row ->
                FormatTemplate.parse(row[1]).render(new Resolver(row[0].equals("map"))));
    }

    private static Map<String, Object> dict(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    /** Resolves fields against ARGS/KWARGS with Python's semantics for these few types. */
    private static final class Resolver implements FieldResolver<Object> {
        private final boolean formatMap;

        Resolver(boolean formatMap) {
            this.formatMap = formatMap;
        }

        @Override
        public Object positional(long index) {
            if (formatMap) {
                throw FieldResolver.positionalFieldsError();
            }
            return index < ARGS.size() ? ARGS.get((int) index) : null;
        }

        @Override
        public Object keyword(String name) {
            return getitem(KWARGS, name);
        }

        @Override
        public Object attribute(Object obj, String name) {
            if (obj instanceof Point p && (name.equals("x") || name.equals("y"))) {
                return name.equals("x") ? p.x() : p.y();
            }
            String type = typeName(obj);
            String what = obj instanceof Point ? "'Point' object" : "'" + type + "' object";
            throw new FormatException("AttributeError", what + " has no attribute '" + name + "'");
        }

        @Override
        public Object item(Object obj, String key) {
            if (obj instanceof Map<?, ?> m) {
                return getitem(m, key);
            }
            throw notSubscriptable(obj, "str");
        }

        @Override
        public Object item(Object obj, long index) {
            if (obj instanceof List<?> l) {
                if (index >= l.size()) {
                    throw new FormatException("IndexError", "list index out of range");
                }
                return l.get((int) index);
            }
            if (obj instanceof String s) {
                int[] cps = s.codePoints().toArray();
                if (index >= cps.length) {
                    throw new FormatException("IndexError", "string index out of range");
                }
                return new String(cps, (int) index, 1);
            }
            if (obj instanceof Map<?, ?>) {
                throw new FormatException("KeyError", Long.toString(index));
            }
            throw notSubscriptable(obj, "int");
        }

        private static FormatException notSubscriptable(Object obj, String keyType) {
            if (obj instanceof List || obj instanceof String) {
                String t = typeName(obj);
                return FormatException.typeError(t + " indices must be integers"
                        + (obj instanceof List ? " or slices" : "") + ", not " + keyType);
            }
            return FormatException.typeError("'" + typeName(obj) + "' object is not subscriptable");
        }

        private static Object getitem(Map<?, ?> m, String key) {
            Object v = m.get(key);
            if (v == null) {
                throw new FormatException("KeyError", StrRepr.repr(key));
            }
            return v;
        }

        @Override
        public String str(Object obj) {
            return Objects.str(obj);
        }

        @Override
        public String repr(Object obj) {
            return Objects.repr(obj);
        }

        @Override
        public String format(Object obj, String spec) {
            if (obj instanceof Boolean b) {
                return Format.ofBool(b, spec);
            }
            if (obj instanceof Long l) {
                return Format.ofInt(l, spec);
            }
            if (obj instanceof BigInteger b) {
                return Format.ofInt(b, spec);
            }
            if (obj instanceof Double d) {
                return Format.ofFloat(d, spec);
            }
            if (obj instanceof String s) {
                return Format.ofStr(s, spec);
            }
            return Format.ofObject(typeName(obj), Objects.str(obj), spec);
        }
    }

    static String typeName(Object obj) {
        if (obj instanceof Boolean) {
            return "bool";
        }
        if (obj instanceof Long || obj instanceof BigInteger) {
            return "int";
        }
        if (obj instanceof Double) {
            return "float";
        }
        if (obj instanceof String) {
            return "str";
        }
        if (obj instanceof List) {
            return "list";
        }
        if (obj instanceof Map) {
            return "dict";
        }
        if (obj instanceof Point) {
            return "Point";
        }
        return "NoneType";
    }

    /** str() and repr() of the fixture types. */
    static final class Objects {
        private Objects() {
        }

        static String str(Object obj) {
            if (obj instanceof String s) {
                return s;
            }
            if (obj instanceof Point p) {
                return "(" + str(p.x()) + ", " + str(p.y()) + ")";
            }
            return repr(obj);
        }

        static String repr(Object obj) {
            if (obj instanceof Boolean b) {
                return b ? "True" : "False";
            }
            if (obj instanceof Double d) {
                return FloatRepr.repr(d);
            }
            if (obj instanceof String s) {
                return StrRepr.repr(s);
            }
            if (obj instanceof List<?> l) {
                List<String> items = new ArrayList<>();
                l.forEach(x -> items.add(repr(x)));
                return "[" + String.join(", ", items) + "]";
            }
            if (obj instanceof Map<?, ?> m) {
                List<String> items = new ArrayList<>();
                m.forEach((k, v) -> items.add(repr(k) + ": " + repr(v)));
                return "{" + String.join(", ", items) + "}";
            }
            if (obj instanceof Point p) {
                return "Point(" + repr(p.x()) + ", " + repr(p.y()) + ")";
            }
            if (obj instanceof None) {
                return "None";
            }
            return obj.toString();
        }
    }
}
