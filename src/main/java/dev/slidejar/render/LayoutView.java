package dev.slidejar.render;

import java.util.Map;
import java.util.Objects;

/**
 * What a layout template sees of a slide: its slots (HTML, already rendered), its frontmatter props, and the
 * {@code class} that Vue would pass through to the layout. Methods here are the only logic templates use.
 *
 * @param layout the layout name, as resolved ({@code default}, {@code two-cols}, ...)
 * @param no the slide number
 * @param frontmatter the slide's frontmatter (props such as {@code image}, {@code url}, {@code background})
 * @param slots slot name to HTML
 * @param urls how to write URLs of the deck's files and public folder from this page
 */
public record LayoutView(String layout, int no, Map<String, Object> frontmatter, Map<String, String> slots,
        UrlResolver urls) {

    public LayoutView {
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(frontmatter, "frontmatter");
        Objects.requireNonNull(slots, "slots");
        Objects.requireNonNull(urls, "urls");
    }

    /** The HTML of a slot; empty when the slide has none. */
    public String slot(String name) {
        return slots.getOrDefault(name, "");
    }

    /** The HTML of a slot, or {@code fallback} (already HTML) when the slide leaves it empty. */
    public String slotOr(String name, String fallback) {
        String html = slots.getOrDefault(name, "");
        return html.isBlank() ? fallback : html;
    }

    /** A frontmatter prop as a string, or null. */
    public String prop(String name) {
        Object value = frontmatter.get(name);
        return value == null ? null : value.toString();
    }

    /** The frontmatter {@code class}, as Vue passes it through, or null. */
    public String passedClass() {
        return classString(frontmatter.get("class"));
    }

    /** {@code base} followed by the passed-through {@code class} (what Vue does on a layout's root element). */
    public String withClass(String base) {
        String extra = passedClass();
        return extra == null ? base : base + " " + extra;
    }

    /** {@code base} followed by the frontmatter prop {@code name} used as classes (e.g. {@code layoutClass}). */
    public String withClassProp(String base, String name) {
        String extra = classString(frontmatter.get(name));
        return extra == null ? base : base + " " + extra;
    }

    /**
     * The inline style of Slidev's {@code handleBackground}: a colour, or an image (darkened when {@code dim})
     * centred and covering, with white text. Null when there is no background.
     */
    public String backgroundStyle(String background, boolean dim, String size) {
        if (background == null || background.isEmpty()) {
            return "background-repeat: no-repeat; background-position: center; background-size: " + size + ";";
        }
        boolean color = background.startsWith("#") || background.startsWith("rgb") || background.startsWith("hsl");
        if (color) {
            return "background: " + background + "; background-repeat: no-repeat; background-position: center; "
                    + "background-size: " + size + ";";
        }
        String url = urls.resolve(background);
        String image = dim ? "linear-gradient(#0005, #0008), url(" + url + ")" : "url(\"" + url + "\")";
        return "color: white; background-image: " + image + "; background-repeat: no-repeat; "
                + "background-position: center; background-size: " + size + ";";
    }

    /** The {@code scale} prop of iframe layouts as the CSS percentage Slidev sizes the frame box with. */
    public String iframeBoxStyle() {
        double scale = 1;
        Object s = frontmatter.get("scale");
        if (s instanceof Number n && n.doubleValue() > 0) {
            scale = n.doubleValue();
        }
        String pct = dev.slidejar.js.JsNumber.toString(1 / scale * 100) + "%";
        String style = "width: " + pct + "; height: " + pct + ";";
        return s instanceof Number ? style + " --slidev-iframe-scale: " + dev.slidejar.js.JsNumber.toString(scale) + ";"
                : style;
    }

    private static String classString(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof java.util.List<?> list) {
            StringBuilder sb = new StringBuilder();
            for (Object o : list) {
                if (o != null) {
                    sb.append(sb.length() > 0 ? " " : "").append(o);
                }
            }
            return sb.length() == 0 ? null : sb.toString();
        }
        String s = value.toString().trim();
        return s.isEmpty() ? null : s;
    }
}
