package org.gilkit.modules;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.gilkit.runtime.ArgParser;
import org.gilkit.runtime.Errors;
import org.gilkit.runtime.FileOpener;
import org.gilkit.runtime.FsPath;
import org.gilkit.runtime.Impl;
import org.gilkit.runtime.Ops;
import org.gilkit.runtime.PyException;
import org.gilkit.runtime.PyExc;
import org.gilkit.runtime.PyInt;
import org.gilkit.runtime.PyModule;
import org.gilkit.runtime.PyNone;
import org.gilkit.runtime.PyObject;
import org.gilkit.runtime.PyStr;
import org.gilkit.runtime.PyTuple;
import org.gilkit.runtime.ThreadState;

/**
 * The file-system calls of {@code os} that map one-to-one onto a POSIX call: mkdir, rmdir,
 * remove/unlink, rename/replace, and {@code _stat} (the raw fields of stat(2), which the Python
 * helper module {@code _oshelpers} wraps in {@code os.stat_result}; it also builds makedirs, walk
 * and scandir on these). Each runs with the GIL released, as CPython's do, and fails with the
 * errno's OSError subclass and CPython's text ("[Errno 17] File exists: 'd'"). Wired in by
 * {@link OsModule}.
 */
final class OsFiles {
    private OsFiles() {}

    private static final ArgParser MKDIR = ArgParser.of("mkdir", 1, "path", "mode", "dir_fd");
    private static final ArgParser STAT = ArgParser.of("stat", 1, "path", "dir_fd", "follow_symlinks");

    static void install(PyModule m) {
        Fn.def(m, "mkdir", (t, s, a, k) -> {
            PyObject[] p = MKDIR.parse(a, k);
            String path = pathArg(t, "mkdir", p[0]);
            int mode = p[1] == null ? 0777 : Ops.index(t, p[1]).asInt();
            noDirFd(p[2]);
            return io(t, "mkdir", path, null, () -> Files.createDirectory(Path.of(path),
                    PosixFilePermissions.asFileAttribute(permissions(mode))));
        });
        Fn.def(m, "rmdir", (t, s, a, k) -> {
            String path = pathArg(t, "rmdir", one("rmdir", a, k));
            return io(t, "rmdir", path, null, () -> {
                if (Files.exists(Path.of(path), LinkOption.NOFOLLOW_LINKS)
                        && !Files.isDirectory(Path.of(path), LinkOption.NOFOLLOW_LINKS)) {
                    throw new NotDirectoryException(path);
                }
                Files.delete(Path.of(path));
            });
        });
        Impl remove = (t, s, a, k) -> {
            String path = pathArg(t, "remove", one("remove", a, k));
            return io(t, "remove", path, null, () -> {
                if (Files.isDirectory(Path.of(path), LinkOption.NOFOLLOW_LINKS)) {
                    throw new FileSystemException(path, null, "Is a directory");
                }
                Files.delete(Path.of(path));
            });
        };
        Fn.def(m, "remove", remove);
        Fn.def(m, "unlink", remove);
        Impl rename = (t, s, a, k) -> {
            ArgParser.positional("rename", "rename", a, k, 2, 2);
            String src = pathArg(t, "rename", a[0]);
            String dst = pathArg(t, "rename", a[1]);
            return io(t, "rename", src, dst,
                    () -> Files.move(Path.of(src), Path.of(dst), StandardCopyOption.ATOMIC_MOVE));
        };
        Fn.def(m, "rename", rename);
        Fn.def(m, "replace", rename);
        Fn.def(m, "_stat", (t, s, a, k) -> {
            PyObject[] p = STAT.parse(a, k);
            String path = pathArg(t, "stat", p[0]);
            noDirFd(p[1]);
            boolean follow = p[2] == null || Ops.isTrue(t, p[2]);
            return statTuple(t, path, follow);
        });
    }

    /** (st_mode, st_ino, st_dev, st_nlink, st_uid, st_gid, st_size, atime_ns, mtime_ns, ctime_ns). */
    private static PyObject statTuple(ThreadState t, String path, boolean follow) {
        LinkOption[] opts = follow ? new LinkOption[0] : new LinkOption[] {LinkOption.NOFOLLOW_LINKS};
        Map<String, Object> at;
        try {
            at = t.blocking("stat", () -> Files.readAttributes(Path.of(path), "unix:*", opts));
        } catch (IOException e) {
            throw FileOpener.osError(e, path);
        }
        return PyTuple.of(PyInt.of((Integer) at.get("mode")), PyInt.of((Long) at.get("ino")),
                PyInt.of((Long) at.get("dev")), PyInt.of((Integer) at.get("nlink")),
                PyInt.of((Integer) at.get("uid")), PyInt.of((Integer) at.get("gid")), PyInt.of((Long) at.get("size")),
                nanos(at.get("lastAccessTime")), nanos(at.get("lastModifiedTime")), nanos(at.get("ctime")));
    }

    private static PyObject nanos(Object time) {
        FileTime ft = (FileTime) time;
        java.time.Instant i = ft.toInstant();
        return PyInt.of(java.math.BigInteger.valueOf(i.getEpochSecond()).multiply(java.math.BigInteger.valueOf(1_000_000_000L))
                .add(java.math.BigInteger.valueOf(i.getNano())));
    }

    private interface IoAction {
        void run() throws IOException;
    }

    /** Runs {@code action} with the GIL released; None, or the OSError CPython raises for it. */
    private static PyObject io(ThreadState t, String what, String path, String path2, IoAction action) {
        try {
            t.blocking(what, () -> {
                action.run();
                return null;
            });
        } catch (IOException e) {
            throw FileOpener.osError(e, path, path2);
        }
        return PyNone.NONE;
    }

    private static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> set = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] bits = PosixFilePermission.values(); // OWNER_READ ... OTHERS_EXECUTE, high bit first
        for (int i = 0; i < 9; i++) {
            if ((mode & (0400 >> i)) != 0) {
                set.add(bits[i]);
            }
        }
        return set;
    }

    private static PyObject one(String fn, PyObject[] a, String[] k) {
        ArgParser.positional(fn, fn, a, k, 1, 1);
        return a[0];
    }

    private static void noDirFd(PyObject dirFd) {
        if (dirFd != null && dirFd != PyNone.NONE) {
            throw Errors.of(PyExc.NotImplementedError, "dir_fd unavailable on this platform");
        }
    }

    /** A path argument: str, bytes or os.PathLike (pathlib.Path), as CPython's path_converter. */
    static String pathArg(ThreadState ts, String fn, PyObject p) {
        String path = FsPath.of(ts, p);
        if (path != null) {
            return path;
        }
        throw Errors.typeError(fn + ": path should be string, bytes or os.PathLike, not " + p.type().name());
    }
}
