package dev.slidejar.render;

import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code url(...)} references of a stylesheet, rewritten: what Vite does to a slide's {@code <style>} and the
 * deck's own styles in Slidev, where a picture's path is the site's ({@code /bg.png}, with the base in front) or
 * the CSS file's ({@code ./bg.png}, copied along).
 */
public final class CssUrls {
    private static final Pattern URL = Pattern.compile(
            "(?i)\\burl\\(\\s*(?:\"([^\"]*)\"|'([^']*)'|([^)\\s\"']*))\\s*\\)");

    private CssUrls() {
    }

    /**
     * {@code css} with each {@code url(...)} holding what {@code resolve} makes of the URL written there, quoted as
     * it was (unquoted ones quoted when the new URL needs it). A URL {@code resolve} keeps, an empty one, and one in
     * a comment are left as written.
     */
    public static String rewrite(String css, UnaryOperator<String> resolve) {
        if (!css.contains("url(") && !css.contains("URL(")) {
            return css;
        }
        Matcher m = URL.matcher(css);
        StringBuilder out = new StringBuilder(css.length() + 32);
        int commentEnd = -1;
        while (m.find()) {
            // one in a comment is no reference (a rule commented out)
            int open = css.lastIndexOf("/*", m.start());
            if (open >= 0 && open > commentEnd) {
                int close = css.indexOf("*/", open + 2);
                commentEnd = close < 0 ? css.length() : close + 2;
            }
            if (open >= 0 && m.start() < commentEnd && open < m.start()) {
                continue;
            }
            char quote = m.group(1) != null ? '"' : m.group(2) != null ? '\'' : 0;
            String url = quote == '"' ? m.group(1) : quote == '\'' ? m.group(2) : m.group(3);
            String resolved = url.isEmpty() ? url : resolve.apply(url);
            if (resolved.equals(url)) {
                continue; // left as written, to the byte (a data: URL may hold escapes)
            }
            if (quote == 0 && resolved.matches(".*[\\s\"'()\\\\].*")) {
                quote = '"';
            }
            String value = quote == 0 ? resolved
                    : quote + resolved.replace(String.valueOf(quote), "\\" + quote) + quote;
            m.appendReplacement(out, Matcher.quoteReplacement("url(" + value + ")"));
        }
        m.appendTail(out);
        return out.toString();
    }
}
