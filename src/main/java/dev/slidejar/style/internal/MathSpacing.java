package dev.slidejar.style.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Spaces around the operators inside {@code calc()/clamp()/min()/max()} of a bracket value, as UnoCSS adds them. */
final class MathSpacing {
    private static final Pattern MATH = Pattern.compile("(?:calc|clamp|max|min)\\((.*)");
    private static final Pattern OPERATOR =
            Pattern.compile("(-?\\d*\\.?\\d(?!-\\d.+[,)](?![^+\\-/*])\\D)(?:%|[a-z]+)?|\\))([+\\-/*])");

    private MathSpacing() {
    }

    static String apply(String value) {
        Matcher m = MATH.matcher(value);
        if (!m.find()) {
            return value;
        }
        String tail = value.substring(m.start());
        String spaced = OPERATOR.matcher(tail).replaceAll("$1 $2 ");
        return value.substring(0, m.start()) + spaced;
    }
}
