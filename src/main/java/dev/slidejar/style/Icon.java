package dev.slidejar.style;

import dev.slidejar.js.JsNumber;
import dev.slidejar.style.internal.EmSize;
import dev.slidejar.style.internal.SvgDataUrl;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One Iconify icon, aliases resolved: its view box ({@code left top width height}, in the icon's own units, as
 * the Iconify JSON gives them) and its SVG body.
 *
 * @param collection the Iconify prefix, e.g. {@code carbon}, {@code ant-design}
 * @param name the icon's name in the collection, e.g. {@code arrow-right}
 * @param body the SVG content, without the {@code <svg>} element
 */
public record Icon(String collection, String name, double left, double top, double width, double height,
        String body) {
    /** The class unplugin-icons puts on every icon component in Slidev ({@code defaultClass}). */
    public static final String SLIDEV_ICON_CLASS = "slidev-icon";
    /** unplugin-icons' default {@code scale}: a component is 1.2em high. UnoCSS preset-icons uses 1. */
    private static final double COMPONENT_SCALE = 1.2;
    private static final Pattern ID = Pattern.compile("\\sid=\"([^\"]+)\"");

    public Icon {
        Objects.requireNonNull(collection, "collection");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(body, "body");
        if (!(width > 0 && height > 0)) {
            throw new IllegalArgumentException(collection + ":" + name + ": view box " + width + "x" + height);
        }
    }

    /** {@code collection:name}, the Iconify id. */
    public String id() {
        return collection + ":" + name;
    }

    /** {@code "0 0 32 32"}: the numbers as JavaScript prints them. */
    public String viewBox() {
        return JsNumber.toString(left) + " " + JsNumber.toString(top) + " " + JsNumber.toString(width) + " "
                + JsNumber.toString(height);
    }

    /** Whether the icon takes the text colour ({@code currentColor}); coloured icons such as {@code logos:*} do not. */
    public boolean monochrome() {
        return body.contains("currentColor");
    }

    /**
     * The inline {@code <svg>} that Slidev 53 renders for an icon component such as
     * {@code <carbon:arrow-right class="inline"/>} (unplugin-icons compiled to a Vue component, with
     * {@code defaultClass: 'slidev-icon'}, rendered):
     * {@code <svg class="slidev-icon inline" viewBox="0 0 32 32" width="1.2em" height="1.2em">…</svg>}.
     * There is no {@code xmlns}: the Vue component creates the element in the SVG namespace and has none.
     *
     * <p>{@code attributes} are those of the element being replaced, in order, as Vue passes them through: a
     * {@code class} is appended to {@code slidev-icon}, a {@code width}, {@code height} or {@code viewBox}
     * replaces the icon's own value in place, anything else follows. Values are escaped here; names are not.
     * The body keeps the ids of the Iconify JSON: use {@link #withIdSuffix} when an icon with ids (gradients,
     * masks) appears more than once on a page, as unplugin-icons gives each component instance fresh ids.
     */
    public String svg(Map<String, String> attributes) {
        Map<String, String> attrs = new LinkedHashMap<>();
        attrs.put("class", SLIDEV_ICON_CLASS);
        attrs.put("viewBox", viewBox());
        attrs.put("width", EmSize.em(EmSize.scale(EmSize.width(width, height), COMPONENT_SCALE)));
        attrs.put("height", EmSize.em(EmSize.scale(1, COMPONENT_SCALE)));
        attributes.forEach((key, value) -> {
            String own = attrs.keySet().stream().filter(k -> k.equalsIgnoreCase(key)).findFirst().orElse(key);
            if (own.equals("class")) {
                String extra = value == null ? "" : value.strip();
                attrs.put(own, extra.isEmpty() ? SLIDEV_ICON_CLASS : SLIDEV_ICON_CLASS + " " + extra);
            } else {
                attrs.put(own, value == null ? "" : value);
            }
        });
        StringBuilder out = new StringBuilder("<svg");
        attrs.forEach((key, value) -> out.append(' ').append(key).append("=\"").append(escape(value)).append('"'));
        return out.append('>').append(body).append("</svg>").toString();
    }

    /**
     * The declarations UnoCSS preset-icons generates for an {@code i-} class in Slidev 53 (scale 1, mode
     * {@code auto}): a monochrome icon is a mask over {@code background-color: currentColor}, a coloured one a
     * background image; {@code 1em} high and as wide as the view box says. No trailing newline, no selector:
     * {@code --un-icon:url("data:image/svg+xml;utf8,…");-webkit-mask:…;width:1em;height:1em;}
     */
    public String cssDeclarations() {
        String w = EmSize.em(EmSize.width(width, height));
        String h = EmSize.em(1);
        StringBuilder svg = new StringBuilder("<svg viewBox=\"").append(viewBox()).append("\" width=\"").append(w)
                .append("\" height=\"").append(h).append("\" xmlns=\"http://www.w3.org/2000/svg\"");
        if (body.contains("xlink:")) {
            svg.append(" xmlns:xlink=\"http://www.w3.org/1999/xlink\"");
        }
        svg.append(" >").append(body).append("</svg>");
        String url = SvgDataUrl.url(svg.toString());
        String size = "width:" + w + ";height:" + h + ";";
        if (svg.indexOf("currentColor") >= 0) {
            return "--un-icon:" + url + ";-webkit-mask:var(--un-icon) no-repeat;mask:var(--un-icon) no-repeat;"
                    + "-webkit-mask-size:100% 100%;mask-size:100% 100%;background-color:currentColor;color:inherit;"
                    + size;
        }
        return "background:" + url + " no-repeat;background-size:100% 100%;background-color:transparent;" + size;
    }

    /**
     * This icon with every id in its body (and each {@code #id} reference to it) suffixed with {@code -suffix}, so
     * that two copies on one page do not share gradient or mask ids. Icons without ids are returned as they are.
     */
    public Icon withIdSuffix(String suffix) {
        Matcher ids = ID.matcher(body);
        String renamed = body;
        while (ids.find()) {
            String id = Pattern.quote(ids.group(1));
            renamed = renamed.replaceAll("(?<=id=\"|#)" + id + "(?=[\"')\\s;,])",
                    Matcher.quoteReplacement(ids.group(1) + "-" + suffix));
        }
        return renamed.equals(body) ? this : new Icon(collection, name, left, top, width, height, renamed);
    }

    private static String escape(String value) {
        return value.replace("&", "&amp;").replace("\"", "&quot;");
    }
}
