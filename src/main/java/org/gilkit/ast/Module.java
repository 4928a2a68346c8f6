package org.gilkit.ast;

import java.util.List;

/** A parsed source file (CPython's ast.Module). {@code filename} is as given to the parser. */
public record Module(String filename, List<Stmt> body) {}
