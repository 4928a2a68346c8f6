/**
 * The compiler: {@code org.gilkit.ast.Module} to {@link org.gilkit.compiler.Code} bytecode.
 *
 * <ul>
 *   <li>{@link org.gilkit.compiler.Compiler} - the entry point, statements; {@code ExpressionCompiler}
 *       - expressions, calls, functions, assignment targets.</li>
 *   <li>{@code Symtable} and {@code Scope} - scope analysis: locals, cells, free variables, globals.</li>
 *   <li>{@link org.gilkit.compiler.OpCode} - every instruction with its operand shape and stack
 *       effect; {@link org.gilkit.compiler.Op} - the same as int constants for the VM's switch.</li>
 *   <li>{@link org.gilkit.compiler.CodeBuilder}, {@link org.gilkit.compiler.Label}, {@code FBlock},
 *       {@code Unit} - emission, jumps, the exception table, unwinding through finally/with.</li>
 *   <li>{@link org.gilkit.compiler.Disassembler} - {@code gilkit dis}.</li>
 * </ul>
 *
 * <p>May call: {@code org.gilkit.ast}, {@code org.gilkit.parser} (its SyntaxErrorException) and
 * {@code org.gilkit.runtime}. Called by {@code org.gilkit.vm} and {@code org.gilkit.cli}.
 */
package org.gilkit.compiler;
