package org.gilkit.runtime.format;

import java.util.List;

/**
 * A {@code str.format} format string, parsed: literal text and replacement fields
 * {@code {name!conversion:spec}}, with {@code {{ }}} unescaped, automatic field numbers assigned
 * and nested fields in specs ({@code {:{width}}}) parsed as templates of their own.
 *
 * <p>Parsing never throws. CPython parses lazily while it formats, so an error in the string
 * surfaces only after the fields before it were looked up and formatted (and their own errors
 * win). To keep that order, a malformed spot becomes a {@link Failure} part (the last one) and
 * field-level errors are stored in {@link FieldName}; {@link #render(FieldResolver)} raises them
 * when it reaches them. The object layer implements {@link FieldResolver} for
 * {@code str.format}, {@code str.format_map} and {@code format()} of nested fields; the parts are
 * public for callers that want to evaluate fields themselves.
 */
public final class FormatTemplate {
    /** CPython's recursion limit for nested specs: a field in a spec may not nest again. */
    static final int MAX_DEPTH = 2;

    /** One piece of a template. */
    public sealed interface Part {
    }

    /** Text copied to the output. */
    public record Literal(String text) implements Part {
    }

    /**
     * A replacement field.
     *
     * @param name       what to look up
     * @param conversion {@code 's'}, {@code 'r'}, {@code 'a'}, another code point (an error when
     *                   rendered) or 0 for none
     * @param rawSpec    the spec text as written
     * @param spec       the spec as a template when it holds nested fields, else null
     */
    public record Field(FieldName name, int conversion, String rawSpec, FormatTemplate spec)
            implements Part {
    }

    /** A syntax error, raised when rendering reaches it. */
    public record Failure(FormatException error) implements Part {
    }

    private final List<Part> parts;

    FormatTemplate(List<Part> parts) {
        this.parts = List.copyOf(parts);
    }

    /** Parses a {@code str.format} format string. */
    public static FormatTemplate parse(String format) {
        return TemplateParser.parse(format, new AutoNumbering(), MAX_DEPTH);
    }

    /** The parts in order. */
    public List<Part> parts() {
        return parts;
    }

    /** Evaluates the template: {@code format.format(*args, **kwargs)} for the resolver's arguments. */
    public <T> String render(FieldResolver<T> resolver) {
        return new TemplateRenderer<>(resolver).render(this);
    }
}
