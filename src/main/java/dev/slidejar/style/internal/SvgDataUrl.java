package dev.slidejar.style.internal;

import dev.slidejar.js.JsText;
import java.util.regex.Pattern;

/**
 * An SVG document as a CSS {@code url("data:image/svg+xml;utf8,...")}, encoded the short way UnoCSS does
 * (Iconify's {@code encodeSvgForCss}): double quotes become single quotes, only {@code % # < >} are
 * percent-encoded, and each run of white space becomes one space.
 */
public final class SvgDataUrl {
    private static final Pattern WHITESPACE = Pattern.compile("[" + JsText.WHITESPACE_CLASS + "]+"); // JavaScript's \s+

    private SvgDataUrl() {
    }

    public static String url(String svg) {
        String encoded = svg.replace('"', '\'')
                .replace("%", "%25")
                .replace("#", "%23")
                .replace("<", "%3C")
                .replace(">", "%3E");
        return "url(\"data:image/svg+xml;utf8," + WHITESPACE.matcher(encoded).replaceAll(" ") + "\")";
    }
}
