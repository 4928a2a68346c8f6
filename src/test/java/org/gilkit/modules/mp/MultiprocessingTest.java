package org.gilkit.modules.mp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.gilkit.gil.Gil;
import org.gilkit.gil.GilPolicy;
import org.gilkit.vm.Interpreter;
import org.junit.jupiter.api.Test;

/**
 * multiprocessing behaviour that golden files cannot pin: the child's traceback report (CPython's
 * names stdlib paths), and that a program leaves no child interpreter threads behind.
 */
class MultiprocessingTest {
    record Result(int rc, String out, String err) {}

    static Result run(String src) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int rc = Interpreter.runSource(src, "mp.py", ".", List.of("mp.py"),
                new Interpreter.Options(GilPolicy.NEW, Gil.DEFAULT_SWITCH_INTERVAL_NANOS,
                        new ByteArrayInputStream(new byte[0]), out, err));
        return new Result(rc, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void exceptionInAChildIsReportedWithItsProcessNameAndExitCodeOne() {
        Result r = run("""
                from multiprocessing import Process
                def boom():
                    raise ValueError("bad")
                p = Process(target=boom)
                p.start(); p.join()
                print(p.exitcode)
                """);
        assertEquals(0, r.rc());
        assertEquals("1\n", r.out());
        assertTrue(r.err().startsWith("Process Process-1:\nTraceback (most recent call last):\n"), r.err());
        assertTrue(r.err().endsWith("  File \"mp.py\", line 3, in boom\n    raise ValueError(\"bad\")\nValueError: bad\n"),
                r.err());
    }

    @Test
    void noChildThreadsOutliveTheProgram() throws InterruptedException {
        Result r = run("""
                from multiprocessing import Pool, Process
                import time
                def sq(x):
                    return x * x
                def sleepy():
                    time.sleep(60)
                pool = Pool(2)
                print(pool.map(sq, [1, 2, 3]))
                d = Process(target=sleepy, daemon=True)
                d.start()
                """);
        assertEquals("[1, 4, 9]\n", r.out(), r.err());
        assertEquals(0, r.rc());
        assertEquals(0, liveChildThreads(), "child interpreter threads still running after the program ended");
    }

    /** Child threads end right after reporting their exit code; give them a moment to die. */
    private static long liveChildThreads() throws InterruptedException {
        long n = 0;
        for (int i = 0; i < 100; i++) {
            n = Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> t.isAlive() && t.getName().startsWith("gilkit-process-")).count();
            if (n == 0) return 0;
            Thread.sleep(50);
        }
        return n;
    }

    @Test
    void spawnLeavesNoJvmNoBrokerAndNoTemporaryFiles() throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("mp-spawn-test");
        java.nio.file.Path script = dir.resolve("child.py");
        java.nio.file.Files.writeString(script, """
                import multiprocessing as mp, time
                def add(v, n):
                    with v.get_lock():
                        v.value += n
                def sleepy():
                    time.sleep(60)
                if __name__ == '__main__':
                    mp.set_start_method('spawn')
                    v = mp.Value('i', 1)
                    p = mp.Process(target=add, args=(v, 41))
                    p.start(); p.join()
                    d = mp.Process(target=sleepy, daemon=True)
                    d.start()
                    print(v.value, p.exitcode)
                """);
        Broker.lastTempDir = null;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int rc = Interpreter.runFile(script, List.of(script.toString()),
                new Interpreter.Options(GilPolicy.NEW, Gil.DEFAULT_SWITCH_INTERVAL_NANOS,
                        new ByteArrayInputStream(new byte[0]), out, err));
        assertEquals("42 0\n", out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        assertEquals(0, rc);
        for (int i = 0; i < 200 && (SpawnedChild.liveCount() > 0 || Broker.active() != null); i++) Thread.sleep(50);
        assertEquals(0, SpawnedChild.liveCount(), "spawned JVMs still running");
        assertEquals(null, Broker.active(), "the broker outlived its children");
        assertEquals(0, ProcessHandle.current().children().filter(ProcessHandle::isAlive).count(), "child processes left");
        // not a count of /tmp/gilkit-mp-*: other JVMs (a concurrent build) may have their own
        assertTrue(Broker.lastTempDir != null, "the Value was not moved to a shared file");
        assertTrue(!java.nio.file.Files.exists(Broker.lastTempDir), "shared memory files left behind");
        java.nio.file.Files.delete(script);
        java.nio.file.Files.delete(dir);
    }

    @Test
    void objectsRoundTripThroughThePickleFormat() {
        Result r = run("""
                import _multiprocessing as m
                class P:
                    def __init__(self, x): self.x = x
                l = [1, 2]
                l.append(l)
                v = m.loads(m.dumps([None, True, 1, 2**80, -1.5, "é", b"b", bytearray(b"x"), (1,), {1: 2},
                                     {3}, frozenset([4]), range(1, 5, 2), P(7), l, ValueError("v", 1)]))
                print(v[:13], v[13].x, v[14][2] is v[14], repr(v[15]))
                try:
                    m.dumps(lambda: 0)
                except m.PicklingError as e:
                    print("PicklingError")
                try:
                    m.loads(b"\\xff")
                except m.UnpicklingError as e:
                    print(e)
                """);
        assertEquals("[None, True, 1, 1208925819614629174706176, -1.5, 'é', b'b', bytearray(b'x'), (1,), {1: 2}, "
                + "{3}, frozenset({4}), range(1, 5, 2)] 7 True ValueError('v', 1)\nPicklingError\n"
                + "invalid load key, '-1'.\n", r.out(), r.err());
    }

    @Test
    void forkChildrenHaveDistinctVirtualPidsAboveEveryRealPid() {
        Result r = run("""
                import os, multiprocessing as mp
                def report(q):
                    q.put((os.getpid(), os.getppid(), mp.current_process().pid))
                q = mp.Queue()
                procs = [mp.Process(target=report, args=(q,)) for _ in range(3)]
                for p in procs: p.start()
                got = sorted(q.get() for _ in procs)
                for p in procs: p.join()
                pids = [g[0] for g in got]
                print(len(set(pids)), sorted(pids) == sorted(p.pid for p in procs))
                print(all(g[0] == g[2] for g in got), all(g[1] == os.getpid() for g in got))
                print(all(pid >= 2 ** 22 and pid % 2 ** 22 == os.getpid() % 2 ** 22 for pid in pids))
                """);
        assertEquals("3 True\nTrue True\nTrue\n", r.out(), r.err());
    }

    @Test
    void killOfAnExitedVirtualPidIsProcessLookupError() {
        Result r = run("""
                import os, multiprocessing as mp
                p = mp.Process(target=print, args=("child",))
                p.start(); p.join()
                try:
                    os.kill(p.pid, 15)
                except ProcessLookupError as e:
                    print(e)
                """);
        assertEquals("child\n[Errno 3] No such process\n", r.out(), r.err());
    }

    @Test
    void aConnectionSentByAChildThatEndedIsClosedAndItsPeerSeesEndOfFile() {
        Result r = run("""
                import multiprocessing as mp
                def send_and_exit(q, w):
                    q.put(w)      # nobody takes it: the duplicate dies with this child
                    w.close()
                    q.put('sent')
                q = mp.Queue()
                r, w = mp.Pipe(duplex=False)
                p = mp.Process(target=send_and_exit, args=(q, w))
                p.start()
                w.close()
                p.join()
                if r.poll(5):
                    try:
                        r.recv()
                    except EOFError:
                        print('EOFError')
                else:
                    print('no EOF: the sent handle is still open')
                """);
        assertEquals("EOFError\n", r.out(), r.err());
        assertEquals(0, PipeHandles.inFlight(), "a sent handle outlived its sender");
    }

    @Test
    void handlesOpenInAChildCloseWhenItEnds() {
        Result r = run("""
                import multiprocessing as mp
                holder = []
                def keep(q):
                    holder.append(q.get())  # received, never closed
                q = mp.Queue()
                r, w = mp.Pipe(duplex=False)
                p = mp.Process(target=keep, args=(q,))
                p.start()
                q.put(w)
                w.close()
                p.join()
                print(r.poll(5))
                """);
        assertEquals("True\n", r.out(), r.err());
    }
}
