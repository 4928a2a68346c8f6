package org.gilkit.ast;

/** How a name, attribute, subscript, starred, list or tuple expression is used (CPython expr_context). */
public enum Ctx {
    LOAD,
    STORE,
    DEL
}
