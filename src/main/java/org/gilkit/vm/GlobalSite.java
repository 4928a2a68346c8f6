package org.gilkit.vm;

import org.gilkit.runtime.PyDict;
import org.gilkit.runtime.PyObject;
import org.gilkit.runtime.PyStr;

/**
 * The inline cache of one LOAD_GLOBAL instruction (CPython 3.11's LOAD_GLOBAL_MODULE /
 * LOAD_GLOBAL_BUILTIN): where the name was found last time, as a position in the globals dict
 * or, when globals did not have it, in the builtins dict, together with the dicts'
 * {@link PyDict#layoutVersion layout versions} at that moment. While neither dict has gained or
 * lost a key since, the name still resolves to the same position, so a hit is two int compares
 * and an array read instead of one or two hash lookups (which were the largest cost of calling
 * a global function or {@code len}). Rebinding a global in place ({@code counter += 1} at module
 * level) keeps the position and is seen through it; any insertion or deletion misses once and
 * re-resolves.
 *
 * <p>Sites are immutable and replaced whole, kept in the code's shared cache array at the
 * instruction's operand offset, so frames of the same code on other threads only ever see a
 * complete site (under {@code --gil=off} a stale one misses, nothing worse).
 */
final class GlobalSite {
    private final PyDict globals;
    private final int globalsVersion;
    /** Position in globals, or -1 when the name came from builtins. */
    private final int globalsIndex;
    private final PyDict builtins;
    private final int builtinsVersion;
    private final int builtinsIndex;

    private GlobalSite(PyDict globals, int globalsIndex, PyDict builtins, int builtinsIndex) {
        this.globals = globals;
        this.globalsVersion = globals.layoutVersion();
        this.globalsIndex = globalsIndex;
        this.builtins = builtins;
        this.builtinsVersion = builtins.layoutVersion();
        this.builtinsIndex = builtinsIndex;
    }

    /** LOAD_GLOBAL {@code name} in {@code f}, through the site cached at {@code caches[site]}. */
    static PyObject load(Frame f, Object[] caches, int site, PyStr name) {
        if (caches[site] instanceof GlobalSite g) {
            PyObject v = g.lookup(f.globals, f.builtins);
            if (v != null) return v;
        }
        return resolve(f, caches, site, name);
    }

    /** The cached value, or null if this site no longer applies. */
    private PyObject lookup(PyDict g, PyDict b) {
        if (g != globals || g.layoutVersion() != globalsVersion) return null;
        if (globalsIndex >= 0) return g.valueAt(globalsIndex);
        if (b != builtins || b.layoutVersion() != builtinsVersion) return null;
        return b.valueAt(builtinsIndex);
    }

    /** The miss path: looks the name up and caches where it was found (NameError if nowhere). */
    private static PyObject resolve(Frame f, Object[] caches, int site, PyStr name) {
        int gi = f.globals.indexOf(null, name);
        if (gi >= 0) {
            caches[site] = new GlobalSite(f.globals, gi, f.builtins, -1);
            return f.globals.valueAt(gi);
        }
        int bi = f.builtins.indexOf(null, name);
        if (bi < 0) throw Instructions.notDefined(name);
        caches[site] = new GlobalSite(f.globals, -1, f.builtins, bi);
        return f.builtins.valueAt(bi);
    }
}
