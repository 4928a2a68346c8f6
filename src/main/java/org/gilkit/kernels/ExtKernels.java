package org.gilkit.kernels;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gilkit.binding.GilkitNative;
import org.gilkit.binding.GilkitNative.Ext;

/**
 * The registry of user kernels: every {@code native/src/ext/NAME.c} built into libgilkit, read
 * once from C ({@code gilkit/ext.h}) and checked ({@link ExtSchemaCheck}); immutable afterwards,
 * since the table is fixed when the library is built. Adding a kernel needs no Java: write the C
 * file (see {@code gilkit new-kernel} and docs/extending.md), rebuild, and it is here.
 *
 * <p>Wired in: the {@code gilkit.ext} Python module builds one function per {@link #all()} entry;
 * tests and benchmarks look kernels up with {@link #get(String)}.
 */
public final class ExtKernels {
    /** GILKIT_EXT_MAX_PARAMS. */
    public static final int MAX_PARAMS = 16;

    private static final List<ExtKernel> ALL = load();

    private ExtKernels() {}

    /** Every registered kernel, in the registry's order (file-name order). */
    public static List<ExtKernel> all() {
        return ALL;
    }

    /** The kernel called {@code name}, if registered. */
    public static Optional<ExtKernel> find(String name) {
        return ALL.stream().filter(k -> k.name().equals(name)).findFirst();
    }

    /** The kernel called {@code name}. @throws IllegalArgumentException naming the registered kernels if none */
    public static ExtKernel get(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException("no user kernel named '" + name
                + "' (registered: " + String.join(", ", names()) + ")"));
    }

    /** The names of all registered kernels. */
    public static List<String> names() {
        return ALL.stream().map(ExtKernel::name).toList();
    }

    private static List<ExtKernel> load() {
        GilkitNative.load();
        List<ExtKernel> out = new ArrayList<>();
        for (int id = 0; id < Ext.gilkit_ext_count(); id++) out.add(kernel(id));
        return List.copyOf(out);
    }

    private static ExtKernel kernel(int id) {
        List<ExtParam> params = new ArrayList<>();
        for (int p = 0; p < Ext.gilkit_ext_param_count(id); p++) {
            int kind = Ext.gilkit_ext_param_kind(id, p), dtype = Ext.gilkit_ext_param_dtype(id, p);
            ExtParam.Kind[] kinds = ExtParam.Kind.values();
            ExtParam.Dtype[] dtypes = ExtParam.Dtype.values();
            params.add(new ExtParam(p, Ext.gilkit_ext_param_name(id, p),
                    kind >= 0 && kind < kinds.length ? kinds[kind] : null,
                    dtype >= 0 && dtype < dtypes.length ? dtypes[dtype] : null,
                    Ext.gilkit_ext_param_size(id, p), Ext.gilkit_ext_param_min(id, p), Ext.gilkit_ext_param_max(id, p),
                    Ext.gilkit_ext_param_doc(id, p)));
        }
        return new ExtKernel(id, Ext.gilkit_ext_name(id), Ext.gilkit_ext_doc(id), Ext.gilkit_ext_work_rule(id), params);
    }
}
