package org.gilkit.ast;

/** {@code and} / {@code or} (CPython boolop). */
public enum BoolOpKind {
    AND,
    OR
}
