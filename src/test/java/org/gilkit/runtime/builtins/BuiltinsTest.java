package org.gilkit.runtime.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URISyntaxException;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import org.gilkit.runtime.InterpreterState;
import org.gilkit.runtime.PyStr;
import org.junit.jupiter.api.Test;

/** The builtins list is complete and consistent (STYLE rule 7). */
class BuiltinsTest {
    @Test
    void everyBuiltinClassIsRegisteredOnce() throws URISyntaxException {
        File dir = new File(Builtin.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        File pkg = new File(dir, "org/gilkit/runtime/builtins");
        Set<String> classes = new TreeSet<>();
        for (String f : pkg.list()) {
            if (f.endsWith("Builtin.class") && !f.contains("$") && !f.equals("Builtin.class")) {
                classes.add(f.substring(0, f.length() - ".class".length()));
            }
        }
        Set<String> registered = new TreeSet<>();
        Set<String> names = new HashSet<>();
        for (Builtin b : Builtins.ALL) {
            assertTrue(registered.add(b.getClass().getSimpleName()), "registered twice: " + b.getClass().getSimpleName());
            assertTrue(names.add(b.name()), "name used twice: " + b.name());
        }
        assertFalse(classes.isEmpty());
        assertEquals(classes, registered);
    }

    @Test
    void installAllDefinesFunctionsTypesAndConstants() {
        InterpreterState interp = InterpreterState.create(null, System.in, System.out, System.err);
        for (Builtin b : Builtins.ALL) assertTrue(interp.builtins().getStr(b.name()) != null, b.name());
        for (String n : new String[] {"int", "str", "list", "dict", "ValueError", "None", "True", "NotImplemented", "range"}) {
            assertTrue(interp.builtins().getItem(new PyStr(n)) != null, n);
        }
    }
}
