package org.gilkit.modules;

import java.util.Locale;
import org.gilkit.kernels.HashAlgorithm;
import org.gilkit.kernels.HashKernels;
import org.gilkit.runtime.ArgParser;
import org.gilkit.runtime.Errors;
import org.gilkit.runtime.Ops;
import org.gilkit.runtime.PyBuiltinFunction;
import org.gilkit.runtime.PyModule;
import org.gilkit.runtime.PyObject;
import org.gilkit.runtime.PySet;
import org.gilkit.runtime.PyStr;
import org.gilkit.runtime.ThreadState;

/**
 * The {@code hashlib} module over the C hash kernels: {@code md5}, {@code sha1}, {@code sha256}
 * constructors ({@code (string=b'', *, usedforsecurity=True)} as CPython 3.11's OpenSSL ones),
 * {@code new(name, data=b'', **kwargs)}, and {@code algorithms_guaranteed} /
 * {@code algorithms_available} (the three names: gilkit has no other hash). Objects are
 * {@link HashObject}s. Data is bytes, bytearray or an ndarray (off-heap, hashed in place);
 * large inputs release the GIL (policy auto, the kernels' thresholds), as CPython releases it
 * above 2 KiB.
 */
final class HashlibModule implements ModuleDef {
    private static final HashAlgorithm[] ALGORITHMS = {HashAlgorithm.MD5, HashAlgorithm.SHA1, HashAlgorithm.SHA256};
    private static final ArgParser NEW = new ArgParser("__hash_new", new String[] {"name", "data"}, 1, 2, 0);

    @Override
    public String name() {
        return "hashlib";
    }

    @Override
    public PyModule create(ThreadState ts) {
        PyModule m = Fn.module("hashlib", "hashlib module - A common interface to many hash functions.");
        for (HashAlgorithm alg : ALGORITHMS) m.put(alg.hashName(), constructor(alg));
        Fn.def(m, "new", (t, s, a, k) -> newHash(t, a, k));
        m.put("algorithms_guaranteed", names(ts));
        m.put("algorithms_available", names(ts));
        return m;
    }

    private static PySet names(ThreadState ts) {
        PySet s = new PySet(false);
        for (HashAlgorithm alg : ALGORITHMS) s.add(ts, new PyStr(alg.hashName()));
        return s;
    }

    /** {@code hashlib.sha256(string=b'', *, usedforsecurity=True)}. */
    private static PyBuiltinFunction constructor(HashAlgorithm alg) {
        String fname = "openssl_" + alg.hashName();
        ArgParser p = new ArgParser(fname, new String[] {"string", "usedforsecurity"}, 0, 1, 0);
        return new PyBuiltinFunction(alg.hashName(), (ts, s, a, k) -> make(ts, alg,
                a.length == 1 && (k == null || k.length == 0) ? a[0] : p.parse(a, k)[0])); // sha256(b): no parse array
    }

    /** A new hash object, fed {@code data} when given (null: nothing). */
    static HashObject make(ThreadState ts, HashAlgorithm alg, PyObject data) {
        if (data instanceof org.gilkit.runtime.PyBytes bytes) return new HashObject(alg, bytes.bytes()); // immutable: hashed lazily
        BufferArg b = data == null ? null : BufferArg.forHash(data);
        HashObject h = new HashObject(HashKernels.newHasher(alg, 0));
        if (b != null) h.update(ts, b);
        return h;
    }

    /** {@code new(name, data=b'', **kwargs)}: keywords other than data (usedforsecurity) are ignored. */
    private static PyObject newHash(ThreadState ts, PyObject[] a, String[] k) {
        int npos = ArgParser.npos(a, k);
        java.util.List<PyObject> args = new java.util.ArrayList<>(java.util.Arrays.asList(a).subList(0, npos));
        java.util.List<String> kw = new java.util.ArrayList<>();
        for (int i = 0; k != null && i < k.length; i++) {
            if (k[i].equals("name") || k[i].equals("data")) {
                args.add(a[npos + i]);
                kw.add(k[i]);
            }
        }
        if (args.isEmpty()) throw Errors.typeError("__hash_new() missing 1 required positional argument: 'name'");
        PyObject[] v = NEW.parse(args.toArray(new PyObject[0]), kw.toArray(new String[0]));
        // CPython first looks the name up in a dict of constructors: unhashable names fail there
        if (!(v[0] instanceof PyStr n)) {
            Ops.hash(ts, v[0]);
            throw Errors.typeError("name must be a string");
        }
        return make(ts, lookup(n.value()), v[1]);
    }

    private static HashAlgorithm lookup(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (HashAlgorithm alg : ALGORITHMS) if (alg.hashName().equals(lower)) return alg;
        throw Errors.valueError("unsupported hash type " + name);
    }
}
