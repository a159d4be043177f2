package dev.slidejar.render;

import dev.slidejar.js.JsText;
import java.util.List;
import java.util.Objects;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * Slidev's built-in components that can be drawn at build time: {@code <Toc>}, {@code <SlideCurrentNo>},
 * {@code <SlidesTotal>}, {@code <Link>}, {@code <RenderWhen>}, {@code <PoweredBySlidev>}. Names are matched
 * lowercased (as the HTML parser gives them).
 */
public final class Components {
    /** The folder of a site holding the logo {@code <PoweredBySlidev>} shows (Slidev's, MIT) and its licence. */
    public static final String SLIDEV_ASSETS = "assets/slidev/";
    /** Where those files are bundled: the same names. */
    public static final String SLIDEV_RESOURCES = "/dev/slidejar/assets/images/slidev/";
    /** The logo's file name; {@code LICENSE} beside it. */
    public static final String SLIDEV_LOGO = "logo-title-horizontal.png";
    /** The favicon of a page whose headmatter names none: Slidev's, in {@link #SLIDEV_ASSETS}. */
    public static final String SLIDEV_FAVICON = "favicon.png";

    private Components() {
    }

    static boolean isComponent(String name) {
        return switch (name) {
            case "toc", "slidecurrentno", "slide-current-no", "slidestotal", "slides-total", "slidev-link",
                    "renderwhen", "render-when", "poweredbyslidev", "powered-by-slidev", "youtube" -> true;
            default -> false;
        };
    }

    /**
     * Replaces {@code element}, a component, with its HTML; returns whether the element itself became the
     * component's root (its other attributes then fall through to it, as Vue passes them on).
     */
    static boolean expand(Element element, int no, DeckContext deck) {
        switch (element.normalName()) {
            case "toc" -> {
                Element toc = toc(element, no, deck);
                Element parent = element.parent();
                element.replaceWith(toc);
                // Vue puts the component's <div> inside the Markdown paragraph, which HTML cannot say: a <p>
                // holding only the component gives way to it (its margin collapses with the heading's anyway).
                if (parent != null && parent.normalName().equals("p") && parent.childNodeSize() == 1) {
                    parent.unwrap();
                }
            }
            case "slidecurrentno", "slide-current-no" -> element.replaceWith(new org.jsoup.nodes.TextNode(
                    Integer.toString(no)));
            case "slidestotal", "slides-total" -> element.replaceWith(new org.jsoup.nodes.TextNode(
                    Integer.toString(deck.total())));
            case "slidev-link" -> link(element);
            case "renderwhen", "render-when" -> renderWhen(element);
            case "poweredbyslidev", "powered-by-slidev" -> {
                poweredBy(element);
                return true;
            }
            case "youtube" -> {
                youtube(element);
                return true;
            }
            default -> throw new IllegalArgumentException(element.normalName());
        }
        return false;
    }

    /**
     * The views a slide is shown in, as {@code <RenderWhen>} tells them apart: Slidev's render contexts
     * ({@code slide}, {@code presenter}: the presenter's current slide, {@code previewNext}: its next one,
     * {@code overview}), and {@code print}: the slide context in print mode (an export).
     */
    static final List<String> VIEWS = List.of("slide", "print", "presenter", "previewNext", "overview");

    /**
     * {@code <RenderWhen context="...">}: its default slot in the views where Slidev shows it, else its
     * {@code fallback} slot. A context matches its own view, {@code main} the slide and the presenter's current slide
     * (so also in print), {@code print} an export, and {@code visible} every view (Slidev then wraps the slots in a
     * {@code <div>}, to know whether it is scrolled into sight: here it always is). One page serves every view, so
     * when the views differ, both slots stay, each in a {@code <slidejar-when data-show="VIEWS">} that the style
     * sheet shows only in those views ({@code display: contents} there: no box of its own).
     */
    private static void renderWhen(Element element) {
        String value = element.hasAttr("context") ? "'" + element.attr("context") + "'"
                : element.hasAttr(":context") ? element.attr(":context") : element.attr("v-bind:context");
        List<String> contexts = new java.util.ArrayList<>();
        java.util.regex.Matcher quoted = java.util.regex.Pattern.compile("'([^']*)'|\"([^\"]*)\"").matcher(value);
        while (quoted.find()) {
            contexts.add(quoted.group(1) != null ? quoted.group(1) : quoted.group(2));
        }
        List<String> shown = VIEWS.stream().filter(view -> renders(contexts, view)).toList();
        if (contexts.contains("visible")) {
            keepSlot(element, "default");
            element.clearAttributes();
            element.tagName("div");
        } else if (shown.size() == VIEWS.size() || shown.isEmpty()) {
            keepSlot(element, shown.isEmpty() ? "fallback" : "default");
            element.unwrap();
        } else {
            Element fallback = element.clone();
            keepSlot(fallback, "fallback");
            keepSlot(element, "default");
            element.clearAttributes();
            element.tagName("slidejar-when").attr("data-show", String.join(" ", shown));
            if (!fallback.childNodes().isEmpty()) {
                fallback.clearAttributes();
                element.after(fallback.tagName("slidejar-when").attr("data-show",
                        String.join(" ", VIEWS.stream().filter(view -> !shown.contains(view)).toList())));
            }
        }
    }

    /** Whether Slidev's {@code RenderWhen} renders its default slot for {@code contexts} in {@code view}. */
    static boolean renders(List<String> contexts, String view) {
        String context = view.equals("print") ? "slide" : view;
        return contexts.stream().anyMatch(c -> c.equals(context) || c.equals("visible")
                || c.equals("main") && (context.equals("slide") || context.equals("presenter"))
                || c.equals("print") && view.equals("print"));
    }

    /**
     * {@code <PoweredBySlidev>}: "Powered by" and Slidev's logo (1.5em high) linking to sli.dev, in a centred inline
     * flex box, as Slidev draws it; the element becomes that box.
     */
    private static void poweredBy(Element element) {
        element.empty();
        element.tagName("span");
        element.attr("class", ("inline-flex items-center " + element.className()).trim());
        element.appendElement("span").attr("class", "text-main").text("Powered by");
        element.appendElement("a").attr("href", "https://sli.dev").attr("class", "!border-none")
                .appendElement("img").attr("alt", "Slidev logo").attr("src", Routes.ROOT + SLIDEV_ASSETS + SLIDEV_LOGO)
                .attr("class", "h-1.5em");
    }

    /**
     * Leaves the slot {@code name} of the component {@code element} as its content: for {@code default}, what is
     * not in a {@code <template>} of a named slot ({@code #name}, {@code v-slot:name}); for another name, what its
     * template holds. Vue renders the default slot of a component it cannot resolve, so unknown components keep it.
     */
    static void keepSlot(Element element, String name) {
        for (org.jsoup.nodes.Node child : new java.util.ArrayList<>(element.childNodes())) {
            String slot = child instanceof Element e && e.normalName().equals("template") ? slotOf(e) : null;
            if (slot == null ? !name.equals("default") : !slot.equals(name)) {
                child.remove();
            } else if (slot != null) {
                child.unwrap();
            }
        }
    }

    /** The slot a {@code <template>} fills ({@code #name}, {@code v-slot}, {@code v-slot:name}), or null. */
    private static String slotOf(Element template) {
        for (org.jsoup.nodes.Attribute a : template.attributes()) {
            String key = a.getKey();
            if (key.startsWith("#")) {
                return key.substring(1);
            }
            if (key.equals("v-slot")) {
                return "default";
            }
            if (key.startsWith("v-slot:")) {
                return key.substring(7);
            }
        }
        return null;
    }

    /**
     * {@code <Youtube id="..." width="..." height="...">}: the video's embedded player, as Slidev's component
     * writes it (offline, the browser shows its page for a frame it cannot load, as Slidev's export does).
     */
    private static void youtube(Element element) {
        String id = Objects.requireNonNullElse(prop(element, "id"), "");
        String width = prop(element, "width");
        String height = prop(element, "height");
        for (String name : List.of("id", ":id", "v-bind:id", "width", ":width", "v-bind:width", "height", ":height",
                "v-bind:height")) {
            element.removeAttr(name);
        }
        element.tagName("iframe").addClass("youtube");
        if (width != null) {
            element.attr("width", width);
        }
        if (height != null) {
            element.attr("height", height);
        }
        element.attr("src", "https://www.youtube.com/embed/" + id).attr("title", "YouTube").attr("frameborder", "0")
                .attr("allow", "accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture")
                .attr("allowfullscreen", "");
    }

    private static void link(Element element) {
        String to = element.attr("to");
        element.tagName("a");
        element.removeAttr("to");
        String target = JsText.trim(to);
        if (target.startsWith("/")) {
            target = target.substring(1);
        }
        if (target.matches("\\d+")) {
            element.attr("href", Routes.slideHref(Integer.parseInt(target)));
        } else {
            element.attr("href", to);
        }
    }

    private static Element toc(Element element, int no, DeckContext deck) {
        int maxDepth = intProp(element, "maxdepth", Integer.MAX_VALUE);
        int minDepth = intProp(element, "mindepth", 1);
        String columns = Integer.toString(intProp(element, "columns", 1));
        String listClass = Objects.requireNonNullElse(prop(element, "listclass"), "");
        int start = intProp(element, "start", 1);
        Element div = new Element("div").addClass("slidev-toc").attr("style", "column-count:" + columns);
        List<TocEntry.Node> tree = depth(TocEntry.tree(deck.toc()), 1, minDepth, maxDepth, no);
        Element list = list(tree, 1, start, listClass, no);
        if (list != null) {
            div.appendChild(list);
        }
        for (String cls : element.classNames()) {
            div.addClass(cls);
        }
        return div;
    }

    private static List<TocEntry.Node> depth(List<TocEntry.Node> tree, int level, int min, int max, int current) {
        if (level > max) {
            return List.of();
        }
        if (level < min) {
            for (TocEntry.Node n : tree) {
                if (contains(n, current)) {
                    return depth(n.children(), level + 1, min, max, current);
                }
            }
            return List.of();
        }
        return tree.stream()
                .map(n -> new TocEntry.Node(n.entry(), depth(n.children(), level + 1, min, max, current)))
                .toList();
    }

    private static boolean contains(TocEntry.Node node, int no) {
        return node.entry().no() == no || node.children().stream().anyMatch(c -> contains(c, no));
    }

    private static Element list(List<TocEntry.Node> items, int level, int start, String listClass, int current) {
        if (items.isEmpty()) {
            return null;
        }
        Element ol = new Element("ol").addClass("slidev-toc-list").addClass("slidev-toc-list-level-" + level);
        if (!listClass.isBlank()) {
            for (String c : listClass.trim().split("\\s+")) {
                ol.addClass(c);
            }
        }
        if (level == 1) {
            ol.attr("start", Integer.toString(start));
        }
        for (TocEntry.Node item : items) {
            Element li = ol.appendElement("li").addClass("slidev-toc-item");
            if (item.entry().no() == current) {
                li.addClass("slidev-toc-item-active");
            } else if (item.children().stream().anyMatch(c -> contains(c, current))) {
                li.addClass("slidev-toc-item-parent-active");
            }
            Element a = li.appendElement("a").attr("href", Routes.slideHref(item.entry().no()));
            a.appendElement("div").append(item.entry().titleHtml());
            Element sub = list(item.children(), level + 1, 1, listClass, current);
            if (sub != null) {
                li.appendChild(sub);
            }
        }
        return ol;
    }

    /**
     * A component's prop as Vue reads it (lower-cased, as the parser keeps attribute names): {@code name="v"},
     * {@code max-depth="v"} for {@code maxdepth}, or bound, {@code :name="2"} or {@code v-bind:name="'x'"}, whose
     * expression is taken when it is a number or a quoted string; null when absent or not such.
     */
    static String prop(Element e, String name) {
        for (Attribute a : e.attributes()) {
            String key = a.getKey();
            boolean bound = key.startsWith(":") || key.startsWith("v-bind:");
            String bare = key.substring(key.startsWith(":") ? 1 : key.startsWith("v-bind:") ? 7 : 0).replace("-", "");
            if (!bare.equals(name)) {
                continue;
            }
            String value = JsText.trim(a.getValue());
            if (!bound) {
                return a.getValue();
            }
            if (value.length() >= 2 && (value.charAt(0) == '\'' || value.charAt(0) == '"' || value.charAt(0) == '`')
                    && value.charAt(value.length() - 1) == value.charAt(0)) {
                return value.substring(1, value.length() - 1);
            }
            return value.matches("-?\\d+(\\.\\d+)?") ? value : null;
        }
        return null;
    }

    private static int intProp(Element e, String name, int fallback) {
        String value = prop(e, name);
        try {
            return value == null ? fallback : (int) Double.parseDouble(JsText.trim(value));
        } catch (NumberFormatException ex) {
            return fallback;
        }
    }
}
