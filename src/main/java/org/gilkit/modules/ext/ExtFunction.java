package org.gilkit.modules.ext;

import java.util.ArrayList;
import java.util.List;
import org.gilkit.kernels.ExtKernel;
import org.gilkit.kernels.ExtParam;
import org.gilkit.kernels.NativeBuffer;
import org.gilkit.kernels.ReleasePolicy;
import org.gilkit.runtime.ArgParser;
import org.gilkit.runtime.Errors;
import org.gilkit.runtime.PyBuiltinFunction;
import org.gilkit.runtime.PyFloat;
import org.gilkit.runtime.PyInt;
import org.gilkit.runtime.PyList;
import org.gilkit.runtime.PyNone;
import org.gilkit.runtime.PyObject;
import org.gilkit.runtime.PyStr;
import org.gilkit.runtime.PyTuple;
import org.gilkit.runtime.ThreadState;

/**
 * One user kernel as a Python function, with the signature {@link ExtKernel#signature()} states:
 * {@code NAME(<IN, INOUT, INT and FLOAT parameters in schema order>, *, <OUT parameters>=None,
 * policy='auto')}. It converts the arguments ({@link ExtValues}), calls the kernel through
 * {@link ExtKernel#call} on the calling thread (which holds its GIL; the kernel releases it as
 * the policy says) and returns the OUT arrays: one value, a tuple of several, or None.
 *
 * <p>Errors: wrong argument counts, names or types are TypeErrors with CPython's texts; values
 * the schema refuses, and data the kernel rejects, are ValueErrors carrying the facade's message
 * ("mandelbrot(): parameter 'width' must be in [1, 16384], got 0"). A cancelled call (Ctrl-C)
 * propagates as the kernels' KernelCancelledException, which the VM turns into KeyboardInterrupt.
 */
final class ExtFunction {
    private final ExtKernel kernel;
    private final List<ExtParam> order;   // the Python parameter order (without policy)
    private final ArgParser parser;

    private ExtFunction(ExtKernel kernel) {
        this.kernel = kernel;
        List<ExtParam> positional = new ArrayList<>(), required = new ArrayList<>(), optional = new ArrayList<>();
        for (ExtParam p : kernel.params()) {
            if (p.kind() != ExtParam.Kind.OUT) positional.add(p);
            else if (p.isOptional()) optional.add(p);
            else required.add(p);
        }
        order = new ArrayList<>(positional);
        order.addAll(required);
        order.addAll(optional);
        String[] names = new String[order.size() + 1];
        for (int i = 0; i < order.size(); i++) names[i] = order.get(i).name();
        names[order.size()] = "policy";
        parser = new ArgParser(kernel.name(), names, positional.size() + required.size(), positional.size(), 0);
    }

    /** The Python function object for {@code kernel}. */
    static PyBuiltinFunction of(ExtKernel kernel) {
        ExtFunction f = new ExtFunction(kernel);
        return new PyBuiltinFunction(kernel.name(), (ts, self, args, kwnames) -> f.call(ts, args, kwnames));
    }

    private PyObject call(ThreadState ts, PyObject[] args, String[] kwnames) {
        PyObject[] values = parser.parse(args, kwnames);
        ReleasePolicy policy = policy(values[order.size()]);
        Object[] javaArgs = new Object[kernel.params().size()];
        List<NativeBuffer> staged = new ArrayList<>();
        try {
            for (int i = 0; i < order.size(); i++) {
                ExtParam p = order.get(i);
                javaArgs[p.index()] = convert(ts, p, values[i], staged);
            }
            List<NativeBuffer> outs = kernel.call(policy, javaArgs);
            return results(values, javaArgs, outs, staged);
        } catch (IllegalArgumentException e) {
            throw Errors.valueError(pythonMessage(e.getMessage()));
        } finally {
            for (NativeBuffer b : staged) b.close();
        }
    }

    private Object convert(ThreadState ts, ExtParam p, PyObject v, List<NativeBuffer> staged) {
        String f = kernel.name();
        switch (p.kind()) {
            case INT -> {
                if (!(v instanceof PyInt n)) throw ExtValues.wrongType(f, p, v, "int");
                return n.asLong();
            }
            case FLOAT -> {
                if (v instanceof PyFloat d) return d.value();
                if (v instanceof PyInt n) return n.asDouble();
                throw ExtValues.wrongType(f, p, v, "float");
            }
            default -> {
                if (v == null || v == PyNone.NONE) {
                    if (p.isOptional()) return null;
                    throw Errors.typeError(f + "() argument '" + p.name() + "' must be given, not None");
                }
                NativeBuffer shared = ExtValues.shared(ts, f, p, v);
                if (shared != null) return shared; // an ndarray: the kernel works on its memory
                NativeBuffer b = ExtValues.stage(f, p, v);
                staged.add(b);
                return b;
            }
        }
    }

    /**
     * Writes results back into the lists the caller passed (INOUT, and OUT given as a list) and
     * builds the return value from the OUT buffers: the given list, or a new list/bytes.
     */
    private PyObject results(PyObject[] values, Object[] javaArgs, List<NativeBuffer> outs, List<NativeBuffer> staged) {
        List<PyObject> result = new ArrayList<>();
        int next = 0;
        for (ExtParam p : kernel.params()) {
            if (!p.kind().isBuffer() || p.kind() == ExtParam.Kind.IN) continue;
            PyObject given = values[order.indexOf(p)];
            NativeBuffer b = p.kind() == ExtParam.Kind.OUT ? outs.get(next++) : (NativeBuffer) javaArgs[p.index()];
            if (given instanceof PyList l) ExtValues.writeBack(p, b, l);
            if (p.kind() != ExtParam.Kind.OUT) continue;
            if (given instanceof PyList || given instanceof org.gilkit.modules.NativeData) {
                result.add(given); // filled in place
            } else {
                staged.add(b); // allocated by the facade: closed with the staged inputs
                result.add(ExtValues.toPython(p, b));
            }
        }
        if (result.isEmpty()) return PyNone.NONE;
        return result.size() == 1 ? result.get(0) : PyTuple.of(result);
    }

    private ReleasePolicy policy(PyObject v) {
        if (v == null) return ReleasePolicy.AUTO;
        if (!(v instanceof PyStr s)) throw Errors.typeError(kernel.name() + "() argument 'policy' must be str, not " + v.type().name());
        return switch (s.value()) {
            case "auto" -> ReleasePolicy.AUTO;
            case "always" -> ReleasePolicy.ALWAYS;
            case "never" -> ReleasePolicy.NEVER;
            default -> throw Errors.valueError(kernel.name() + "(): policy must be 'auto', 'always' or 'never', not '" + s.value() + "'");
        };
    }

    /** "ext kernel 'NAME': what" becomes "NAME(): what". */
    private String pythonMessage(String m) {
        String prefix = "ext kernel '" + kernel.name() + "': ";
        return m != null && m.startsWith(prefix) ? kernel.name() + "(): " + m.substring(prefix.length()) : String.valueOf(m);
    }
}
