/**
 * The parser: tokens to the {@code org.gilkit.ast} tree, CPython 3.11's grammar by recursive
 * descent. Entry: {@link org.gilkit.parser.Parser#parse(String, String)} /
 * {@link org.gilkit.parser.Parser#parseFile(java.nio.file.Path)}; errors are
 * {@link org.gilkit.parser.SyntaxErrorException}s whose {@code format()} is CPython's stderr text.
 *
 * <ul>
 *   <li>{@link org.gilkit.parser.Parser}: statements, blocks, entry points.</li>
 *   <li>{@code ExpressionParser}: expressions, calls, comprehensions, targets, parameters.</li>
 *   <li>{@code SimpleStatements}: assignments and expression statements.</li>
 *   <li>{@code Literals}, {@code Escapes}, {@code FStringParser}: numbers, strings, f-strings.</li>
 *   <li>{@code Targets}: Store/Del contexts and "cannot assign to ..." wording.</li>
 *   <li>{@code TokenStream}, {@code Errors}, {@code SourceText}: lookahead, error locations.</li>
 *   <li>{@code DepthCheck}, {@code BigStack}, {@code SourceDecoder}: limits and robustness.</li>
 * </ul>
 * Calls down to {@code org.gilkit.lexer} and {@code org.gilkit.ast} only.
 */
package org.gilkit.parser;
