package org.gilkit.modules.ext;

import java.util.ArrayList;
import java.util.List;
import org.gilkit.kernels.ExtKernel;
import org.gilkit.kernels.ExtKernels;
import org.gilkit.runtime.PyModule;
import org.gilkit.runtime.PyObject;
import org.gilkit.runtime.PyStr;
import org.gilkit.runtime.PyTuple;

/**
 * The module {@code gilkit.ext}: every registered user kernel as a function (see
 * {@link ExtFunction} for the calling convention), {@code __all__} listing them, and a
 * {@code __doc__} with each kernel's help text. Stateless: kernels and their schemas are fixed
 * when libgilkit is built, so every interpreter gets an equal module.
 *
 * <p>Wired in: the interpreter's built-in module registry creates it on {@code import gilkit.ext}.
 */
public final class GilkitExtModule {
    /** The module's import name. */
    public static final String NAME = "gilkit.ext";

    private GilkitExtModule() {}

    /** A new module object holding one function per registered kernel. */
    public static PyModule create() {
        PyModule m = new PyModule(NAME);
        List<PyObject> names = new ArrayList<>();
        StringBuilder doc = new StringBuilder("User C kernels (native/src/ext/NAME.c; docs/extending.md).\n");
        for (ExtKernel k : ExtKernels.all()) {
            m.put(k.name(), ExtFunction.of(k));
            names.add(new PyStr(k.name()));
            doc.append("\n").append(k.help()).append("\n");
        }
        m.put("__all__", PyTuple.of(names));
        m.put("__doc__", new PyStr(doc.toString()));
        return m;
    }
}
