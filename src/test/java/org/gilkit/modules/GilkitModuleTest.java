package org.gilkit.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gilkit.gil.GilPolicy;
import org.junit.jupiter.api.Test;

/**
 * The {@code gilkit} and {@code gilkit.kernels} modules, which CPython lacks (so no golden files):
 * stats records, policy, the kernels' known answers through every policy and data type, and bad
 * input texts.
 */
class GilkitModuleTest {
    @Test
    void gilStatsHasOneRecordPerThreadWithTheLockCounters() {
        String out = PyRun.ok("""
                import gilkit
                s = gilkit.gil_stats()
                print(len(s), sorted(s[0]))
                r = s[0]
                print(r['name'], r['alive'], r['acquisitions'] >= 1, r['held'] > 0.0, type(r['waiting']).__name__)
                print(gilkit.switch_count() >= 0, gilkit.policy())
                """);
        assertEquals("1 ['acquisitions', 'alive', 'blocking', 'drop_requests_made', 'drop_requests_received', "
                + "'forced_switches', 'held', 'ident', 'name', 'native', 'waiting', 'wakeups_lost']\n"
                + "MainThread True True True float\nTrue new\n", out);
    }

    @Test
    void jitPendingIsACountOfCompilationsOrMinusOneAndTakesNoArguments() {
        String out = PyRun.ok("""
                import gilkit
                n = gilkit.jit_pending()
                print(type(n).__name__, n >= -1)
                try:
                    gilkit.jit_pending(1)
                except TypeError as e:
                    print("TypeError")
                """);
        assertEquals("int True\nTypeError\n", out);
    }

    @Test
    void policyNamesTheInterpretersLockPolicy() {
        PyRun r = PyRun.of("import gilkit\nprint(gilkit.policy())\n", GilPolicy.FIFO, 5_000_000);
        assertEquals("fifo\n", r.out());
    }

    @Test
    void nativeTimeIsCountedForAReleasingKernel() {
        String out = PyRun.ok("""
                import gilkit.kernels as k, gilkit
                data = bytes(1 << 20)
                for i in range(20):
                    k.sha256(data, policy='always')
                me = gilkit.gil_stats()[-1]
                print(me['native'] > 0.0, me['acquisitions'] >= 21)
                """);
        assertEquals("True True\n", out);
    }

    @Test
    void kernelsGiveKnownAnswersUnderEveryPolicy() {
        String out = PyRun.ok("""
                import gilkit
                from gilkit import kernels
                import sys
                print('gilkit.kernels' in sys.modules, kernels is gilkit.kernels)
                for p in ('auto', 'always', 'never'):
                    print(kernels.crc32(b'123456789', policy=p), kernels.crc32c(b'123456789', policy=p),
                          hex(kernels.xxh64(b'', policy=p)), hex(kernels.xxh64(b'\\x00', seed=0, policy=p)),
                          kernels.sha256(b'abc', policy=p).hex()[:16], kernels.sha1(bytearray(b'abc'), policy=p).hex()[:16],
                          kernels.md5(b'', policy=p).hex())
                print(kernels.crc32c(b'6789', kernels.crc32c(b'12345')), kernels.crc32(b'', 7), hex(kernels.xxh64(b'', 2654435761)), hex(kernels.xxh64(b'', seed=11400714785074694797)))
                print(kernels.xxh64(b'', -1) == kernels.xxh64(b'', 2**64 - 1), kernels.crc32(b'123456789', -1) == kernels.crc32(b'123456789', 2**32 - 1))
                print(sorted(kernels.thresholds())[:3], all(v >= 0 for v in kernels.thresholds().values()))
                """);
        String line = "3421780262 3808858755 0xef46db3751d8e999 0xe934a84adb052768 ba7816bf8f01cfea a9993e364706816a "
                + "d41d8cd98f00b204e9800998ecf8427e\n";
        assertEquals("True True\n" + line + line + line
                + "3808858755 7 0xac75fda2929b17ef 0xb303d920ec349df\nTrue True\n['axpy', 'binop', 'crc32'] True\n", out);
    }

    @Test
    void badInputGivesPythonExceptions() {
        String out = PyRun.ok("""
                from gilkit import kernels
                import gilkit
                def t(f):
                    try:
                        f()
                    except Exception as e:
                        print(type(e).__name__ + ':', e)
                t(lambda: kernels.crc32c('text'))
                t(lambda: kernels.sha256(None))
                t(lambda: kernels.crc32(b'', policy='sometimes'))
                t(lambda: kernels.crc32(b'', policy=3))
                t(lambda: kernels.xxh64(b'', 1.5))
                t(lambda: kernels.sha256(b'', b''))
                t(lambda: kernels.md5())
                t(lambda: gilkit.gil_stats(1))
                """);
        assertEquals("""
                TypeError: a bytes-like object is required, not 'str'
                TypeError: a bytes-like object is required, not 'NoneType'
                ValueError: policy must be 'auto', 'always' or 'never', not 'sometimes'
                TypeError: policy must be a str, not int
                TypeError: 'float' object cannot be interpreted as an integer
                TypeError: sha256() takes exactly 1 positional argument (2 given)
                TypeError: md5() missing required argument 'data' (pos 1)
                TypeError: gil_stats() takes no arguments (1 given)
                """, out);
    }

    /**
     * Release from Python, without timing: with a 1000 s switch interval the main thread gets the
     * GIL back while the worker is alive only if the worker's kernel releases it (the worker never
     * blocks in its loop). In hold mode main gets it back only after the worker's last call.
     */
    @Test
    void aReleasingKernelLetsTheMainThreadRunAndHoldModeDoesNot() {
        String program = """
                import sys, threading, gilkit
                from gilkit import kernels
                sys.setswitchinterval(1000.0)
                data = bytes(1 << 20)
                N = %d
                state = {'calls': 0, 'stop': False}
                def worker():
                    while not state['stop'] and state['calls'] < N:
                        kernels.sha256(data, policy='%s')
                        state['calls'] += 1
                t = threading.Thread(target=worker, name='worker')
                t.start()
                seen, alive = state['calls'], t.is_alive()
                state['stop'] = True
                t.join()
                w = [r for r in gilkit.gil_stats() if r['name'] == 'worker'][0]
                print(seen < N, alive, w['native'] > 0.0)
                """;
        assertEquals("True True True\n", PyRun.ok(String.format(program, 100000, "always")));
        assertEquals("False False False\n", PyRun.ok(String.format(program, 5, "never")));
    }

    @Test
    void everyModuleClassIsRegistered() {
        assertTrue(Modules.ALL.stream().anyMatch(m -> m.name().equals("hashlib")));
        assertTrue(Modules.ALL.stream().anyMatch(m -> m.name().equals("gilkit.kernels")));
    }
}
