package org.gilkit.kernels;

import java.util.HashSet;
import java.util.Set;

/**
 * Checks a user kernel's schema when the registry is loaded, so that a malformed C descriptor
 * fails at start-up (and in {@code ExtKernelsTest}) with a message naming the kernel and the
 * parameter, never later as a confusing call error. The rules are those {@code gilkit/ext.h}
 * states for {@code gilkit_ext_param}.
 */
final class ExtSchemaCheck {
    private static final String IDENT = "[A-Za-z_][A-Za-z0-9_]*";

    private ExtSchemaCheck() {}

    static void check(ExtKernel k) {
        if (!k.name().matches(IDENT)) throw bad(k, "the name is not an identifier");
        if (k.params().size() > ExtKernels.MAX_PARAMS) throw bad(k, "more than " + ExtKernels.MAX_PARAMS + " parameters");
        Set<String> seen = new HashSet<>();
        for (ExtParam p : k.params()) {
            if (p.name() == null || !p.name().matches(IDENT)) throw bad(k, "parameter " + p.index() + " has no identifier name");
            if (p.name().equals("policy")) throw bad(k, "'policy' is reserved for the release policy keyword");
            if (!seen.add(p.name())) throw bad(k, "two parameters are called '" + p.name() + "'");
            if (p.kind() == null) throw bad(k, "parameter '" + p.name() + "' has an unknown kind");
            if (p.kind().isBuffer() && p.dtype() == null) throw bad(k, "buffer '" + p.name() + "' has an unknown dtype");
            if (p.kind() == ExtParam.Kind.INT && p.min() > p.max())
                throw bad(k, "parameter '" + p.name() + "' has min " + p.min() + " > max " + p.max());
        }
        for (ExtParam p : k.params()) if (!p.sizeRule().isEmpty()) checkRule(k, p.sizeRule(), "the size rule of '" + p.name() + "'", true);
        if (!k.workRule().isEmpty()) checkRule(k, k.workRule(), "the work rule", false);
    }

    /**
     * A size rule may name INT parameters and IN/INOUT buffers (whose lengths the caller fixes);
     * not OUT buffers, which may be the ones being allocated. The work rule may name any buffer.
     */
    private static void checkRule(ExtKernel k, String text, String what, boolean sizeRule) {
        SizeRule rule;
        try {
            rule = SizeRule.parse(text);
        } catch (IllegalArgumentException e) {
            throw bad(k, what + ": " + e.getMessage());
        }
        for (String n : rule.names()) {
            ExtParam q = k.params().stream().filter(p -> p.name().equals(n)).findFirst()
                    .orElseThrow(() -> bad(k, what + " names no parameter '" + n + "'"));
            if (q.kind() == ExtParam.Kind.FLOAT) throw bad(k, what + " names the float parameter '" + n + "'");
            if (sizeRule && q.kind() == ExtParam.Kind.OUT) throw bad(k, what + " names the output buffer '" + n + "'");
        }
    }

    private static IllegalStateException bad(ExtKernel k, String what) {
        return new IllegalStateException("user kernel '" + k.name() + "' (native/src/ext/" + k.name() + ".c): bad schema: " + what);
    }
}
