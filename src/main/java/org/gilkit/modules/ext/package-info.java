/**
 * The Python module {@code gilkit.ext}: one function per user kernel
 * ({@code native/src/ext/NAME.c}), built at run time from the kernel's schema
 * ({@link org.gilkit.kernels.ExtKernel}), so a new kernel needs no Java here (docs/extending.md).
 *
 * <ul>
 *   <li>{@link org.gilkit.modules.ext.GilkitExtModule}: creates the module object.</li>
 *   <li>{@link org.gilkit.modules.ext.ExtFunction}: one kernel as a Python function (argument
 *       parsing, the {@code policy=} keyword, errors as Python exceptions).</li>
 *   <li>{@link org.gilkit.modules.ext.ExtValues}: Python values to and from the native buffers
 *       a kernel reads and writes.</li>
 * </ul>
 *
 * <p>Calls {@code org.gilkit.kernels} and {@code org.gilkit.runtime}; the VM's module registry
 * imports it.
 */
package org.gilkit.modules.ext;
