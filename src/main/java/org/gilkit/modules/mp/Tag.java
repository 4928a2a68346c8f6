package org.gilkit.modules.mp;

/**
 * The record tags of the object-graph format written by {@link ObjectWriter} and read by
 * {@link ObjectReader} (one byte each, followed by the operands named in brackets). Objects that
 * may be shared or cyclic take the next memo index when their record starts, in the same order
 * on both sides; {@link #MEMO} refers back to one.
 */
final class Tag {
    private Tag() {}

    static final byte NONE = 1;          // []
    static final byte TRUE = 2;          // []
    static final byte FALSE = 3;         // []
    static final byte INT = 4;           // [long]
    static final byte BIGINT = 5;        // [len, two's-complement bytes]
    static final byte FLOAT = 6;         // [double]
    static final byte STR = 7;           // [len, UTF-8 bytes]
    static final byte BYTES = 8;         // [len, bytes]
    static final byte BYTEARRAY = 9;     // [len, bytes] (memo)
    static final byte TUPLE = 10;        // [n, items] (memo, filled after the items)
    static final byte LIST = 11;         // [n, items] (memo)
    static final byte DICT = 12;         // [n, key value ...] (memo)
    static final byte SET = 13;          // [n, items] (memo)
    static final byte FROZENSET = 14;    // [n, items] (memo)
    static final byte MEMO = 15;         // [index]
    static final byte GLOBAL = 16;       // [module str, qualname str]: by reference, as pickle
    static final byte BUILTINS = 17;     // []: the target interpreter's builtins dict
    static final byte MODULE = 18;       // [name]: imported in the target
    static final byte MODULE_DICT = 19;  // [name]: the namespace of a module imported in the target
    static final byte MODULE_COPY = 20;  // [name, dict]: a user module copied by value (memo)
    static final byte FUNCTION = 21;     // [code ref, globals, defaults, kwdefaults, closure, name, qualname, doc, module, dict] (memo)
    static final byte CELL = 22;         // [value or NONE + flag] (memo)
    static final byte CLASS = 23;        // [metaclass, name, bases, namespace] (memo)
    static final byte INSTANCE = 24;     // [type, dict or NONE] (memo)
    static final byte EXCEPTION = 25;    // [type, args, dict] (memo)
    static final byte METHOD = 26;       // [func, self]
    static final byte STATICMETHOD = 27; // [func]
    static final byte CLASSMETHOD = 28;  // [func]
    static final byte PROPERTY = 29;     // [fget, fset, fdel, doc]
    static final byte SHARED = 30;       // [ref index]: the same Java object (in-JVM transfers only)
    static final byte ATTR = 31;         // [object, name]: getattr in the target (bound builtin methods)
    static final byte REDUCE = 32;       // [callable, args, state]: callable(*args), then __dict__.update(state) (memo)
    static final byte STD_STREAM = 33;   // [0 stdin, 1 stdout, 2 stderr]: the target's own stream
    static final byte NEW_LOCK = 34;     // [0 lock, 1 RLock]: a fresh _thread lock (fork copies)
    static final byte ELLIPSIS = 35;     // []
    static final byte NOT_IMPLEMENTED = 36; // []
    static final byte SUBCLASS = 38;     // [type, value of the built-in base] (memo) [state]: a user subclass of tuple, list, dict, str, int, float
    static final byte CONN = 39;         // [JVM pid long, id long]: a Connection's handle sent through a Queue/Pipe/Pool ({@link PipeHandles})
    static final byte HANDLE = 37;       // [kind str, id long, extra str]: a shared object resolved by the target's registry
}
