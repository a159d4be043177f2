package dev.slidejar.markdown;

import dev.slidejar.markdown.ext.CodeBlocks;
import dev.slidejar.markdown.ext.FootnotesExtension;
import dev.slidejar.markdown.ext.FootnotesHtml;
import dev.slidejar.markdown.ext.MathExtension;
import dev.slidejar.markdown.ext.MdcExtension;
import dev.slidejar.markdown.ext.SlotMarker;
import dev.slidejar.markdown.ext.SlotSugarExtension;
import dev.slidejar.markdown.ext.TaskListExtension;
import dev.slidejar.markdown.ext.Typographer;
import dev.slidejar.markdown.math.Katex;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * A slide's Markdown to the HTML of its slots, as Slidev renders it with markdown-it ({@code html: true},
 * {@code linkify: true}, footnotes, task lists, slot sugar). Configured once, then safe to share: each call
 * parses and renders afresh.
 */
public final class SlideMarkdownRenderer {
    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(),
            StrikethroughExtension.create(), AutolinkExtension.create(), TaskListExtension.create(),
            FootnotesExtension.create(), SlotSugarExtension.create());

    private final Parser parser;
    private final HtmlRenderer renderer;

    private SlideMarkdownRenderer(boolean lineNumbers, boolean mdc, boolean math, TextCache cache) {
        List<Extension> extensions = new ArrayList<>(EXTENSIONS);
        if (mdc) {
            extensions.add(MdcExtension.create());
        }
        if (math) {
            extensions.add(MathExtension.create(Katex.cachedIn(cache)));
        }
        parser = Parser.builder().extensions(extensions).build();
        renderer = HtmlRenderer.builder().extensions(extensions)
                .nodeRendererFactory(FootnotesHtml.NodeRenderers::new)
                .nodeRendererFactory(context -> new CodeBlocks(context, lineNumbers, cache))
                .nodeRendererFactory(context -> new SilentNodes())
                .build();
    }

    public static SlideMarkdownRenderer create() {
        return new SlideMarkdownRenderer(false, false, false, TextCache.in(java.util.Optional.empty()));
    }

    /**
     * A renderer for a deck: {@code lineNumbers} is its {@code lineNumbers:} setting for code blocks, {@code mdc}
     * its {@code mdc:} setting (MDC attribute syntax).
     */
    public static SlideMarkdownRenderer create(boolean lineNumbers, boolean mdc) {
        return new SlideMarkdownRenderer(lineNumbers, mdc, false, TextCache.in(java.util.Optional.empty()));
    }

    /**
     * A renderer for a deck, with math when {@code math} ({@code $...$}, {@code $$} blocks, as Slidev turns them on
     * for a deck that has a {@code $...$} on a line or a {@code $$}); formulas and coloured code blocks are kept in
     * {@code cache}.
     */
    public static SlideMarkdownRenderer create(boolean lineNumbers, boolean mdc, boolean math, TextCache cache) {
        return new SlideMarkdownRenderer(lineNumbers, mdc, math, cache);
    }

    /**
     * Renders {@code markdown} as presenter notes and titles are rendered (without the typographer); footnotes go at
     * the end of the last slot, as markdown-it appends them.
     */
    public SlideHtml render(String markdown) {
        return render(markdown, false);
    }

    /**
     * Renders a slide's {@code markdown}: with markdown-it's typographer ({@link Typographer}) when
     * {@code typographer}, as Slidev renders a slide's content.
     */
    public SlideHtml render(String markdown, boolean typographer) {
        Node document = parser.parse(markdown);
        if (typographer) {
            Typographer.apply(document);
        }
        FootnotesHtml footnotes = FootnotesHtml.number(document);

        Map<String, List<Node>> slots = new LinkedHashMap<>();
        String current = "default";
        slots.put(current, new ArrayList<>());
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            if (block instanceof SlotMarker marker) {
                current = marker.getSlotName();
                slots.computeIfAbsent(current, k -> new ArrayList<>());
            } else {
                slots.get(current).add(block);
            }
        }
        Map<String, String> html = new LinkedHashMap<>();
        for (Map.Entry<String, List<Node>> slot : slots.entrySet()) {
            StringBuilder sb = new StringBuilder();
            for (Node block : slot.getValue()) {
                sb.append(renderer.render(block));
            }
            html.merge(slot.getKey(), sb.toString(), String::concat);
        }
        if (!footnotes.isEmpty()) {
            html.merge(current, footnotes.section(renderer::render), String::concat);
        }
        return new SlideHtml(html);
    }

    /** Nodes that render nothing where they stand: slot markers, task-list markers. */
    private static final class SilentNodes implements NodeRenderer {
        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(SlotMarker.class, TaskListExtension.TaskMarker.class,
                    dev.slidejar.markdown.ext.MdcAttributes.class);
        }

        @Override
        public void render(Node node) {
            // nothing
        }
    }
}
