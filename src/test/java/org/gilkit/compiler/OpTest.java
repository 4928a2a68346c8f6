package org.gilkit.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import org.junit.jupiter.api.Test;

/** {@link Op}'s int constants must be exactly {@link OpCode}'s ordinals, all of them. */
class OpTest {
    @Test
    void constantsMatchOrdinals() throws Exception {
        int count = 0;
        for (Field f : Op.class.getFields()) {
            if (!Modifier.isStatic(f.getModifiers())) continue;
            assertEquals(OpCode.valueOf(f.getName()).ordinal(), f.getInt(null), f.getName());
            count++;
        }
        assertEquals(OpCode.values().length, count, "every OpCode has an Op constant");
    }

    @Test
    void stackEffectsOfVariableOperands() {
        assertEquals(-2, OpCode.BUILD_LIST.stackEffect(3, false));
        assertEquals(-3, OpCode.CALL.stackEffect(3, false));
        assertEquals(-4, OpCode.CALL_KW.stackEffect(3, false));
        assertEquals(3, OpCode.UNPACK_EX.stackEffect(1 | (2 << 8), false));
        assertEquals(-2, OpCode.MAKE_FUNCTION.stackEffect(OpCode.FN_DEFAULTS | OpCode.FN_CLOSURE, false));
        assertEquals(-1, OpCode.FOR_ITER_BACK.stackEffect(0, false));
        assertEquals(1, OpCode.FOR_ITER_BACK.stackEffect(0, true));
        assertEquals(9, OpCode.BINARY_FAST_FAST.next(2));
        assertEquals(4, OpCode.LOAD_FAST.next(2));
    }
}
