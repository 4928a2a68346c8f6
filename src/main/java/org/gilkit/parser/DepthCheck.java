package org.gilkit.parser;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.gilkit.ast.Arguments;
import org.gilkit.ast.Comprehension;
import org.gilkit.ast.Expr;
import org.gilkit.ast.Module;
import org.gilkit.ast.Node;
import org.gilkit.ast.Stmt;
import org.gilkit.ast.WithItem;

/**
 * Rejects an AST nested deeper than a limit, counting statement and expression levels as CPython
 * 3.11's compiler does (it raises "RecursionError: maximum recursion depth exceeded during
 * compilation" at about 3000). Flat left-associative chains such as a 100000-term sum are parsed
 * by loops but still make deep trees; this check keeps every later recursive pass (compiler,
 * dumper) safe. The walk is iterative and generic over the AST records.
 */
final class DepthCheck {
    private static final ClassValue<Method[]> ACCESSORS = new ClassValue<>() {
        @Override
        protected Method[] computeValue(Class<?> type) {
            RecordComponent[] rc = type.getRecordComponents();
            List<Method> out = new ArrayList<>();
            for (RecordComponent c : rc == null ? new RecordComponent[0] : rc) {
                Class<?> t = c.getType();
                if (List.class.isAssignableFrom(t) || Node.class.isAssignableFrom(t) || t == Arguments.class
                        || t == WithItem.class) {
                    Method m = c.getAccessor();
                    // Public accessors of public records; skipping the per-call access check halves the walk.
                    m.setAccessible(true);
                    out.add(m);
                }
            }
            return out.toArray(new Method[0]);
        }
    };

    private DepthCheck() {}

    static void check(Module m, int limit, Errors err) {
        ArrayDeque<Object> nodes = new ArrayDeque<>();
        ArrayDeque<Integer> depths = new ArrayDeque<>();
        for (Stmt s : m.body()) {
            nodes.push(s);
            depths.push(0);
        }
        while (!nodes.isEmpty()) {
            Object node = nodes.pop();
            int depth = depths.pop();
            if (node instanceof Expr || node instanceof Stmt) {
                depth++;
                if (depth > limit) {
                    throw err.make("RecursionError", "maximum recursion depth exceeded during compilation", 0, 0, 0, 0);
                }
            }
            pushChildren(node, depth, nodes, depths);
        }
    }

    private static void pushChildren(Object node, int depth, ArrayDeque<Object> nodes, ArrayDeque<Integer> depths) {
        for (Method m : ACCESSORS.get(node.getClass())) {
            Object v = invoke(m, node);
            if (v instanceof List<?> list) {
                for (Object x : list) {
                    if (isNode(x)) {
                        nodes.push(x);
                        depths.push(depth);
                    }
                }
            } else if (isNode(v)) {
                nodes.push(v);
                depths.push(depth);
            }
        }
    }

    private static boolean isNode(Object x) {
        return x instanceof Node || x instanceof Arguments || x instanceof Comprehension || x instanceof WithItem;
    }

    private static Object invoke(Method m, Object target) {
        try {
            return m.invoke(target);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read AST field " + m, e);
        }
    }
}
