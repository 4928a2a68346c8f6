/**
 * The global interpreter lock, as the interpreter sees it: a validating facade over the C lock in
 * {@code native/src/gil.c} (through {@code org.gilkit.binding.GilkitNative.Gil}).
 *
 * <ul>
 *   <li>{@link org.gilkit.gil.Gil}: one lock per interpreter, its {@link org.gilkit.gil.GilPolicy}
 *       and switch interval.</li>
 *   <li>{@link org.gilkit.gil.GilThread}: one per interpreter thread; acquire/release, the VM's
 *       {@code checkpoint()} and per-thread {@link org.gilkit.gil.GilStats}.</li>
 *   <li>{@link org.gilkit.gil.GilTrace}: the event trace ({@link org.gilkit.gil.GilEvent}).</li>
 * </ul>
 *
 * <p>Every misuse is a Java exception thrown before C is called. Only platform threads may take
 * the lock (see {@link org.gilkit.gil.Gil}). This package may call only {@code org.gilkit.binding};
 * the runtime, VM, modules and CLI call it.
 */
package org.gilkit.gil;
