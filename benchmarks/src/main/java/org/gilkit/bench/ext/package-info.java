/**
 * One JMH benchmark per user kernel ({@code native/src/ext/NAME.c}), written by
 * {@code gilkit new-kernel NAME} as {@code <Name>Bench}: released vs held, one thread vs two,
 * each operation taking and dropping a shared GIL as a Python call does.
 */
package org.gilkit.bench.ext;
