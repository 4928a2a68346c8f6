package org.gilkit.kernels;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * A size rule of a user kernel ({@code gilkit/ext.h}): a product of terms separated by '*', each a
 * decimal number, the name of an INT parameter (its value) or of a buffer parameter (its length
 * in elements): "width*rows", "bins", "x", "2*n". The C dispatcher evaluates the same grammar;
 * this copy gives Java callers clear messages and lets {@link ExtKernel} allocate outputs.
 */
final class SizeRule {
    private final String text;
    private final List<String> names; // one per term; null for a number term
    private final List<Long> numbers; // one per term; null for a name term

    private SizeRule(String text, List<String> names, List<Long> numbers) {
        this.text = text;
        this.names = names;
        this.numbers = numbers;
    }

    /** Parses a rule. @throws IllegalArgumentException if a term is empty or not a number or identifier */
    static SizeRule parse(String text) {
        List<String> names = new ArrayList<>();
        List<Long> numbers = new ArrayList<>();
        for (String term : text.split("\\*", -1)) {
            if (term.matches("[0-9]{1,18}")) {
                names.add(null);
                numbers.add(Long.parseLong(term));
            } else if (term.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                names.add(term);
                numbers.add(null);
            } else {
                throw new IllegalArgumentException("bad term '" + term + "' in size rule '" + text + "'");
            }
        }
        return new SizeRule(text, names, numbers);
    }

    /** The parameter names the rule refers to. */
    List<String> names() {
        return names.stream().filter(n -> n != null).toList();
    }

    /**
     * The rule's value, looking names up with {@code value}.
     * @throws ArithmeticException if the product overflows a long
     */
    long evaluate(ToLongFunction<String> value) {
        long r = 1;
        for (int i = 0; i < names.size(); i++) {
            long v = names.get(i) == null ? numbers.get(i) : value.applyAsLong(names.get(i));
            r = Math.multiplyExact(r, v);
        }
        return r;
    }

    @Override
    public String toString() {
        return text;
    }
}
