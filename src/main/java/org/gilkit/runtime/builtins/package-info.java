/**
 * The builtin functions, one class per builtin ({@code LenBuiltin}, {@code PrintBuiltin}, ...),
 * each implementing {@link org.gilkit.runtime.builtins.Builtin} with its script-visible name, and
 * the one explicit installer {@link org.gilkit.runtime.builtins.Builtins#installAll} that fills an
 * interpreter's builtins namespace with them, the built-in types, the exception types and the
 * constants.
 *
 * <p>May call org.gilkit.runtime (the object model and {@code Ops}) only; where a builtin needs the
 * VM ({@code __import__}, {@code __build_class__}, {@code globals()}), it goes through the hooks the
 * VM installs on {@link org.gilkit.runtime.InterpreterState} and the current
 * {@link org.gilkit.runtime.FrameInfo}.
 */
package org.gilkit.runtime.builtins;
