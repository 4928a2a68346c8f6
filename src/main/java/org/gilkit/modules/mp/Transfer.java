package org.gilkit.modules.mp;

import java.util.List;

/**
 * A written object graph: the bytes, plus for an in-JVM {@link Mode#FORK} copy the Java objects
 * shared by identity (Code, built-in types, {@link MpShared} objects) that {@link Tag#SHARED}
 * records index. A transfer with no refs can cross a process boundary.
 */
public record Transfer(byte[] data, List<Object> refs) {}
