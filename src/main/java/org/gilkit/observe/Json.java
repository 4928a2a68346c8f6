package org.gilkit.observe;

import java.util.Locale;

/** The little JSON the writers need: string quoting and microsecond numbers. No dependency. */
final class Json {
    private Json() {}

    /** {@code s} as a JSON string literal, quotes included (control characters escaped). */
    static String str(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '<' -> b.append("\\u003c"); // safe inside an HTML <script> block too
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    else b.append(c);
                }
            }
        }
        return b.append('"').toString();
    }

    /** Nanoseconds as microseconds with nanosecond precision ("12.345"), exactly, without floating-point error. */
    static String micros(long nanos) {
        String sign = nanos < 0 ? "-" : "";
        long a = Math.abs(nanos);
        return sign + (a / 1000) + "." + String.format(Locale.ROOT, "%03d", a % 1000);
    }
}
