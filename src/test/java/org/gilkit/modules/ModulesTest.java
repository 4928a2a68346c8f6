package org.gilkit.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.gilkit.gil.GilPolicy;
import org.junit.jupiter.api.Test;

/** The module list is complete and the stdlib's sys facts are gilkit's. */
class ModulesTest {
    @Test
    void everyModuleClassIsListed() throws IOException {
        Set<String> listed = Modules.ALL.stream().map(m -> m.getClass().getSimpleName())
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> present;
        // modules may live in a subpackage of their own (numpy); ext's module is created by gilkit's
        try (Stream<Path> s = Stream.concat(Files.list(Path.of("src/main/java/org/gilkit/modules")),
                Files.list(Path.of("src/main/java/org/gilkit/modules/numpy")))) {
            present = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith("Module.java"))
                    .map(n -> n.substring(0, n.length() - 5)).collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(present, listed);
        List<String> names = Modules.ALL.stream().map(ModuleDef::name).toList();
        assertEquals(names.size(), Set.copyOf(names).size(), "duplicate module names " + names);
    }

    @Test
    void sysImplementationIsGilkit() {
        String out = ThreadingStressTest.run("import sys\nprint(sys.implementation.name)\n"
                + "print(sys.implementation.version[:2] == sys.version_info[:2])\n", GilPolicy.NEW);
        assertEquals("gilkit\nTrue\n", out);
    }

    @Test
    void defaultExcepthookNamesTheThreadAndGoesOn() {
        String src = """
                import sys, threading
                def boom():
                    raise ValueError("bad")
                t = threading.Thread(target=boom, name="worker")
                t.start(); t.join()
                print("after", file=sys.stderr)
                """;
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        int rc = org.gilkit.vm.Interpreter.runSource(src, "hook.py", ".", List.of("hook.py"),
                new org.gilkit.vm.Interpreter.Options(GilPolicy.NEW, org.gilkit.gil.Gil.DEFAULT_SWITCH_INTERVAL_NANOS,
                        new java.io.ByteArrayInputStream(new byte[0]), out, err));
        String e = err.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, rc);
        assertTrue(e.startsWith("Exception in thread worker:\nTraceback (most recent call last):\n"), e);
        assertTrue(e.contains("  File \"hook.py\", line 3, in boom\n    raise ValueError(\"bad\")\nValueError: bad\nafter\n"), e);
    }
}
