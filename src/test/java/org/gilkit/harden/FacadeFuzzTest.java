package org.gilkit.harden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.gilkit.gil.Gil;
import org.gilkit.gil.GilPolicy;
import org.gilkit.gil.GilThread;
import org.gilkit.harden.FuzzValues.Candidate;
import org.gilkit.kernels.KernelThresholds;
import org.gilkit.kernels.NativeBuffer;
import org.junit.jupiter.api.Test;

/**
 * Drives every public method and constructor of every public class in the two facade packages,
 * {@code org.gilkit.gil} and {@code org.gilkit.kernels}, with generated bad arguments
 * ({@link FuzzValues}): each call must either throw a Java exception the facades promise
 * (IllegalArgumentException, IllegalStateException, NullPointerException,
 * IndexOutOfBoundsException, with a message; OutOfMemoryError with a message for allocations
 * the machine cannot satisfy) or return a correct result ({@link FuzzOracle}), leave the memory
 * around its buffers untouched and its resources cleanly closable ({@link FuzzContext}), and
 * never crash or hang the JVM ({@link Watchdog}, {@link CrashFiles}).
 *
 * <p>Classes and methods are found by reflection over the compiled packages, so a new facade
 * method is fuzzed automatically, and one with a parameter type that has no generator fails this
 * test until a generator is added. Deterministic: one fixed seed; each method gets an exhaustive
 * "one bad argument at a time" sweep and {@value #RANDOM_COMBOS} random combinations.
 */
class FacadeFuzzTest {
    private static final long SEED = 0x6172_6431_4B49_54L;
    private static final int RANDOM_COMBOS = 40;
    private static final int MIN_DISTINCT_BAD_INPUTS = 3000;
    private static final int MIN_METHODS = 100;
    private static final Duration PER_CALL_LIMIT = Duration.ofSeconds(30);
    private static final List<String> PACKAGES = List.of("org.gilkit.gil", "org.gilkit.kernels");

    /**
     * Parameters whose valid values are work, not data: HandoffProbe.measure runs `rounds`
     * hand-offs of one switch interval each (a 5 ms interval x 100000 rounds is eight minutes of
     * correct behaviour), ConvoyProbe.measure `rounds` sleeps of `sleepNanos` plus up to one interval,
     * RefcountLesson.run 2^40 pairs. Only small valid values are fuzzed for them; invalid ones all are.
     */
    private static boolean affordable(Executable e, int param, Object value) {
        if (e.getDeclaringClass().getSimpleName().equals("HandoffProbe") && e.getName().equals("measure")) {
            if (param == 1) return (long) value <= Gil.DEFAULT_SWITCH_INTERVAL_NANOS;
            if (param == 2) return (int) value <= 16;
        }
        // RefcountLesson.run accepts up to 2^40 pairs (minutes of work): fuzz valid counts up to 2^20.
        if (e.getDeclaringClass().getSimpleName().equals("RefcountLesson") && e.getName().equals("run") && param == 0) {
            return (long) value <= 1L << 20;
        }
        if (e.getDeclaringClass().getSimpleName().equals("ConvoyProbe") && e.getName().equals("measure")) {
            if (param == 1 || param == 2) return (long) value <= Gil.DEFAULT_SWITCH_INTERVAL_NANOS;
            if (param == 3) return (int) value <= 16;
        }
        return true;
    }

    private final Set<String> tried = new HashSet<>();
    private final Set<String> badTried = new HashSet<>();
    private final List<String> failures = new ArrayList<>();
    private int succeeded;
    private int threw;

    @Test
    void everyFacadeMethodSurvivesBadArguments() throws Exception {
        List<String> crashesBefore = CrashFiles.present();
        List<Executable> targets = facadeMethods();
        assertTrue(targets.size() >= MIN_METHODS, "found only " + targets.size() + " facade methods: the class scan is broken");
        List<String> missing = missingGenerators(targets);
        assertTrue(missing.isEmpty(), "no fuzz generator for: " + missing + " (add one in FuzzValues)");
        CountDownLatch stop = new CountDownLatch(1);
        try (Gil shared = Gil.create(GilPolicy.NEW, Gil.DEFAULT_SWITCH_INTERVAL_NANOS);
                Watchdog dog = new Watchdog("facade-fuzz")) {
            GilThread foreign = startForeignThread(shared, stop);
            try {
                for (Executable e : targets) fuzz(dog, e, shared, foreign);
            } finally {
                stop.countDown();
                KernelThresholds.resetAll();
            }
            awaitDetached(shared);
        }
        System.out.printf("FacadeFuzzTest: %d methods, %d distinct inputs (%d with a bad argument): %d returned, %d threw%n",
                targets.size(), tried.size(), badTried.size(), succeeded, threw);
        if (!failures.isEmpty()) {
            fail(failures.size() + " fuzzed call(s) misbehaved:\n  " + String.join("\n  ", failures.subList(0, Math.min(40, failures.size()))));
        }
        assertTrue(badTried.size() >= MIN_DISTINCT_BAD_INPUTS,
                "only " + badTried.size() + " distinct bad inputs; expected at least " + MIN_DISTINCT_BAD_INPUTS);
        assertEquals(crashesBefore, CrashFiles.present(), "a JVM crash file (hs_err_pid*.log) appeared");
    }

    // ---- the targets ----

    /** Every public method (declared in the facade packages) and constructor of their public classes. */
    static List<Executable> facadeMethods() throws IOException, URISyntaxException, ClassNotFoundException {
        List<Executable> out = new ArrayList<>();
        for (Class<?> c : facadeClasses()) {
            for (Constructor<?> k : c.getConstructors()) out.add(k);
            for (Method m : c.getMethods()) {
                if (m.isSynthetic() || m.isBridge() || !PACKAGES.contains(m.getDeclaringClass().getPackageName())) continue;
                out.add(m);
            }
        }
        out.sort(Comparator.comparing(FacadeFuzzTest::signature));
        return out;
    }

    static List<Class<?>> facadeClasses() throws IOException, URISyntaxException, ClassNotFoundException {
        List<Class<?>> out = new ArrayList<>();
        // The main classes' root (target/classes), not the first match of the package name, which
        // may be target/test-classes.
        URL root = Gil.class.getProtectionDomain().getCodeSource().getLocation();
        if (!root.getProtocol().equals("file")) throw new IllegalStateException("cannot list the facade classes in " + root);
        for (String pkg : PACKAGES) {
            try (Stream<Path> files = Files.list(Path.of(root.toURI()).resolve(pkg.replace('.', '/')))) {
                for (Path p : files.sorted().toList()) {
                    String f = p.getFileName().toString();
                    if (!f.endsWith(".class") || f.equals("package-info.class")) continue;
                    Class<?> c = Class.forName(pkg + "." + f.substring(0, f.length() - ".class".length()), false, Gil.class.getClassLoader());
                    if (isPublicApi(c)) out.add(c);
                }
            }
        }
        return out;
    }

    private static boolean isPublicApi(Class<?> c) {
        for (Class<?> k = c; k != null; k = k.getEnclosingClass()) {
            if (!Modifier.isPublic(k.getModifiers()) || k.isAnonymousClass() || k.isSynthetic()) return false;
        }
        return true;
    }

    private static List<String> missingGenerators(List<Executable> targets) {
        Set<String> missing = new LinkedHashSet<>();
        for (Executable e : targets) {
            if (needsReceiver(e) && FuzzValues.receivers(e.getDeclaringClass()) == null) {
                missing.add("receiver " + e.getDeclaringClass().getName() + " of " + signature(e));
            }
            for (Class<?> t : e.getParameterTypes()) {
                if (FuzzValues.forType(t) == null) missing.add(t.getName() + " in " + signature(e));
            }
        }
        return new ArrayList<>(missing);
    }

    private static boolean needsReceiver(Executable e) {
        return e instanceof Method m && !Modifier.isStatic(m.getModifiers());
    }

    static String signature(Executable e) {
        StringBuilder sb = new StringBuilder(e.getDeclaringClass().getSimpleName()).append('.')
                .append(e instanceof Constructor ? "<init>" : e.getName()).append('(');
        Class<?>[] ps = e.getParameterTypes();
        for (int i = 0; i < ps.length; i++) sb.append(i == 0 ? "" : ", ").append(ps[i].getSimpleName());
        return sb.append(')').toString();
    }

    // ---- the plan: one bad argument at a time, then random combinations ----

    private void fuzz(Watchdog dog, Executable e, Gil shared, GilThread foreign) throws Exception {
        List<Candidate> receivers = needsReceiver(e) ? FuzzValues.receivers(e.getDeclaringClass()) : List.of(Candidate.constant("static", false, null));
        List<List<Candidate>> params = new ArrayList<>();
        for (Class<?> t : e.getParameterTypes()) params.add(FuzzValues.forType(t));
        for (Candidate r : receivers) {
            Candidate[] defaults = new Candidate[params.size()];
            for (int i = 0; i < defaults.length; i++) defaults[i] = firstGood(params.get(i));
            attempt(dog, e, r, defaults.clone(), shared, foreign);
            for (int i = 0; i < defaults.length; i++) {
                for (Candidate c : params.get(i)) {
                    Candidate[] args = defaults.clone();
                    args[i] = c;
                    attempt(dog, e, r, args, shared, foreign);
                }
            }
        }
        Random random = new Random(SEED ^ signature(e).hashCode());
        for (int n = 0; n < RANDOM_COMBOS; n++) {
            Candidate r = receivers.get(random.nextInt(receivers.size()));
            Candidate[] args = new Candidate[params.size()];
            for (int i = 0; i < args.length; i++) args[i] = params.get(i).get(random.nextInt(params.get(i).size()));
            attempt(dog, e, r, args, shared, foreign);
        }
    }

    private static Candidate firstGood(List<Candidate> cs) {
        return cs.stream().filter(c -> !c.bad()).findFirst().orElse(cs.get(0));
    }

    private void attempt(Watchdog dog, Executable e, Candidate recv, Candidate[] args, Gil shared, GilThread foreign) throws Exception {
        for (int i = 0; i < args.length; i++) {
            if (args[i].constant() != null && !affordable(e, i, args[i].constant())) return;
        }
        String key = describe(e, recv, args);
        if (!tried.add(key)) return;
        boolean bad = recv.bad();
        for (Candidate c : args) bad |= c.bad();
        if (bad) badTried.add(key);
        long seed = SEED ^ key.hashCode();
        String problem = dog.call(key, PER_CALL_LIMIT, () -> invokeOnce(e, recv, args, seed, shared, foreign));
        if (problem != null) failures.add(key + ": " + problem);
    }

    private static String describe(Executable e, Candidate recv, Candidate[] args) {
        StringBuilder sb = new StringBuilder(signature(e)).append(" on ").append(recv.label()).append(" with (");
        for (int i = 0; i < args.length; i++) sb.append(i == 0 ? "" : ", ").append(args[i].label());
        return sb.append(')').toString();
    }

    // ---- one call ----

    /** Makes the arguments, calls, classifies the outcome; returns a problem or null. Worker thread. */
    private String invokeOnce(Executable e, Candidate recv, Candidate[] cands, long seed, Gil shared, GilThread foreign) {
        String problem;
        FuzzContext ctx = new FuzzContext(seed, shared, foreign);
        try {
            ctx.resetThresholds = e.getDeclaringClass() == KernelThresholds.class;
            Object receiver = recv.make().apply(ctx);
            Object[] args = new Object[cands.length];
            for (int i = 0; i < args.length; i++) args[i] = cands[i].make().apply(ctx);
            FuzzOracle.Before before = snapshot(receiver, args);
            problem = outcome(e, receiver, args, before, ctx);
            if (problem == null) problem = ctx.checkGuards();
        } catch (RuntimeException setup) {
            problem = "fuzzer setup failed: " + setup;
        } finally {
            try {
                ctx.close();
            } catch (RuntimeException cleanup) {
                return "after the call, " + cleanup.getMessage();
            }
        }
        return problem;
    }

    private String outcome(Executable e, Object receiver, Object[] args, FuzzOracle.Before before, FuzzContext ctx) {
        Object result;
        try {
            result = e instanceof Method m ? m.invoke(receiver, args) : ((Constructor<?>) e).newInstance(args);
        } catch (InvocationTargetException ite) {
            threw++;
            return judgeThrown(ite.getCause());
        } catch (ReflectiveOperationException | IllegalArgumentException reflection) {
            return "could not call: " + reflection;
        }
        succeeded++;
        ctx.adopt(result);
        return e instanceof Method m ? FuzzOracle.check(m, receiver, args, before, result) : null;
    }

    /** The exceptions the facades promise, each with a message; anything else is a finding. */
    static String judgeThrown(Throwable t) {
        boolean promised = t instanceof IllegalArgumentException || t instanceof IllegalStateException
                || t instanceof NullPointerException || t instanceof IndexOutOfBoundsException
                || (t instanceof OutOfMemoryError && t.getMessage() != null && t.getMessage().contains("allocate"));
        if (!promised) return "threw " + t + " (not an exception the facade promises)" + at(t);
        if (t.getMessage() == null || t.getMessage().isBlank()) return "threw " + t.getClass().getSimpleName() + " without a message" + at(t);
        return null;
    }

    private static String at(Throwable t) {
        StackTraceElement[] st = t.getStackTrace();
        return st.length == 0 ? "" : " at " + st[0];
    }

    private static FuzzOracle.Before snapshot(Object receiver, Object[] args) {
        byte[][] a = new byte[args.length][];
        for (int i = 0; i < args.length; i++) a[i] = bytesOf(args[i]);
        return new FuzzOracle.Before(bytesOf(receiver), a);
    }

    private static byte[] bytesOf(Object o) {
        if (o instanceof NativeBuffer b && !b.isClosed() && b.byteSize() <= (8 << 20)) return b.toByteArray();
        return null;
    }

    // ---- the thread that owns "another thread's" GilThread ----

    private static GilThread startForeignThread(Gil shared, CountDownLatch stop) throws InterruptedException {
        GilThread[] box = new GilThread[1];
        CountDownLatch ready = new CountDownLatch(1);
        Thread t = new Thread(() -> {
            try (GilThread mine = shared.attachCurrentThread("foreign")) {
                box[0] = mine;
                ready.countDown();
                stop.await(); // never holds the lock: a fuzzed acquire on this gil must not block forever
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "fuzz-foreign-owner");
        t.setDaemon(true);
        t.start();
        ready.await();
        return box[0];
    }

    private static void awaitDetached(Gil shared) throws InterruptedException {
        for (int i = 0; i < 10_000 && !shared.threads().isEmpty(); i++) Thread.sleep(1);
    }
}
