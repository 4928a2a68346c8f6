package org.gilkit.runtime.format;

/**
 * One step after the first part of a replacement field's name: {@code .attr} or {@code [key]}.
 * An item key made only of decimal digits is an integer index ({@code {0[2]}}); any other key is
 * a str ({@code {0[name]}}, no quotes). Part of {@link FieldName}.
 */
public sealed interface Accessor {
    /** {@code .name}: getattr. */
    record Attribute(String name) implements Accessor {
    }

    /** {@code [key]}: getitem with an int when {@code index >= 0}, else with the str key. */
    record Item(String key, long index) implements Accessor {
        /** Whether the key is used as an int. */
        public boolean isIndex() {
            return index >= 0;
        }
    }
}
