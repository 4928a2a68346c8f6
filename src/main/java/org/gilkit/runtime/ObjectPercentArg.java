package org.gilkit.runtime;

import java.math.BigInteger;
import org.gilkit.runtime.format.PercentArg;

/** A Python object seen by org.gilkit.runtime.format.PercentFormat (the {@code %} operator). */
final class ObjectPercentArg implements PercentArg {
    private final ThreadState ts;
    private final PyObject obj;

    ObjectPercentArg(ThreadState ts, PyObject obj) {
        this.ts = ts;
        this.obj = obj;
    }

    @Override
    public String typeName() {
        return obj.type().name();
    }

    @Override
    public String str() {
        return Ops.str(ts, obj);
    }

    @Override
    public String repr() {
        return Ops.repr(ts, obj);
    }

    @Override
    public boolean isStr() {
        return obj instanceof PyStr;
    }

    @Override
    public BigInteger asIndex() {
        if (obj instanceof PyInt) return ((PyInt) obj).bigValue();
        if (obj.type().lookup("__index__") != null) return Ops.index(ts, obj).bigValue();
        return null;
    }

    @Override
    public Double asFloat() {
        if (obj instanceof PyFloat) return ((PyFloat) obj).value;
        if (!(obj instanceof PyInt) && obj.type().lookup("__float__") != null) return Ops.toDouble(ts, obj);
        return null;
    }
}
