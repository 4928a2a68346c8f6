package org.gilkit.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The built-in types are wired up by static initialisers that refer to each other; whichever
 * class the JVM initialises first must still leave every type complete (a null there is a crash
 * at interpreter start). Each case loads the runtime in a fresh class loader, initialises one
 * class first, then builds an interpreter and runs a few protocols through it.
 */
class ClassInitOrderTest {
    /**
     * The classes whose static initialisers create or reach other types (a fresh class loader
     * costs about 0.3 s, so not every class of the package is tried; all of them passed when
     * this list was chosen).
     */
    private static final String[] FIRST = {"PyObject", "PyType", "PyExc", "ExceptionMethods", "Errors", "PyInt", "PyBool",
        "PyStr", "PyMethodDescr", "PyBuiltinFunction", "PyDict", "PySet", "PyNone", "PySingleton", "InterpreterState", "Ops"};

    @TestFactory
    List<DynamicTest> everyRuntimeClassCanBeInitialisedFirst() throws Exception {
        File classes = new File(PyObject.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<DynamicTest> tests = new ArrayList<>();
        for (String simple : FIRST) {
            String name = "org.gilkit.runtime." + simple;
            tests.add(DynamicTest.dynamicTest(name, () -> initFirst(classes, name)));
        }
        return tests;
    }

    /** The compiled main and test classes (the gilkit classes the fresh loader defines itself). */
    private static URL[] classpath() throws Exception {
        return new URL[] {
            new File(PyObject.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toURI().toURL(),
            new File(ClassInitOrderTest.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toURI().toURL()};
    }

    /** Defines org.gilkit classes afresh; everything else (JDK, JavaCPP, JUnit) comes from the parent. */
    private static final class ChildFirst extends URLClassLoader {
        ChildFirst(URL[] urls, ClassLoader parent) {
            super(urls, parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith("org.gilkit.")) return super.loadClass(name, resolve);
            synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                if (c == null) c = findClass(name);
                if (resolve) resolveClass(c);
                return c;
            }
        }
    }

    private static void initFirst(File classes, String first) throws Exception {
        try (URLClassLoader loader = new ChildFirst(classpath(), ClassInitOrderTest.class.getClassLoader())) {
            Class.forName(first, true, loader);
            Class<?> interp = Class.forName("org.gilkit.runtime.InterpreterState", true, loader);
            Class<?> gil = Class.forName("org.gilkit.gil.Gil", false, loader);
            Method create = interp.getMethod("create", gil, InputStream.class, OutputStream.class, OutputStream.class);
            Object is = create.invoke(null, null, new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(),
                    new ByteArrayOutputStream());
            Object ts = interp.getMethod("attachCurrentThread", String.class).invoke(is, "init-" + first);
            try {
                Class<?> probe = Class.forName("org.gilkit.runtime.InitProbe", true, loader);
                assertEquals(InitProbe.EXPECTED, probe.getMethod("run", ts.getClass()).invoke(null, ts), "after " + first);
            } finally {
                ts.getClass().getMethod("close").invoke(ts);
            }
        }
    }
}
