package org.gilkit.vm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;
import org.gilkit.runtime.ThreadState;

/**
 * The source text of every file an interpreter compiled (CPython's {@code linecache}), so
 * tracebacks can show the line of each frame even when the file was given by a relative name or
 * shipped as a resource. Files never registered are read from disk on first use. One per
 * interpreter, owned by its {@link Importer}; safe to use from any thread.
 */
final class SourceLines {
    private final ConcurrentHashMap<String, String[]> files = new ConcurrentHashMap<>();

    /** The registry of the interpreter {@code ts} belongs to. */
    static SourceLines of(ThreadState ts) {
        return Importer.of(ts).sources();
    }

    void register(String filename, String source) {
        files.put(filename, split(source));
    }

    /** Takes over {@code other}'s known sources (a multiprocessing child prints the parent's lines). */
    void copyFrom(SourceLines other) {
        files.putAll(other.files);
    }

    /** Line {@code n} (1-based) of {@code filename}, or null. */
    String line(String filename, int n) {
        String[] lines = files.computeIfAbsent(filename, SourceLines::read);
        return n >= 1 && n <= lines.length ? lines[n - 1] : null;
    }

    private static String[] read(String filename) {
        try {
            return split(new String(Files.readAllBytes(Path.of(filename)), StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            return new String[0];
        }
    }

    private static String[] split(String source) {
        return source.split("\r\n|\r|\n", -1);
    }
}
