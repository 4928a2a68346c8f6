package org.gilkit.modules;

import org.gilkit.modules.mp.ByteQueue;
import org.gilkit.modules.mp.ForkedChild;
import org.gilkit.modules.mp.Mode;
import org.gilkit.modules.mp.ObjectReader;
import org.gilkit.modules.mp.ObjectWriter;
import org.gilkit.modules.mp.Pickling;
import org.gilkit.modules.mp.SharedEvent;
import org.gilkit.modules.mp.SharedLock;
import org.gilkit.modules.mp.SharedMemory;
import org.gilkit.modules.mp.Transfer;
import org.gilkit.runtime.ArgParser;
import org.gilkit.runtime.Errors;
import org.gilkit.runtime.Ops;
import org.gilkit.runtime.PyBaseException;
import org.gilkit.runtime.PyBool;
import org.gilkit.runtime.PyBytes;
import org.gilkit.runtime.PyInt;
import org.gilkit.runtime.PyModule;
import org.gilkit.runtime.PyNone;
import org.gilkit.runtime.PyObject;
import org.gilkit.runtime.PyStr;
import org.gilkit.runtime.PyTuple;
import org.gilkit.runtime.ThreadState;
import org.gilkit.vm.ChildInterpreter;

/**
 * {@code _multiprocessing}: the Java half of the {@code multiprocessing} package (the Python half
 * is {@code /org/gilkit/lib/multiprocessing.py}); see {@code org.gilkit.modules.mp} for the design.
 * <ul>
 * <li>{@code fork(process)}: starts a fork child ({@link ForkedChild}) running
 *     {@code process._bootstrap()}; returns its Popen-like handle.</li>
 * <li>{@code spawn(process, main_path)}: the same in a new JVM ({@code org.gilkit.modules.mp.SpawnedChild}).</li>
 * <li>{@code dumps(obj)} / {@code loads(data)}: the pickle-like transfer format.</li>
 * <li>{@code ByteQueue(maxsize, kind)}, {@code SemLock(kind, value)}, {@code Event()},
 *     {@code pipe()} (the two {@code PipeHandle}s of a new pipe), {@code shm_open(name, create,
 *     size)} / {@code shm_unlink(name)} (multiprocessing.shared_memory's named blocks),
 *     {@code SharedMemory(typecode, n)}: the primitives shared between processes.</li>
 * <li>{@code process_info()}: None in the main process, else (pid, parent pid);
 *     {@code getpid()}; {@code terminating()}; {@code cpu_count()};
 *     {@code print_exc()}: the handled exception's traceback on sys.stderr.</li>
 * </ul>
 */
final class MultiprocessingModule implements ModuleDef {
    @Override
    public String name() {
        return "_multiprocessing";
    }

    @Override
    public PyModule create(ThreadState ts) {
        PyModule m = Fn.module("_multiprocessing", "gilkit: processes with their own interpreter and GIL.");
        Fn.def(m, "fork", (t, s, a, k) -> {
            ArgParser.positional("fork", "fork", a, k, 1, 1);
            return ForkedChild.start(t, a[0]);
        });
        Fn.def(m, "spawn", (t, s, a, k) -> {
            ArgParser.positional("spawn", "spawn", a, k, 2, 2);
            return org.gilkit.modules.mp.SpawnedChild.start(t, a[0], Ops.strArg("spawn", "main_path", a[1]));
        });
        Fn.def(m, "dumps", (t, s, a, k) -> {
            ArgParser.positional("dumps", "dumps", a, k, 1, 1);
            return new PyBytes(ObjectWriter.write(t, Mode.PICKLE, a[0]).data());
        });
        Fn.def(m, "loads", (t, s, a, k) -> {
            ArgParser.positional("loads", "loads", a, k, 1, 1);
            if (!(a[0] instanceof PyBytes b)) throw Errors.typeError("a bytes-like object is required, not '" + a[0].type().name() + "'");
            return ObjectReader.read(t, new Transfer(b.bytes(), java.util.List.of()));
        });
        defPrimitives(m);
        defProcessInfo(m);
        m.put("PickleError", Pickling.PICKLE_ERROR);
        m.put("PicklingError", Pickling.ERROR);
        m.put("UnpicklingError", Pickling.UNPICKLING_ERROR);
        return m;
    }

    private static void defPrimitives(PyModule m) {
        Fn.def(m, "ByteQueue", (t, s, a, k) -> {
            ArgParser.positional("ByteQueue", "ByteQueue", a, k, 2, 2);
            return new ByteQueue(Ops.index(t, a[0]).asInt(), Ops.strArg("ByteQueue", "kind", a[1]));
        });
        Fn.def(m, "SemLock", (t, s, a, k) -> {
            ArgParser.positional("SemLock", "SemLock", a, k, 2, 2);
            return new SharedLock(Ops.strArg("SemLock", "kind", a[0]), Ops.index(t, a[1]).asInt());
        });
        Fn.def(m, "shm_open", (t, s, a, k) -> {
            ArgParser.positional("shm_open", "shm_open", a, k, 3, 3);
            return SharedMemory.named(Ops.strArg("shm_open", "name", a[0]), Ops.isTrue(t, a[1]), Ops.index(t, a[2]).asLong());
        });
        Fn.def(m, "shm_unlink", (t, s, a, k) -> {
            ArgParser.positional("shm_unlink", "shm_unlink", a, k, 1, 1);
            SharedMemory.unlinkNamed(Ops.strArg("shm_unlink", "name", a[0]));
            return PyNone.NONE;
        });
        Fn.def(m, "pipe", (t, s, a, k) -> {
            ArgParser.noArgs("pipe", a, k);
            return org.gilkit.modules.mp.PipeHandle.pipe(t);
        });
        Fn.def(m, "Event", (t, s, a, k) -> {
            ArgParser.noArgs("Event", a, k);
            return new SharedEvent();
        });
        Fn.def(m, "SharedMemory", (t, s, a, k) -> {
            ArgParser.positional("SharedMemory", "SharedMemory", a, k, 2, 2);
            return SharedMemory.allocate(Ops.strArg("SharedMemory", "typecode", a[0]), Ops.index(t, a[1]).asInt());
        });
    }

    private static void defProcessInfo(PyModule m) {
        Fn.def(m, "process_info", (t, s, a, k) -> {
            ArgParser.noArgs("process_info", a, k);
            ForkedChild c = ForkedChild.of(t.interp());
            if (c != null) return PyTuple.of(PyInt.of(c.pid()), PyInt.of(c.parentPid()));
            return org.gilkit.modules.mp.SpawnedChild.processInfo();
        });
        Fn.def(m, "getpid", (t, s, a, k) -> {
            ArgParser.noArgs("getpid", a, k);
            return PyInt.of(ForkedChild.pidOf(t.interp()));
        });
        Fn.def(m, "terminating", (t, s, a, k) -> {
            ArgParser.noArgs("terminating", a, k);
            ForkedChild c = ForkedChild.of(t.interp());
            return PyBool.of(c != null && c.terminating());
        });
        Fn.def(m, "cpu_count", (t, s, a, k) -> {
            ArgParser.noArgs("cpu_count", a, k);
            return PyInt.of(Runtime.getRuntime().availableProcessors());
        });
        Fn.def(m, "print_exc", (t, s, a, k) -> {
            ArgParser.noArgs("print_exc", a, k);
            PyBaseException e = t.handledException();
            if (e == null) return PyNone.NONE;
            PyObject err = t.interp().sysStderr();
            Ops.callMethod(t, err, "write", new PyStr(ChildInterpreter.traceback(t, e)));
            return PyNone.NONE;
        });
    }
}
