package org.gilkit.runtime;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.gilkit.runtime.format.FormatException;
import org.gilkit.runtime.format.PercentArg;
import org.gilkit.runtime.format.PercentArgs;
import org.gilkit.runtime.format.PercentFormat;

/**
 * {@code bytes % args} and {@code bytearray % args} (PEP 461), on top of str's
 * {@link PercentFormat}: the format is read as Latin-1 text (one char per byte), {@code %s} and
 * {@code %b} take bytes-like objects (or {@code __bytes__}), {@code %r} and {@code %a} give
 * {@code ascii()}, numbers format as for str, and the result is encoded back to Latin-1. The
 * argument rules are CPython's: a tuple supplies positional arguments, any other object with
 * {@code __getitem__} that is not a tuple, str or bytes is a mapping (so {@code b'x' % []} is
 * {@code b'x'}), anything else is one argument. Wired in by {@link BytesMethods} ({@code __mod__}).
 */
final class BytesFormatting {
    private BytesFormatting() {}

    static byte[] percent(ThreadState ts, byte[] format, PyObject args) {
        PercentArgs pa;
        if (args instanceof PyTuple tuple) {
            List<PercentArg> items = new ArrayList<>();
            for (PyObject o : tuple.items) items.add(new Arg(ts, o));
            pa = PercentArgs.tuple(items);
        } else if (!(args instanceof PyStr) && !(args instanceof PyBytes) && args.type().lookup("__getitem__") != null) {
            pa = PercentArgs.mapping(new Arg(ts, args), key -> new Arg(ts, Ops.getItem(ts, args,
                    new PyBytes(key.getBytes(StandardCharsets.ISO_8859_1)))));
        } else {
            pa = PercentArgs.single(new Arg(ts, args));
        }
        String out;
        try {
            out = PercentFormat.format(bAsS(new String(format, StandardCharsets.ISO_8859_1)), pa);
        } catch (FormatException e) {
            throw Errors.of(Formatting.convert(e).value().type(), e.getMessage().replace("string formatting", "bytes formatting"));
        }
        for (int i = 0; i < out.length(); i++) {
            if (out.charAt(i) > 0xff) throw Errors.overflowError("%c arg not in range(256)");
        }
        return out.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** {@code %b} is bytes formatting's {@code %s}: rewrite its type character (after key, flags, width, precision). */
    private static String bAsS(String f) {
        if (f.indexOf('b') < 0) return f;
        StringBuilder sb = new StringBuilder(f);
        int i = 0;
        while ((i = f.indexOf('%', i)) >= 0 && ++i < f.length()) {
            if (f.charAt(i) == '%') {
                i++;
                continue;
            }
            if (f.charAt(i) == '(') {
                int depth = 1;
                while (++i < f.length() && depth > 0) depth += f.charAt(i) == '(' ? 1 : f.charAt(i) == ')' ? -1 : 0;
            }
            while (i < f.length() && "-+ #0123456789.*hlL".indexOf(f.charAt(i)) >= 0) i++;
            if (i < f.length() && f.charAt(i) == 'b') sb.setCharAt(i, 's');
        }
        return sb.toString();
    }

    /** An argument seen through bytes formatting's conversions. */
    private static final class Arg implements PercentArg {
        private final ThreadState ts;
        private final PyObject obj;
        private final ObjectPercentArg plain;

        Arg(ThreadState ts, PyObject obj) {
            this.ts = ts;
            this.obj = obj;
            this.plain = new ObjectPercentArg(ts, obj);
        }

        @Override
        public String typeName() {
            return plain.typeName();
        }

        @Override
        public String str() {
            PyObject b = obj;
            if (!(b instanceof PyBytesLike) && Ops.lookupSpecial(obj, "__bytes__") != null) b = Ops.callMethod(ts, obj, "__bytes__");
            if (!(b instanceof PyBytesLike bl)) {
                throw Errors.typeError("%b requires a bytes-like object, or an object that implements __bytes__, not '"
                        + obj.type().name() + "'");
            }
            return new String(bl.bytes(), StandardCharsets.ISO_8859_1);
        }

        @Override
        public String repr() {
            return Ops.ascii(ts, obj);
        }

        @Override
        public java.math.BigInteger asIndex() {
            return plain.asIndex();
        }

        @Override
        public Double asFloat() {
            return plain.asFloat();
        }
    }
}
