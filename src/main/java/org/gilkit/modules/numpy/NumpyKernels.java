package org.gilkit.modules.numpy;

import java.util.function.Supplier;
import org.gilkit.kernels.KernelCancelledException;
import org.gilkit.runtime.Errors;
import org.gilkit.runtime.PyBaseException;
import org.gilkit.runtime.PyExc;
import org.gilkit.runtime.PyException;
import org.gilkit.runtime.PyObject;
import org.gilkit.runtime.ThreadState;

/**
 * Runs an {@link org.gilkit.kernels.ArrayKernels} call for an ndarray operation, mapping the
 * facade's Java exceptions to Python ones (as org.gilkit.modules.KernelCalls does for hashlib):
 * a kernel cancelled by Ctrl-C is KeyboardInterrupt (the thread's cancel flag is cleared), and
 * an IllegalArgumentException / IndexOutOfBoundsException / IllegalStateException, which would
 * mean a validation this package missed, is a ValueError rather than a JVM crash.
 */
final class NumpyKernels {
    private NumpyKernels() {}

    static <T> T run(ThreadState ts, Supplier<T> call) {
        try {
            return call.get();
        } catch (KernelCancelledException e) {
            if (ts.gil() != null) ts.gil().setCancel(false);
            throw new PyException(PyBaseException.create(PyExc.KeyboardInterrupt, new PyObject[0]));
        } catch (IllegalArgumentException | IndexOutOfBoundsException | IllegalStateException e) {
            throw Errors.valueError(String.valueOf(e.getMessage()));
        }
    }

    static void runVoid(ThreadState ts, Runnable call) {
        run(ts, () -> {
            call.run();
            return null;
        });
    }
}
