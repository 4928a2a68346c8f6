/**
 * The JavaCPP binding of the C library in {@code native/}: one nested class per C header, natives
 * only, exact C names. Nothing here validates arguments; the facades above it do, so that a bad
 * argument is a Java exception and never a JVM crash. This layer calls nothing but C.
 */
package org.gilkit.binding;
