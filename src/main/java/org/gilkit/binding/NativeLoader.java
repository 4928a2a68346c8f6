package org.gilkit.binding;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.jar.JarEntry;
import java.util.zip.CRC32;
import org.bytedeco.javacpp.Loader;

/**
 * Loads the native libraries behind {@link GilkitNative}: {@code libjnijavacpp.so} (JavaCPP's
 * Pointer natives), {@code libgilkit.so} and {@code libjniGilkitNative.so}, each with one
 * {@link System#load}, from {@code target/classes} in place or, from a jar, from JavaCPP's cache
 * ({@code ~/.javacpp/cache/<jar name>/<entry path>}, or the {@code org.bytedeco.javacpp.cachedir}
 * property), extracting a file only when its size or CRC-32 differs from the jar entry's (not
 * its time, as JavaCPP does: converting a zip entry's DOS time loads the time-zone rules, ~40 ms).
 *
 * <p>Why not {@link Loader#load(Class)}: on every start it parsed the binding's annotations
 * through reflection proxies, set up a SecurityManager to find its caller and checked the cache
 * under a file lock, 150-250 ms of a 1.8 s {@code gilkit run hello.py} (async-profiler, issue 6)
 * for what three System.load calls do. Having loaded the libraries, this sets
 * {@code org.bytedeco.javacpp.loadLibraries=false} (unless the user set it) so that the static
 * initializers of JavaCPP's own classes (Pointer, BytePointer, ...) do not repeat the work: in
 * this JVM gilkit is JavaCPP's only user. Anywhere but linux-x86_64, with
 * {@code -Dgilkit.javacppLoader=true} or {@code -Dorg.bytedeco.javacpp.pathsFirst=true} (libraries
 * from java.library.path first, as {@code .ci/sanitize} uses), or if anything fails,
 * {@link Loader#load(Class)} runs as before. Wired in: {@link GilkitNative#load()} and its static initializer.
 */
final class NativeLoader {
    private static final String PLATFORM = "linux-x86_64";
    private static final String JAVACPP_PROPERTY = "org.bytedeco.javacpp.loadLibraries";
    private static final String[] LIBRARIES = {
        "org/bytedeco/javacpp/" + PLATFORM + "/libjnijavacpp.so",
        "org/gilkit/binding/" + PLATFORM + "/libgilkit.so",
        "org/gilkit/binding/" + PLATFORM + "/libjniGilkitNative.so",
    };

    private static volatile boolean loaded;

    private NativeLoader() {}

    /** Loads the libraries once per JVM; later calls return at once. */
    static void load() {
        if (loaded) return;
        synchronized (NativeLoader.class) {
            if (loaded) return;
            if (!fastPathApplies() || !loadDirectly()) Loader.load(GilkitNative.class);
            loaded = true;
        }
    }

    private static boolean fastPathApplies() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "");
        // pathsFirst: libraries from java.library.path win (.ci/sanitize loads the ASan build so)
        boolean pathsFirst = Boolean.getBoolean("org.bytedeco.javacpp.pathsFirst") || Boolean.getBoolean("org.bytedeco.javacpp.pathsfirst");
        return !Boolean.getBoolean("gilkit.javacppLoader") && !pathsFirst && os.startsWith("linux")
                && (arch.equals("amd64") || arch.equals("x86_64"));
    }

    /** True if all three libraries loaded; false (property restored) to fall back to JavaCPP. */
    private static boolean loadDirectly() {
        String before = System.getProperty(JAVACPP_PROPERTY);
        try {
            Path[] files = new Path[LIBRARIES.length];
            for (int i = 0; i < LIBRARIES.length; i++) files[i] = localFile(LIBRARIES[i]);
            if (before == null) System.setProperty(JAVACPP_PROPERTY, "false");
            for (Path f : files) System.load(f.toString());
            return true;
        } catch (IOException | URISyntaxException | RuntimeException | UnsatisfiedLinkError e) {
            if (before == null) System.clearProperty(JAVACPP_PROPERTY);
            return false;
        }
    }

    /** The library as a file: in place for a directory class path, else the cached extract. */
    private static Path localFile(String resource) throws IOException, URISyntaxException {
        URL url = NativeLoader.class.getClassLoader().getResource(resource);
        if (url == null) throw new IOException("no resource " + resource);
        if (url.getProtocol().equals("file")) return Paths.get(url.toURI());
        URLConnection c = url.openConnection();
        if (!(c instanceof JarURLConnection jar)) throw new IOException("unsupported URL " + url);
        c.setUseCaches(false);
        JarEntry entry = jar.getJarEntry();
        Path jarFile = Paths.get(jar.getJarFileURL().toURI());
        Path target = cacheRoot().resolve(jarFile.getFileName().toString()).resolve(resource);
        if (!upToDate(target, entry)) extract(c, entry, target);
        return target;
    }

    /** JavaCPP's cache directory, so that both loaders share the extracted files. */
    private static Path cacheRoot() {
        String dir = System.getProperty("org.bytedeco.javacpp.cachedir", System.getProperty("org.bytedeco.javacpp.cacheDir"));
        return dir != null ? Paths.get(dir) : Paths.get(System.getProperty("user.home"), ".javacpp", "cache");
    }

    private static boolean upToDate(Path target, JarEntry entry) throws IOException {
        if (!Files.isRegularFile(target) || Files.size(target) != entry.getSize() || entry.getCrc() < 0) return false;
        CRC32 crc = new CRC32();
        crc.update(Files.readAllBytes(target)); // ~160 KB: well under a millisecond
        return crc.getValue() == entry.getCrc();
    }

    /** Writes a temporary file next to the target and renames it: concurrent JVMs never see half a library. */
    private static void extract(URLConnection c, JarEntry entry, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        Path tmp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
        try (InputStream in = c.getInputStream()) {
            Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
