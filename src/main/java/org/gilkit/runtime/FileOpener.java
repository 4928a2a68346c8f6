package org.gilkit.runtime;

import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The {@code open()} builtin's work: mode parsing with CPython's errors, opening the file with the
 * GIL released, and mapping Java I/O failures to OSError subclasses with errno, strerror and
 * filename ("[Errno 2] No such file or directory: 'x'").
 */
public final class FileOpener {
    private FileOpener() {}

    private static final ArgParser OPEN = ArgParser.of("open", 1, "file", "mode", "buffering", "encoding", "errors",
            "newline", "closefd", "opener");

    /** open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None). */
    public static PyObject open(ThreadState ts, PyObject[] args, String[] kwnames) {
        PyObject[] p = OPEN.parse(args, kwnames);
        PyObject file = p[0];
        if (file instanceof PyInt) throw Errors.of(PyExc.OSError, "opening file descriptors is not supported");
        String path = FsPath.of(ts, file);
        if (path == null) throw Errors.typeError("expected str, bytes or os.PathLike object, not " + file.type().name());
        String mode = p[1] == null ? "r" : Ops.strArg("open", "mode", p[1]);
        Mode m = Mode.parse(mode);
        if (m.binary && p[3] != null && p[3] != PyNone.NONE) throw Errors.valueError("binary mode doesn't take an encoding argument");
        String encoding = "UTF-8";
        if (p[3] != null && p[3] != PyNone.NONE) {
            encoding = Ops.strArg("open", "encoding", p[3]);
            Codecs.normalize(encoding); // LookupError: unknown encoding: x
        }
        if (m.binary && p[4] != null && p[4] != PyNone.NONE) throw Errors.valueError("binary mode doesn't take an errors argument");
        String errors = p[4] == null || p[4] == PyNone.NONE ? "strict" : Ops.strArg("open", "errors", p[4]);
        String enc = encoding;
        try {
            return ts.blocking("open", () -> openFile(path, m, mode, enc, errors));
        } catch (IOException e) {
            throw osError(e, path);
        }
    }

    private static PyTextIO openFile(String path, Mode m, String mode, String encoding, String errors) throws IOException {
        File f = new File(path);
        if (f.isDirectory()) throw new IOException(path + " (Is a directory)");
        if (m.kind == 'x' && f.exists()) throw new IOException(path + " (File exists)");
        InputStream in = null;
        OutputStream out = null;
        if (m.kind == 'r') in = new FileInputStream(f);
        else out = new FileOutputStream(f, m.kind == 'a');
        if (m.plus && m.kind == 'r') out = new FileOutputStream(f, true);
        return PyTextIO.forFile(path, mode, m.binary, in, out, encoding, errors);
    }

    /** A parsed mode string. */
    private static final class Mode {
        char kind;
        boolean binary;
        boolean plus;

        static Mode parse(String mode) {
            Mode m = new Mode();
            boolean text = false;
            for (char c : mode.toCharArray()) {
                switch (c) {
                    case 'r': case 'w': case 'a': case 'x':
                        if (m.kind != 0) throw Errors.valueError("must have exactly one of create/read/write/append mode");
                        m.kind = c;
                        break;
                    case 'b':
                        if (m.binary) throw Errors.valueError("invalid mode: '" + mode + "'");
                        m.binary = true;
                        break;
                    case 't':
                        if (text) throw Errors.valueError("invalid mode: '" + mode + "'");
                        text = true;
                        break;
                    case '+':
                        if (m.plus) throw Errors.valueError("invalid mode: '" + mode + "'");
                        m.plus = true;
                        break;
                    default:
                        throw Errors.valueError("invalid mode: '" + mode + "'");
                }
            }
            if (text && m.binary) throw Errors.valueError("can't have text and binary mode at once");
            if (m.kind == 0) throw Errors.valueError("Must have exactly one of create/read/write/append mode and at most one plus");
            return m;
        }
    }

    /** Maps a Java I/O failure to OSError with errno (FileNotFoundError, PermissionError, ...). */
    public static PyException osError(IOException e, String filename) {
        return osError(e, filename, null);
    }

    /**
     * The errno a failed java.io or java.nio.file call stands for, as the OSError subclass CPython
     * raises, naming one or both files ("[Errno 2] No such file or directory: 'a' -> 'b'").
     */
    public static PyException osError(IOException e, String filename, String filename2) {
        String msg = e.getMessage() == null ? "" : e.getMessage();
        String reason = e instanceof java.nio.file.FileSystemException f && f.getReason() != null ? f.getReason() : msg;
        if (e instanceof java.nio.file.NoSuchFileException || reason.endsWith("(No such file or directory)")) {
            return Errors.osError(2, "No such file or directory", filename, filename2);
        }
        if (e instanceof java.nio.file.AccessDeniedException || reason.endsWith("(Permission denied)")) {
            return Errors.osError(13, "Permission denied", filename, filename2);
        }
        if (e instanceof java.nio.file.DirectoryNotEmptyException || reason.equals("Directory not empty")) {
            return Errors.osError(39, "Directory not empty", filename, filename2);
        }
        if (reason.endsWith("(Is a directory)") || reason.equals("Is a directory")) {
            return Errors.osError(21, "Is a directory", filename, filename2);
        }
        if (e instanceof java.nio.file.NotDirectoryException || reason.endsWith("(Not a directory)")
                || reason.equals("Not a directory")) {
            return Errors.osError(20, "Not a directory", filename, filename2);
        }
        if (e instanceof java.nio.file.FileAlreadyExistsException || reason.endsWith("(File exists)")) {
            return Errors.osError(17, "File exists", filename, filename2);
        }
        if (e instanceof java.nio.file.AtomicMoveNotSupportedException) {
            return Errors.osError(18, "Invalid cross-device link", filename, filename2);
        }
        if (msg.contains("Broken pipe")) return Errors.osError(32, "Broken pipe", null);
        return Errors.of(PyExc.OSError, msg.isEmpty() ? e.toString() : msg);
    }
}
