package org.gilkit.runtime.format;

/**
 * Evaluates a {@link FormatTemplate} with a {@link FieldResolver}, in CPython's order for each
 * field ({@code output_markup}): name errors, lookup, accessors, conversion, the nested spec, then
 * {@code format()}. A {@link FormatTemplate.Failure} is raised when reached.
 */
final class TemplateRenderer<T> {
    private final FieldResolver<T> resolver;

    TemplateRenderer(FieldResolver<T> resolver) {
        this.resolver = resolver;
    }

    String render(FormatTemplate template) {
        StringBuilder out = new StringBuilder();
        for (FormatTemplate.Part part : template.parts()) {
            if (part instanceof FormatTemplate.Literal lit) {
                out.append(lit.text());
            } else if (part instanceof FormatTemplate.Field field) {
                out.append(field(field));
            } else {
                throw ((FormatTemplate.Failure) part).error();
            }
        }
        return out.toString();
    }

    private String field(FormatTemplate.Field field) {
        T obj = lookup(field.name());
        String converted = field.conversion() == 0 ? null : convert(obj, field.conversion());
        String spec = field.spec() == null ? field.rawSpec() : render(field.spec());
        if (converted != null) {
            return StrFormat.format(converted, spec, "str");
        }
        return resolver.format(obj, spec);
    }

    /** get_field_object: the argument, then each accessor in turn. */
    private T lookup(FieldName name) {
        if (name.error() != null) {
            throw name.error();
        }
        T obj = first(name);
        for (Accessor a : name.accessors()) {
            obj = access(obj, a);
        }
        if (name.accessorError() != null) {
            throw name.accessorError();
        }
        return obj;
    }

    private T first(FieldName name) {
        if (name.index() < 0) {
            return resolver.keyword(name.keyword());
        }
        T obj = resolver.positional(name.index());
        if (obj == null) {
            throw new FormatException("IndexError", "Replacement index " + name.index()
                    + " out of range for positional args tuple");
        }
        return obj;
    }

    private T access(T obj, Accessor a) {
        if (a instanceof Accessor.Attribute attr) {
            return resolver.attribute(obj, attr.name());
        }
        Accessor.Item item = (Accessor.Item) a;
        return item.isIndex() ? resolver.item(obj, item.index()) : resolver.item(obj, item.key());
    }

    /** do_conversion: {@code !s}, {@code !r}, {@code !a}. */
    private String convert(T obj, int conversion) {
        switch (conversion) {
            case 's':
                return resolver.str(obj);
            case 'r':
                return resolver.repr(obj);
            case 'a':
                return StrRepr.asciiEscape(resolver.repr(obj));
            default:
                throw FormatException.valueError("Unknown conversion specifier " + shown(conversion));
        }
    }

    private static String shown(int c) {
        return c > 32 && c < 127 ? String.valueOf((char) c) : "\\x" + Integer.toHexString(c);
    }
}
