package org.gilkit.parser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reading a Python source file whole, with a size cap. CPython has no cap; gilkit keeps the bytes,
 * the decoded text and the token list in the Java heap at once, so a file far beyond any real
 * program (or one past Java's 2 GiB array limit) would fail deep inside the JVM. Instead every
 * reader (the {@code gilkit run} script, imports, {@code gilkit dis}) refuses it up front with
 * {@link SourceTooLargeException}, naming the file and both sizes.
 */
public final class SourceFiles {
    /** The largest source file gilkit reads: 64 MiB (CPython's own stdlib's largest file is ~0.2 MiB). */
    public static final long MAX_SOURCE_BYTES = 64L << 20;

    private SourceFiles() {}

    /** A source file over {@link #MAX_SOURCE_BYTES}. */
    public static final class SourceTooLargeException extends IOException {
        SourceTooLargeException(String message) {
            super(message);
        }
    }

    /**
     * Checks {@code path}'s size against {@link #MAX_SOURCE_BYTES}.
     * @throws SourceTooLargeException if the file is larger
     */
    public static void checkSize(Path path) throws IOException {
        long size = Files.size(path);
        if (size > MAX_SOURCE_BYTES) {
            throw new SourceTooLargeException("source file '" + path + "' is too large: " + size
                    + " bytes (gilkit reads sources of at most " + MAX_SOURCE_BYTES + " bytes, 64 MiB)");
        }
    }

    /** The file's bytes, after {@link #checkSize}. */
    public static byte[] read(Path path) throws IOException {
        checkSize(path);
        return Files.readAllBytes(path);
    }
}
