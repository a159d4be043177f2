package dev.slidejar.style.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** UnoCSS's {@code splitShorthand}: {@code a/b} or {@code a:b}, split outside brackets, into front and rest. */
final class Shorthand {
    private static final Pattern TYPE = Pattern.compile("^\\[(color|image|length|size|position|quoted|string):",
            Pattern.CASE_INSENSITIVE);

    private Shorthand() {
    }

    /** {front, rest-or-null}; null when the front is a bracket of another type, or brackets do not balance. */
    static String[] split(String body, String type) {
        int depth = 0;
        int cut = -1;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
                if (depth < 0) {
                    return null;
                }
            } else if (depth == 0 && (c == '/' || c == ':')) {
                cut = i;
                break;
            }
        }
        if (cut < 0 && depth != 0) {
            return null;
        }
        String front = cut < 0 ? body : body.substring(0, cut);
        String rest = cut < 0 ? null : body.substring(cut + 1);
        Matcher m = TYPE.matcher(front);
        if (m.find() && !m.group(1).equalsIgnoreCase(type)) {
            return null;
        }
        return new String[] {front, rest};
    }
}
