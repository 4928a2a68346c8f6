package org.gilkit.runtime;

import java.util.List;

/**
 * The built-in exception types with CPython 3.11's names and hierarchy. All share the
 * {@link PyBaseException} Java layout (type-specific attributes such as OSError.errno live in
 * its member map), so any combination of them may be used as bases. Methods are installed by
 * {@link ExceptionMethods}.
 */
public final class PyExc {
    private PyExc() {}

    public static final PyType BaseException = PyType.builtin("BaseException", PyType.OBJECT, true);
    public static final PyType GeneratorExit = PyType.builtinSameLayout("GeneratorExit", BaseException, true);
    public static final PyType KeyboardInterrupt = PyType.builtinSameLayout("KeyboardInterrupt", BaseException, true);
    public static final PyType SystemExit = PyType.builtinSameLayout("SystemExit", BaseException, true);
    public static final PyType Exception = PyType.builtinSameLayout("Exception", BaseException, true);
    public static final PyType ArithmeticError = PyType.builtinSameLayout("ArithmeticError", Exception, true);
    public static final PyType FloatingPointError = PyType.builtinSameLayout("FloatingPointError", ArithmeticError, true);
    public static final PyType OverflowError = PyType.builtinSameLayout("OverflowError", ArithmeticError, true);
    public static final PyType ZeroDivisionError = PyType.builtinSameLayout("ZeroDivisionError", ArithmeticError, true);
    public static final PyType AssertionError = PyType.builtinSameLayout("AssertionError", Exception, true);
    public static final PyType AttributeError = PyType.builtinSameLayout("AttributeError", Exception, true);
    public static final PyType BufferError = PyType.builtinSameLayout("BufferError", Exception, true);
    public static final PyType EOFError = PyType.builtinSameLayout("EOFError", Exception, true);
    public static final PyType ImportError = PyType.builtinSameLayout("ImportError", Exception, true);
    public static final PyType ModuleNotFoundError = PyType.builtinSameLayout("ModuleNotFoundError", ImportError, true);
    public static final PyType LookupError = PyType.builtinSameLayout("LookupError", Exception, true);
    public static final PyType IndexError = PyType.builtinSameLayout("IndexError", LookupError, true);
    public static final PyType KeyError = PyType.builtinSameLayout("KeyError", LookupError, true);
    public static final PyType MemoryError = PyType.builtinSameLayout("MemoryError", Exception, true);
    public static final PyType NameError = PyType.builtinSameLayout("NameError", Exception, true);
    public static final PyType UnboundLocalError = PyType.builtinSameLayout("UnboundLocalError", NameError, true);
    public static final PyType OSError = PyType.builtinSameLayout("OSError", Exception, true);
    public static final PyType BlockingIOError = PyType.builtinSameLayout("BlockingIOError", OSError, true);
    public static final PyType ChildProcessError = PyType.builtinSameLayout("ChildProcessError", OSError, true);
    public static final PyType ConnectionError = PyType.builtinSameLayout("ConnectionError", OSError, true);
    public static final PyType BrokenPipeError = PyType.builtinSameLayout("BrokenPipeError", ConnectionError, true);
    public static final PyType ConnectionAbortedError = PyType.builtinSameLayout("ConnectionAbortedError", ConnectionError, true);
    public static final PyType ConnectionRefusedError = PyType.builtinSameLayout("ConnectionRefusedError", ConnectionError, true);
    public static final PyType ConnectionResetError = PyType.builtinSameLayout("ConnectionResetError", ConnectionError, true);
    public static final PyType FileExistsError = PyType.builtinSameLayout("FileExistsError", OSError, true);
    public static final PyType FileNotFoundError = PyType.builtinSameLayout("FileNotFoundError", OSError, true);
    public static final PyType InterruptedError = PyType.builtinSameLayout("InterruptedError", OSError, true);
    public static final PyType IsADirectoryError = PyType.builtinSameLayout("IsADirectoryError", OSError, true);
    public static final PyType NotADirectoryError = PyType.builtinSameLayout("NotADirectoryError", OSError, true);
    public static final PyType PermissionError = PyType.builtinSameLayout("PermissionError", OSError, true);
    public static final PyType ProcessLookupError = PyType.builtinSameLayout("ProcessLookupError", OSError, true);
    public static final PyType TimeoutError = PyType.builtinSameLayout("TimeoutError", OSError, true);
    public static final PyType ReferenceError = PyType.builtinSameLayout("ReferenceError", Exception, true);
    public static final PyType RuntimeError = PyType.builtinSameLayout("RuntimeError", Exception, true);
    public static final PyType NotImplementedError = PyType.builtinSameLayout("NotImplementedError", RuntimeError, true);
    public static final PyType RecursionError = PyType.builtinSameLayout("RecursionError", RuntimeError, true);
    public static final PyType StopAsyncIteration = PyType.builtinSameLayout("StopAsyncIteration", Exception, true);
    public static final PyType StopIteration = PyType.builtinSameLayout("StopIteration", Exception, true);
    public static final PyType SyntaxError = PyType.builtinSameLayout("SyntaxError", Exception, true);
    public static final PyType IndentationError = PyType.builtinSameLayout("IndentationError", SyntaxError, true);
    public static final PyType TabError = PyType.builtinSameLayout("TabError", IndentationError, true);
    public static final PyType SystemError = PyType.builtinSameLayout("SystemError", Exception, true);
    public static final PyType TypeError = PyType.builtinSameLayout("TypeError", Exception, true);
    public static final PyType ValueError = PyType.builtinSameLayout("ValueError", Exception, true);
    public static final PyType UnicodeError = PyType.builtinSameLayout("UnicodeError", ValueError, true);
    public static final PyType UnicodeDecodeError = PyType.builtinSameLayout("UnicodeDecodeError", UnicodeError, true);
    public static final PyType UnicodeEncodeError = PyType.builtinSameLayout("UnicodeEncodeError", UnicodeError, true);
    public static final PyType UnicodeTranslateError = PyType.builtinSameLayout("UnicodeTranslateError", UnicodeError, true);
    public static final PyType Warning = PyType.builtinSameLayout("Warning", Exception, true);
    public static final PyType BytesWarning = PyType.builtinSameLayout("BytesWarning", Warning, true);
    public static final PyType DeprecationWarning = PyType.builtinSameLayout("DeprecationWarning", Warning, true);
    public static final PyType EncodingWarning = PyType.builtinSameLayout("EncodingWarning", Warning, true);
    public static final PyType FutureWarning = PyType.builtinSameLayout("FutureWarning", Warning, true);
    public static final PyType ImportWarning = PyType.builtinSameLayout("ImportWarning", Warning, true);
    public static final PyType PendingDeprecationWarning = PyType.builtinSameLayout("PendingDeprecationWarning", Warning, true);
    public static final PyType ResourceWarning = PyType.builtinSameLayout("ResourceWarning", Warning, true);
    public static final PyType RuntimeWarning = PyType.builtinSameLayout("RuntimeWarning", Warning, true);
    public static final PyType SyntaxWarning = PyType.builtinSameLayout("SyntaxWarning", Warning, true);
    public static final PyType UnicodeWarning = PyType.builtinSameLayout("UnicodeWarning", Warning, true);
    public static final PyType UserWarning = PyType.builtinSameLayout("UserWarning", Warning, true);

    /** io.UnsupportedOperation: what file objects raise for a read on a write-only file and the like. */
    public static final PyType UnsupportedOperation = PyType.builtin("io", "UnsupportedOperation",
            new PyType[] {OSError, ValueError}, true);

    /** Every type above, in hierarchy order (the builtins installer registers them by name). */
    public static final List<PyType> ALL = List.of(
            BaseException,
            GeneratorExit,
            KeyboardInterrupt,
            SystemExit,
            Exception,
            ArithmeticError,
            FloatingPointError,
            OverflowError,
            ZeroDivisionError,
            AssertionError,
            AttributeError,
            BufferError,
            EOFError,
            ImportError,
            ModuleNotFoundError,
            LookupError,
            IndexError,
            KeyError,
            MemoryError,
            NameError,
            UnboundLocalError,
            OSError,
            BlockingIOError,
            ChildProcessError,
            ConnectionError,
            BrokenPipeError,
            ConnectionAbortedError,
            ConnectionRefusedError,
            ConnectionResetError,
            FileExistsError,
            FileNotFoundError,
            InterruptedError,
            IsADirectoryError,
            NotADirectoryError,
            PermissionError,
            ProcessLookupError,
            TimeoutError,
            ReferenceError,
            RuntimeError,
            NotImplementedError,
            RecursionError,
            StopAsyncIteration,
            StopIteration,
            SyntaxError,
            IndentationError,
            TabError,
            SystemError,
            TypeError,
            ValueError,
            UnicodeError,
            UnicodeDecodeError,
            UnicodeEncodeError,
            UnicodeTranslateError,
            Warning,
            BytesWarning,
            DeprecationWarning,
            EncodingWarning,
            FutureWarning,
            ImportWarning,
            PendingDeprecationWarning,
            ResourceWarning,
            RuntimeWarning,
            SyntaxWarning,
            UnicodeWarning,
            UserWarning);

    static {
        ExceptionMethods.install();
    }
}
