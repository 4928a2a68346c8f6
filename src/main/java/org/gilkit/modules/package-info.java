/**
 * Built-in Java modules, one class per module, all listed in
 * {@link org.gilkit.modules.Modules#ALL} (the one module list the VM registers with its
 * importer). Besides the standard library's modules, this package holds the modules over the
 * native kernels: {@code hashlib} ({@link org.gilkit.modules.HashlibModule}), {@code zlib}
 * ({@link org.gilkit.modules.ZlibModule}), {@code gilkit} and {@code gilkit.kernels}
 * ({@link org.gilkit.modules.GilkitModule}, {@link org.gilkit.modules.GilkitKernelsModule}).
 * Their data arguments reach C through {@link org.gilkit.modules.BufferArg} (off-heap data
 * without a copy) and every kernel call through {@link org.gilkit.modules.KernelCalls}
 * (policy parsing, Java exceptions turned into Python ones).
 *
 * <p>Layering: modules use the runtime object model, the kernel facades and the GIL's
 * statistics (org.gilkit.observe); the runtime never sees this package.
 */
package org.gilkit.modules;
