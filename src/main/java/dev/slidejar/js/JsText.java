package dev.slidejar.js;

/**
 * String operations with JavaScript's idea of white space ({@code \s}, {@code trim()}): Unicode spaces,
 * line terminators and the BOM, which {@link String#strip()} does not agree on.
 */
public final class JsText {
    /** The characters of JavaScript's {@code \s}, ready to go inside a regex character class. */
    public static final String WHITESPACE_CLASS =
            "\\t\\n\\x0B\\f\\r \\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000\\uFEFF";

    private JsText() {
    }

    public static boolean isWhitespace(char c) {
        switch (c) {
            case '\t', '\n', '\u000B', '\f', '\r', ' ', '\u00A0', '\u1680', '\u2028', '\u2029', '\u202F', '\u205F',
                    '\u3000', '\uFEFF' -> {
                return true;
            }
            default -> {
                return c >= '\u2000' && c <= '\u200A';
            }
        }
    }

    public static String trim(String s) {
        return trimEnd(trimStart(s));
    }

    public static String trimStart(String s) {
        int start = 0;
        while (start < s.length() && isWhitespace(s.charAt(start))) {
            start++;
        }
        return s.substring(start);
    }

    public static String trimEnd(String s) {
        int end = s.length();
        while (end > 0 && isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end);
    }

    /** JavaScript's truthiness of {@code s.trim()}: true when anything but white space is left. */
    public static boolean isBlank(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!isWhitespace(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
