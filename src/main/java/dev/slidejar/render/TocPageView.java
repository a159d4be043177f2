package dev.slidejar.render;

import java.util.List;

/**
 * The deck's table of contents page ({@code toc/index.html}): every slide with its number and title, indented
 * by level, linking to it; slides marked {@code hideInToc} are listed too, dimmed.
 *
 * @param rootPrefix the way from the page up to the site root
 * @param head what its {@code <head>} says of the deck
 */
public record TocPageView(String title, String rootPrefix, PageHead head, List<Item> items) {
    public TocPageView {
        items = List.copyOf(items);
    }

    /** One slide: its titleHtml may be null for a slide without a title. */
    public record Item(int no, String titleHtml, int level, boolean hidden) {
        public String href() {
            return Routes.slidePath(no);
        }
    }

    public String asset(String path) {
        return rootPrefix + "assets/" + path;
    }
}
