package org.gilkit.compiler;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.gilkit.ast.Expr;

/**
 * Prints a {@link Code} as text for {@code gilkit dis script.py} (clox's {@code debug.c}, laid out
 * like CPython's {@code dis}): one line per instruction with its source line (when it changes),
 * a {@code >>} mark on jump targets, the offset, the opcode name, the operand and what the
 * operand means. One helper per {@link OpCode.Operand} shape. Nested code objects follow their
 * parent, each under a "Disassembly of" header, then the exception table. The output is
 * golden-tested ({@code DisassemblerTest}).
 */
public final class Disassembler {
    private final StringBuilder out = new StringBuilder();

    private Disassembler() {}

    /** The listing of {@code code} and every code object nested in it. */
    public static String disassemble(Code code) {
        Disassembler d = new Disassembler();
        d.code(code, true);
        return d.out.toString();
    }

    /** The listing of {@code code} alone (with its exception table), without nested code objects. */
    public static String disassembleOne(Code code) {
        Disassembler d = new Disassembler();
        d.body(code);
        return d.out.toString();
    }

    private void code(Code c, boolean top) {
        if (!top) out.append("\nDisassembly of ").append(c).append(":\n");
        body(c);
        for (Object k : c.constants) {
            if (k instanceof Code nested) code(nested, false);
        }
    }

    private void body(Code c) {
        TreeSet<Integer> targets = jumpTargets(c);
        int lastLine = -1;
        for (int pc = 0; pc < c.code.length; pc += OpCode.of(c.code[pc]).width()) {
            int line = c.lines[pc];
            boolean newLine = line != lastLine && line > 0;
            if (newLine && pc > 0) out.append('\n');
            out.append(newLine ? String.format("%4d", line) : "    ");
            lastLine = line;
            out.append(targets.contains(pc) ? " >> " : "    ");
            instruction(c, pc);
            out.append('\n');
        }
        exceptionTable(c);
    }

    private static TreeSet<Integer> jumpTargets(Code c) {
        TreeSet<Integer> t = new TreeSet<>();
        for (int pc = 0; pc < c.code.length; pc += OpCode.of(c.code[pc]).width()) {
            if (OpCode.of(c.code[pc]).isJump()) t.add(c.code[pc + 1]);
        }
        for (int i = 0; i < c.exceptionTable.length; i += 4) t.add(c.exceptionTable[i + 2]);
        return t;
    }

    private void exceptionTable(Code c) {
        int[] t = c.exceptionTable;
        if (t.length == 0) return;
        out.append("ExceptionTable:\n");
        for (int i = 0; i < t.length; i += 4) {
            out.append("  ").append(t[i]).append(" to ").append(t[i + 1]).append(" -> ").append(t[i + 2])
                    .append(" [").append(t[i + 3]).append("]\n");
        }
    }

    /**
     * One instruction as the {@code dis} module's get_instructions() sees it: {@code arg} is null
     * without an operand, {@code argrepr} is what the listing shows in parentheses ("" if nothing),
     * {@code line} is 0 unless the instruction starts a new source line, {@code operand} names what
     * the operand indexes or means ({@link OpCode.Operand}: CONST, NAME, LOCAL, JUMP...; SUPER for a
     * superinstruction, whose argrepr describes the instructions it covers).
     */
    public record Instruction(int offset, String opname, int opcode, Integer arg, String argrepr, int line,
            boolean isJumpTarget, String operand) {}

    /** The instructions of {@code code} itself (not of the code objects nested in it), in order. */
    public static List<Instruction> instructions(Code c) {
        List<Instruction> list = new ArrayList<>();
        TreeSet<Integer> targets = jumpTargets(c);
        int lastLine = -1;
        for (int pc = 0; pc < c.code.length; pc += OpCode.of(c.code[pc]).width()) {
            OpCode op = OpCode.of(c.code[pc]);
            int line = c.lines[pc];
            boolean newLine = line != lastLine && line > 0;
            lastLine = line;
            String detail = op.hasOperand() ? detail(c, pc) : null;
            list.add(new Instruction(pc, op.name(), c.code[pc], op.hasOperand() ? c.code[pc + 1] : null,
                    detail == null ? "" : detail, newLine ? line : 0, targets.contains(pc),
                    op.isSuper() ? "SUPER" : op.operand.name()));
        }
        return list;
    }

    private void instruction(Code c, int pc) {
        OpCode op = OpCode.of(c.code[pc]);
        out.append(String.format("%6d %s", pc, op.name()));
        if (!op.hasOperand()) return;
        int arg = c.code[pc + 1];
        pad(op.name().length());
        out.append(String.format("%4d", arg));
        String detail = detail(c, pc);
        if (detail != null) out.append(" (").append(detail).append(')');
    }

    /** What the operand of the instruction at {@code pc} means, or null. */
    private static String detail(Code c, int pc) {
        OpCode op = OpCode.of(c.code[pc]);
        int arg = c.code[pc + 1];
        String detail = switch (op.operand) {
            case NONE -> null;
            case CONST -> constantOperand(c, arg);
            case NAME -> tableOperand(c.names, arg);
            case LOCAL -> tableOperand(c.varnames, arg);
            case CELL -> cellOperand(c, arg);
            case JUMP -> jumpOperand(arg);
            case COUNT, DEPTH -> null;
            case COUNTS -> countsOperand(arg);
            case COMPARE -> compareOperand(arg);
            case INVERT -> invertOperand(op, arg);
            case CONVERSION -> conversionOperand(arg);
            case FN_FLAGS -> functionFlagsOperand(arg);
        };
        if (op.isSuper()) detail = superOperand(c, pc);
        return detail;
    }

    /** "a add b -> c" or "a < b" (operands read from the covered code). */
    private static String superOperand(Code c, int pc) {
        int[] k = c.code;
        if (k[pc] == Op.RETURN_FAST) return tableOperand(c.varnames, k[pc + 1]);
        if (k[pc] == Op.RETURN_CONST) return repr(c.constants[k[pc + 1]]);
        String b = k[pc + 2] == Op.LOAD_FAST ? tableOperand(c.varnames, k[pc + 3]) : repr(c.constants[k[pc + 3]]);
        if (k[pc] == Op.BINARY_COMPARE_JUMP) {
            String third = k[pc + 5] == Op.LOAD_FAST ? tableOperand(c.varnames, k[pc + 6]) : repr(c.constants[k[pc + 6]]);
            String op = OpCode.of(k[pc + 4]).name().replaceFirst("^BINARY_", "").toLowerCase(java.util.Locale.ROOT);
            return tableOperand(c.varnames, k[pc + 1]) + " " + op + " " + b + " " + compareOperand(k[pc + 8]) + " " + third;
        }
        if (k[pc] == Op.COMPARE_FAST_JUMP) {
            return tableOperand(c.varnames, k[pc + 1]) + " " + compareOperand(k[pc + 5]) + " " + b;
        }
        String op = OpCode.of(k[pc + 4]).name().replaceFirst("^(BINARY|INPLACE)_", "").toLowerCase(java.util.Locale.ROOT);
        return tableOperand(c.varnames, k[pc + 1]) + " " + op + " " + b + " -> " + tableOperand(c.varnames, k[pc + 6]);
    }

    private void pad(int nameLength) {
        for (int i = nameLength; i < 24; i++) out.append(' ');
    }

    private static String constantOperand(Code c, int arg) {
        return repr(c.constants[arg]);
    }

    private static String tableOperand(String[] table, int arg) {
        return arg >= 0 && arg < table.length ? table[arg] : "?";
    }

    private static String cellOperand(Code c, int arg) {
        return arg >= 0 && arg < c.cellCount() ? c.cellName(arg) : "?";
    }

    private static String jumpOperand(int arg) {
        return "to " + arg;
    }

    private static String countsOperand(int arg) {
        return (arg & 0xFF) + " before, " + (arg >> 8) + " after";
    }

    private static String compareOperand(int arg) {
        return arg >= 0 && arg < OpCode.COMPARE_SYMBOLS.length ? OpCode.COMPARE_SYMBOLS[arg] : "?";
    }

    private static String invertOperand(OpCode op, int arg) {
        String base = op == OpCode.IS_OP ? "is" : "in";
        if (arg == 0) return base;
        return op == OpCode.IS_OP ? "is not" : "not in";
    }

    private static String conversionOperand(int arg) {
        return arg < 0 ? "no conversion" : "!" + (char) arg;
    }

    private static String functionFlagsOperand(int arg) {
        List<String> parts = new ArrayList<>();
        if ((arg & OpCode.FN_DEFAULTS) != 0) parts.add("defaults");
        if ((arg & OpCode.FN_KWDEFAULTS) != 0) parts.add("kwdefaults");
        if ((arg & OpCode.FN_ANNOTATIONS) != 0) parts.add("annotations");
        if ((arg & OpCode.FN_CLOSURE) != 0) parts.add("closure");
        return parts.isEmpty() ? null : String.join(", ", parts);
    }

    /** Python's repr of a compile-time constant. */
    static String repr(Object v) {
        if (v == Expr.Constant.NONE) return "None";
        if (v == Expr.Constant.ELLIPSIS) return "Ellipsis";
        if (v instanceof Boolean b) return b ? "True" : "False";
        if (v instanceof Long || v instanceof BigInteger) return v.toString();
        if (v instanceof Double d) return floatRepr(d);
        if (v instanceof String s) return stringRepr(s);
        if (v instanceof String[] names) {
            List<String> rs = new ArrayList<>();
            for (String n : names) rs.add(stringRepr(n));
            return "(" + String.join(", ", rs) + (names.length == 1 ? ",)" : ")");
        }
        if (v instanceof List<?> l) return repr(l.toArray(new String[0]));
        if (v instanceof Expr.Bytes b) return bytesRepr(b.data());
        return v.toString();
    }

    private static String floatRepr(double d) {
        if (Double.isNaN(d)) return "nan";
        if (Double.isInfinite(d)) return d > 0 ? "inf" : "-inf";
        if (d == Math.rint(d) && Math.abs(d) < 1e16) return String.valueOf((long) d) + ".0";
        return Double.toString(d);
    }

    private static String stringRepr(String s) {
        char q = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder sb = new StringBuilder().append(q);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == q || ch == '\\') {
                sb.append('\\').append(ch);
            } else if (ch == '\n') {
                sb.append("\\n");
            } else if (ch == '\t') {
                sb.append("\\t");
            } else if (ch == '\r') {
                sb.append("\\r");
            } else if (ch < 0x20 || ch == 0x7f) {
                sb.append(String.format("\\x%02x", (int) ch));
            } else {
                sb.append(ch);
            }
        }
        return sb.append(q).toString();
    }

    private static String bytesRepr(byte[] data) {
        StringBuilder sb = new StringBuilder("b'");
        for (byte x : data) {
            int ch = x & 0xFF;
            if (ch == '\'' || ch == '\\') {
                sb.append('\\').append((char) ch);
            } else if (ch >= 0x20 && ch < 0x7f) {
                sb.append((char) ch);
            } else {
                sb.append(String.format("\\x%02x", ch));
            }
        }
        return sb.append('\'').toString();
    }
}
