package dev.slidejar.render;

import dev.slidejar.js.JsText;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Slidev's built-in components that can be drawn at build time: {@code <Toc>}, {@code <SlideCurrentNo>},
 * {@code <SlidesTotal>}, {@code <Link>}. Names are matched lowercased (as the HTML parser gives them).
 */
final class Components {
    private Components() {
    }

    static boolean isComponent(String name) {
        return switch (name) {
            case "toc", "slidecurrentno", "slide-current-no", "slidestotal", "slides-total", "slidev-link" -> true;
            default -> false;
        };
    }

    /** Replaces {@code element}, a component, with its HTML. */
    static void expand(Element element, int no, DeckContext deck) {
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
            default -> throw new IllegalArgumentException(element.normalName());
        }
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
        int maxDepth = intAttr(element, "maxdepth", Integer.MAX_VALUE);
        int minDepth = intAttr(element, "mindepth", 1);
        String columns = element.hasAttr("columns") ? element.attr("columns") : "1";
        String listClass = element.attr("listclass");
        int start = intAttr(element, "start", 1);
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

    private static int intAttr(Element e, String name, int fallback) {
        try {
            return e.hasAttr(name) ? Integer.parseInt(JsText.trim(e.attr(name))) : fallback;
        } catch (NumberFormatException ex) {
            return fallback;
        }
    }
}
