package dev.slidejar.render;

import java.util.List;

/**
 * One slide in the table of contents.
 *
 * @param no the slide number
 * @param titleHtml the title rendered as Markdown ({@code <p>...</p>})
 * @param level the slide's heading level (Slidev's {@code level}), 1 when it has none
 * @param hidden {@code hideInToc: true}
 */
public record TocEntry(int no, String titleHtml, int level, boolean hidden) {

    /** A node of Slidev's TOC tree. */
    record Node(TocEntry entry, List<Node> children) {
    }

    /**
     * Slidev's tree: a slide whose level is deeper than the current depth goes under the last item there (even a
     * hidden one, which then hides it too); hidden items are dropped at the end.
     */
    static List<Node> tree(List<TocEntry> entries) {
        List<Node> roots = new java.util.ArrayList<>();
        for (TocEntry e : entries) {
            add(roots, e, 1);
        }
        return visible(roots);
    }

    private static void add(List<Node> tree, TocEntry e, int depth) {
        if (e.level() > depth && !tree.isEmpty()) {
            add(tree.get(tree.size() - 1).children(), e, depth + 1);
        } else {
            tree.add(new Node(e, new java.util.ArrayList<>()));
        }
    }

    private static List<Node> visible(List<Node> nodes) {
        List<Node> out = new java.util.ArrayList<>();
        for (Node n : nodes) {
            if (!n.entry().hidden()) {
                out.add(new Node(n.entry(), visible(n.children())));
            }
        }
        return out;
    }
}
