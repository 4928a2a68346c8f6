/**
 * The abstract syntax tree: records named and shaped like CPython's {@code ast} module (Python 3.11
 * ASDL, minus async and match), produced by {@code org.gilkit.parser.Parser} and consumed by
 * {@code org.gilkit.compiler.Compiler}. Pure data: this package calls nothing.
 */
package org.gilkit.ast;
