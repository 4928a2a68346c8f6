package org.gilkit.runtime;

import java.util.ArrayList;
import java.util.List;
import org.gilkit.runtime.format.FieldResolver;
import org.gilkit.runtime.format.FormatException;
import org.gilkit.runtime.format.FormatTemplate;
import org.gilkit.runtime.format.PercentArg;
import org.gilkit.runtime.format.PercentArgs;
import org.gilkit.runtime.format.PercentFormat;

/**
 * {@code str.format}, {@code str.format_map} and {@code str % args}: the parsing and layout are
 * org.gilkit.runtime.format's ({@link FormatTemplate}, {@link PercentFormat}); this class feeds
 * them Python objects (field lookup, attribute and item access, __format__) and converts their
 * errors into Python exceptions.
 */
final class StrFormatting {
    private StrFormatting() {}

    static PyObject format(ThreadState ts, PyStr fmt, PyObject[] args, String[] kwnames) {
        int npos = ArgParser.npos(args, kwnames);
        PyDict kw = new PyDict();
        for (int i = npos; i < args.length; i++) kw.put(ts, new PyStr(kwnames[i - npos]), args[i]);
        return render(ts, fmt, new Resolver(ts, java.util.Arrays.copyOf(args, npos), kw, false));
    }

    static PyObject formatMap(ThreadState ts, PyStr fmt, PyObject mapping) {
        return render(ts, fmt, new Resolver(ts, new PyObject[0], mapping, true));
    }

    private static PyObject render(ThreadState ts, PyStr fmt, Resolver r) {
        try {
            return new PyStr(FormatTemplate.parse(fmt.value).render(r));
        } catch (FormatException e) {
            throw Formatting.convert(e);
        }
    }

    /** str % args. */
    static PyObject percent(ThreadState ts, PyStr fmt, PyObject args) {
        PercentArgs pa;
        if (args instanceof PyTuple) {
            List<PercentArg> items = new ArrayList<>();
            for (PyObject o : ((PyTuple) args).items) items.add(new ObjectPercentArg(ts, o));
            pa = PercentArgs.tuple(items);
        } else if (!(args instanceof PyStr) && args.type().lookup("__getitem__") != null) {
            pa = PercentArgs.mapping(new ObjectPercentArg(ts, args),
                    key -> new ObjectPercentArg(ts, Ops.getItem(ts, args, new PyStr(key))));
        } else {
            pa = PercentArgs.single(new ObjectPercentArg(ts, args));
        }
        try {
            return new PyStr(PercentFormat.format(fmt.value, pa));
        } catch (FormatException e) {
            throw Formatting.convert(e);
        }
    }

    /** Field values for the template engine: positional args and keywords (or a mapping). */
    private static final class Resolver implements FieldResolver<PyObject> {
        private final ThreadState ts;
        private final PyObject[] positional;
        private final PyObject keywords;
        private final boolean isMap;

        Resolver(ThreadState ts, PyObject[] positional, PyObject keywords, boolean isMap) {
            this.ts = ts;
            this.positional = positional;
            this.keywords = keywords;
            this.isMap = isMap;
        }

        @Override
        public PyObject positional(long index) {
            if (isMap) throw FieldResolver.positionalFieldsError();
            return index < positional.length ? positional[(int) index] : null;
        }

        @Override
        public PyObject keyword(String name) {
            return Ops.getItem(ts, keywords, new PyStr(name));
        }

        @Override
        public PyObject attribute(PyObject obj, String name) {
            return Ops.getattr(ts, obj, name);
        }

        @Override
        public PyObject item(PyObject obj, String key) {
            return Ops.getItem(ts, obj, new PyStr(key));
        }

        @Override
        public PyObject item(PyObject obj, long index) {
            return Ops.getItem(ts, obj, PyInt.of(index));
        }

        @Override
        public String str(PyObject obj) {
            return Ops.str(ts, obj);
        }

        @Override
        public String repr(PyObject obj) {
            return Ops.repr(ts, obj);
        }

        @Override
        public String format(PyObject obj, String spec) {
            return Ops.format(ts, obj, spec);
        }
    }
}
