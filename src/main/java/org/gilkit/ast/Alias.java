package org.gilkit.ast;

/** {@code name as asname} in an import; asname may be null. name may be dotted ("a.b.c") or "*". */
public record Alias(Pos pos, String name, String asname) implements Node {}
