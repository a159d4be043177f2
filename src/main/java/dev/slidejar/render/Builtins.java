package dev.slidejar.render;

import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Slidev's built-in components that become plain elements, drawn in place at build time with their props read
 * from the tag: {@code <v-drag>} (and the {@code v-drag} directive's style), {@code <Arrow>},
 * {@code <v-drag-arrow>}, {@code <Transform>}, {@code <LightOrDark>}, {@code <SlidevVideo>}. The element keeps its
 * other attributes, which fall through to it as in Vue (attributify, classes, clicks: {@link SlideDom}'s work).
 * One per slide: the arrows' marker ids are numbered in it.
 */
final class Builtins {
    private final int no;
    private final Map<String, Object> frontmatter;
    /** The arrows drawn so far, for their markers' ids. */
    private int arrows;

    Builtins(int no, Map<String, Object> frontmatter) {
        this.no = no;
        this.frontmatter = frontmatter;
    }

    /** Draws {@code e} when it is one of these components, and says whether it was. */
    boolean draw(Element e) {
        switch (e.normalName()) {
            case "v-drag" -> drag(e);
            case "transform" -> transform(e);
            case "lightordark", "light-or-dark" -> lightOrDark(e);
            case "slidevvideo", "slidev-video" -> video(e);
            case "arrow" -> arrow(e, false);
            case "v-drag-arrow", "vdragarrow" -> arrow(e, true);
            default -> {
                return false;
            }
        }
        return true;
    }

    /** {@code <v-drag pos="x,y,w,h,r">}: a {@code <div class="p-1">} placed there. */
    private void drag(Element e) {
        String pos = e.attr("pos");
        e.removeAttr("pos");
        e.tagName("div");
        e.addClass("p-1");
        e.attr("style", (dragStyle(pos.contains(",") ? pos : dragPos(pos)) + " " + e.attr("style")).trim());
    }

    /** {@code <Transform :scale origin>}: a {@code <div>} scaling its default slot about its top left corner. */
    private static void transform(Element e) {
        String scale = prop(e, "scale");
        String origin = prop(e, "origin");
        e.removeAttr("scale").removeAttr(":scale").removeAttr("origin").removeAttr(":origin");
        Components.keepSlot(e, "default");
        e.tagName("div");
        String style = (scale.isEmpty() ? "" : "transform: scale(" + (scale.equals("0") ? "1" : scale) + "); ")
                + "transform-origin: " + (origin.isEmpty() ? "top left" : origin) + ";";
        e.attr("style", (style + " " + e.attr("style")).trim());
    }

    /**
     * {@code <LightOrDark>}: a {@code <div>} with its {@code #light} or {@code #dark} slot; here both, each in a
     * wrapper the page's colour scheme hides or shows (see the runtime's CSS).
     */
    private static void lightOrDark(Element e) {
        Element light = new Element("div").attr("data-slidejar-scheme", "light");
        Element dark = new Element("div").attr("data-slidejar-scheme", "dark");
        for (Element slot : List.of(light, dark)) {
            Element copy = e.clone();
            Components.keepSlot(copy, slot.attr("data-slidejar-scheme"));
            slot.insertChildren(0, copy.childNodesCopy());
        }
        e.empty();
        e.appendChild(light);
        e.appendChild(dark);
        e.tagName("div");
    }

    /**
     * {@code <SlidevVideo>}: a {@code <video>} of its default slot's sources, with its poster, and its controls
     * but in print.
     */
    private static void video(Element e) {
        for (String key : List.of("autoplay", "autoreset", "timestamp", "printtimestamp", "printposter")) {
            e.removeAttr(key);
            e.removeAttr(":" + key);
        }
        Components.keepSlot(e, "default");
        e.tagName("video");
        e.attr("data-slidejar-video", ""); // printed without its controls (the runtime's CSS), as Slidev prints it
    }

    /**
     * Slidev's {@code <Arrow x1 y1 x2 y2 width color two-way>}, or with {@code dragged} its
     * {@code <v-drag-arrow pos="x,y,w,h">} (from x,y to x+w,y+h; 100,100,300,300 without a position), made the SVG
     * they draw in place of {@code e}: over the slide from its top left corner, a line ending in an arrowhead (and
     * starting in one, two-way); the other attributes fall through to it.
     */
    private void arrow(Element e, boolean dragged) {
        double x1;
        double y1;
        double x2;
        double y2;
        if (dragged) {
            String pos = e.attr("pos");
            String given = pos.contains(",") ? pos : dragPos(pos);
            double[] p = position(given == null ? "100,100,300,300" : given);
            x1 = p[0];
            y1 = p[1];
            x2 = p[0] + p[2];
            y2 = p[1] + p[3];
        } else {
            x1 = number(prop(e, "x1"));
            y1 = number(prop(e, "y1"));
            x2 = number(prop(e, "x2"));
            y2 = number(prop(e, "y2"));
        }
        String color = prop(e, "color").isEmpty() ? "currentColor" : prop(e, "color");
        String width = prop(e, "width").isEmpty() ? "2" : prop(e, "width");
        boolean twoWay = e.hasAttr("two-way") || e.hasAttr("twoway") || prop(e, "two-way").equals("true")
                || prop(e, "twoway").equals("true");
        for (String key : List.of("pos", "x1", "y1", "x2", "y2", "color", "width", "two-way", "twoway")) {
            e.removeAttr(key);
            e.removeAttr(":" + key);
        }
        String classes = e.className();
        e.empty();
        e.tagName("svg");
        e.attr("class", ("absolute left-0 top-0 " + classes).trim());
        e.attr("width", dev.slidejar.js.JsNumber.toString(Math.max(x1, x2) + 50));
        e.attr("height", dev.slidejar.js.JsNumber.toString(Math.max(y1, y2) + 50));
        String id = "slidejar-arrow-" + no + "-" + arrows++;
        Element defs = e.appendElement("defs");
        marker(defs, id, "10", "9", "0 0, 10 3.5, 0 7", color);
        if (twoWay) {
            marker(defs, id + "-rev", "20", "11", "20 0, 10 3.5, 20 7", color);
        }
        e.appendElement("line").attr("x1", dev.slidejar.js.JsNumber.toString(x1))
                .attr("y1", dev.slidejar.js.JsNumber.toString(y1)).attr("x2", dev.slidejar.js.JsNumber.toString(x2))
                .attr("y2", dev.slidejar.js.JsNumber.toString(y2)).attr("stroke", color).attr("stroke-width", width)
                .attr("marker-end", "url(#" + id + ")").attr("marker-start", twoWay ? "url(#" + id + "-rev)" : "none");
    }

    private static void marker(Element defs, String id, String markerWidth, String refX, String points, String fill) {
        defs.appendElement("marker").attr("id", id).attr("markerWidth", markerWidth).attr("refX", refX)
                .attr("markerUnits", "strokeWidth").attr("markerHeight", "7").attr("refY", "3.5").attr("orient", "auto")
                .appendElement("polygon").attr("points", points).attr("fill", fill);
    }

    /** A component's prop as written, {@code name="..."} or bound {@code :name="..."} (a literal's text). */
    private static String prop(Element e, String name) {
        if (e.hasAttr(name)) {
            return e.attr(name);
        }
        String bound = e.attr(":" + name).trim();
        String literal = SlideDom.stringLiteral(bound);
        return literal != null ? literal : bound;
    }

    private static double number(String text) {
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** The position the slide's frontmatter gives the dragged element {@code id} ({@code dragPos}), or null. */
    String dragPos(String id) {
        return frontmatter.get("dragPos") instanceof Map<?, ?> positions && positions.get(id) != null
                ? String.valueOf(positions.get(id)) : null;
    }

    /**
     * The style Slidev gives a dragged element at {@code pos}, {@code x,y,width,height,rotation} in slide pixels
     * ({@code _} or {@code NaN} for a height of the content's): placed over the slide, turned about its centre.
     * Without a position: taken out of the flow where it stands.
     */
    static String dragStyle(String pos) {
        double[] p = position(pos);
        StringBuilder style = new StringBuilder("position: absolute; z-index: 100;");
        if (Double.isFinite(p[0]) && Double.isFinite(p[1]) && Double.isFinite(p[2])) {
            style.append(" left: ").append(px(p[0])).append(" top: ").append(px(p[1])).append(" width: ")
                    .append(px(p[2]));
            if (Double.isFinite(p[3])) {
                style.append(" height: ").append(px(p[3]));
            }
            style.append(" transform-origin: center center; transform: rotate(")
                    .append(dev.slidejar.js.JsNumber.toString(Double.isFinite(p[4]) ? p[4] : 0)).append("deg);");
        }
        return style.toString();
    }

    /** A dragged element's position {@code x,y,w,h,r} as numbers: NaN where missing or not one ({@code _}). */
    private static double[] position(String pos) {
        double[] p = new double[5];
        java.util.Arrays.fill(p, Double.NaN);
        String[] parts = pos == null ? new String[0] : pos.split(",");
        for (int i = 0; i < Math.min(parts.length, p.length); i++) {
            p[i] = number(parts[i]);
        }
        return p;
    }

    private static String px(double value) {
        return dev.slidejar.js.JsNumber.toString(value) + "px;";
    }
}
