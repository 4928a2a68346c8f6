/**
 * The standard library's Java modules ({@code _thread}, {@code time}, {@code math}, ...), one
 * class per module, all listed in {@link org.gilkit.modules.Modules#ALL} (the one module list the
 * VM registers with its importer). Modules that CPython writes in Python ({@code threading},
 * {@code queue}, {@code concurrent.futures}, {@code functools}, {@code collections}, ...) are
 * Python source under {@code src/main/resources/org/gilkit/lib/} on top of these primitives.
 *
 * <p>The modules over the native kernels also live here: {@code hashlib}
 * ({@link org.gilkit.modules.HashlibModule}), {@code zlib} ({@link org.gilkit.modules.ZlibModule}),
 * {@code gilkit} and {@code gilkit.kernels} ({@link org.gilkit.modules.GilkitModule},
 * {@link org.gilkit.modules.GilkitKernelsModule}). Their data arguments reach C through
 * {@link org.gilkit.modules.BufferArg} (off-heap data without a copy) and every kernel call goes
 * through {@link org.gilkit.modules.KernelCalls} (policy parsing, Java exceptions turned into
 * Python ones).
 *
 * <p>Layering: modules use the runtime object model, the kernel facades and the GIL's statistics
 * (org.gilkit.observe), and may use the VM's traceback printer; the runtime never sees this
 * package. Every blocking call goes through {@link org.gilkit.modules.Blocking} so that it
 * releases the GIL and delivers KeyboardInterrupt.
 */
package org.gilkit.modules;
