package dev.slidejar.style.internal;

/** Class names as CSS selectors, escaped the way UnoCSS's {@code escapeSelector} does (a CSS.escape variant). */
public final class CssEscape {
    private CssEscape() {
    }

    public static String selector(String name) {
        StringBuilder out = new StringBuilder(name.length() + 8);
        int length = name.length();
        char first = length > 0 ? name.charAt(0) : 0;
        for (int i = 0; i < length; i++) {
            char c = name.charAt(i);
            boolean digit = c >= '0' && c <= '9';
            if (c == 0) {
                out.append('\uFFFD');
            } else if (c == '%' || c == ',') {
                out.append('\\').append(c);
            } else if (c <= 31 || c == 127 || (i == 0 && digit) || (i == 1 && digit && first == '-')) {
                out.append('\\').append(Integer.toHexString(c)).append(' ');
            } else if (i == 0 && length == 1 && c == '-') {
                out.append("\\-");
            } else if (c >= 128 || c == '-' || c == '_' || digit || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
                out.append(c);
            } else {
                out.append('\\').append(c);
            }
        }
        return out.toString();
    }
}
