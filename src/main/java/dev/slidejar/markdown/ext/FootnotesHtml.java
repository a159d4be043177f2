package dev.slidejar.markdown.ext;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Footnote HTML with markdown-it-footnote's markup: {@code <sup class="footnote-ref">} references and a
 * {@code <section class="footnotes">} list of the referenced footnotes, numbered by first reference, each with
 * its back-links.
 */
public final class FootnotesHtml {
    private static final String BACKREF_ARROW = "\u21a9\ufe0e";

    private final List<FootnoteDefinition> ordered;
    private final Map<String, Integer> referenceCounts;

    private FootnotesHtml(List<FootnoteDefinition> ordered, Map<String, Integer> referenceCounts) {
        this.ordered = ordered;
        this.referenceCounts = referenceCounts;
    }

    /** Numbers the references of a parsed document and collects the footnotes they point at. */
    public static FootnotesHtml number(Node document) {
        Map<String, FootnoteDefinition> definitions = new LinkedHashMap<>();
        Map<String, Integer> numbers = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(CustomBlock block) {
                if (block instanceof FootnoteDefinition def) {
                    definitions.putIfAbsent(def.getLabel(), def);
                }
                visitChildren(block);
            }

            @Override
            public void visit(CustomNode node) {
                if (node instanceof FootnoteReference ref) {
                    int number = numbers.computeIfAbsent(ref.getLabel(), k -> numbers.size() + 1);
                    int occurrence = counts.merge(ref.getLabel(), 1, Integer::sum) - 1;
                    ref.setNumbering(number, occurrence);
                }
                visitChildren(node);
            }
        });
        List<FootnoteDefinition> ordered = new ArrayList<>();
        for (String label : numbers.keySet()) {
            ordered.add(definitions.get(label));
        }
        return new FootnotesHtml(ordered, counts);
    }

    public boolean isEmpty() {
        return ordered.isEmpty();
    }

    /**
     * The footnotes section; {@code render} turns one block node into HTML with the same renderer as the slide.
     */
    public String section(Function<Node, String> render) {
        if (ordered.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("<hr class=\"footnotes-sep\">\n<section class=\"footnotes\">\n"
                + "<ol class=\"footnotes-list\">\n");
        for (int i = 0; i < ordered.size(); i++) {
            int number = i + 1;
            FootnoteDefinition def = ordered.get(i);
            StringBuilder backrefs = new StringBuilder();
            int refs = referenceCounts.getOrDefault(def.getLabel(), 1);
            for (int k = 0; k < refs; k++) {
                backrefs.append(" <a href=\"#fnref").append(number).append(k > 0 ? ":" + k : "")
                        .append("\" class=\"footnote-backref\">").append(BACKREF_ARROW).append("</a>");
            }
            out.append("<li id=\"fn").append(number).append("\" class=\"footnote-item\">");
            boolean placed = false;
            for (Node child = def.getFirstChild(); child != null; child = child.getNext()) {
                String html = render.apply(child);
                if (child.getNext() == null && child instanceof Paragraph && html.endsWith("</p>\n")) {
                    html = html.substring(0, html.length() - 5) + backrefs + "</p>\n";
                    placed = true;
                }
                out.append(html);
            }
            if (!placed) {
                out.append(backrefs);
            }
            out.append("</li>\n");
        }
        return out.append("</ol>\n</section>\n").toString();
    }

    /** Renders references, and nothing where a definition stands (definitions go to the section). */
    public static final class NodeRenderers implements NodeRenderer {
        private final HtmlWriter html;

        public NodeRenderers(HtmlNodeRendererContext context) {
            this.html = context.getWriter();
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(FootnoteReference.class, FootnoteDefinition.class);
        }

        @Override
        public void render(Node node) {
            if (node instanceof FootnoteReference ref) {
                int n = ref.getNumber();
                String id = "fnref" + n + (ref.getOccurrence() > 0 ? ":" + ref.getOccurrence() : "");
                html.raw("<sup class=\"footnote-ref\"><a href=\"#fn" + n + "\" id=\"" + id + "\">[" + n + "]</a></sup>");
            }
        }
    }
}
