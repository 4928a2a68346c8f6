/**
 * multiprocessing for gilkit: processes that each have their own interpreter and their own GIL,
 * so CPU-bound Python code scales with the cores (issue 9).
 *
 * <ul>
 * <li>One object-graph format for both start methods: {@link org.gilkit.modules.mp.ObjectWriter}
 *     and {@link org.gilkit.modules.mp.ObjectReader} ({@link org.gilkit.modules.mp.Tag} lists the
 *     records, {@link org.gilkit.modules.mp.Mode} what is copied by value).</li>
 * <li>fork: {@link org.gilkit.modules.mp.ForkedChild}, a new interpreter of this JVM
 *     ({@code org.gilkit.vm.ChildInterpreter}) built from a copy of the parent.</li>
 * <li>spawn: {@link org.gilkit.modules.mp.SpawnedChild}, a new JVM that imports the main script
 *     as {@code __mp_main__}.</li>
 * <li>Primitives shared between processes ({@link org.gilkit.modules.mp.MpShared}):
 *     {@link org.gilkit.modules.mp.ByteQueue}, {@link org.gilkit.modules.mp.SharedLock},
 *     {@link org.gilkit.modules.mp.SharedEvent}, {@link org.gilkit.modules.mp.SharedMemory},
 *     {@link org.gilkit.modules.mp.PipeHandle} (one process's handle on a
 *     {@link org.gilkit.modules.mp.PipeChannel}).</li>
 * </ul>
 * The Python API (Process, Pool, Queue, Value, ...) is {@code /org/gilkit/lib/multiprocessing.py}
 * on top of the {@code _multiprocessing} module ({@code org.gilkit.modules.MultiprocessingModule}).
 * This package may call runtime and vm (ChildInterpreter, FunctionParts), never cli.
 */
package org.gilkit.modules.mp;
