package dev.slidejar.markdown.ext;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * The attribute part of MDC syntax, for decks with {@code mdc: true}: {@code [text]{.red}} becomes a span,
 * {@code **bold**{.red}}, {@code `code`{.x}}, {@code [link](url){target=_blank}} and {@code ![](img){width=80}}
 * take the attributes, and a heading or paragraph ending in {@code {...}} takes them on the block.
 */
public final class MdcExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {
    private static final Pattern LEADING = Pattern.compile("^\\{([^{}\\n]*)}");
    private static final Pattern TRAILING = Pattern.compile("\\s*\\{([^{}\\n]*)}\\s*$");

    private MdcExtension() {
    }

    public static MdcExtension create() {
        return new MdcExtension();
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.postProcessor(MdcExtension::process);
    }

    @Override
    public void extend(HtmlRenderer.Builder builder) {
        builder.attributeProviderFactory(context -> (node, tagName, attributes) -> {
            if (node.getLastChild() instanceof MdcAttributes mdc) {
                mdc.getAttributes().forEach((k, v) -> {
                    if (k.equals("class") && attributes.containsKey("class")) {
                        attributes.put("class", attributes.get("class") + " " + v);
                    } else {
                        attributes.put(k, v);
                    }
                });
            }
        });
        builder.nodeRendererFactory(SpanRenderer::new);
    }

    private static Node process(Node document) {
        List<Text> texts = new ArrayList<>();
        List<Node> blocks = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                texts.add(text);
            }

            @Override
            public void visit(Heading heading) {
                blocks.add(heading);
                visitChildren(heading);
            }

            @Override
            public void visit(Paragraph paragraph) {
                blocks.add(paragraph);
                visitChildren(paragraph);
            }
        });
        for (Text text : texts) {
            inline(text);
        }
        for (Node block : blocks) {
            trailing(block);
        }
        return document;
    }

    /** {@code {...}} right after an inline element, or after a bracketed text ({@code [text]{...}}). */
    private static void inline(Text text) {
        Matcher m = LEADING.matcher(text.getLiteral());
        if (!m.find()) {
            spans(text);
            return;
        }
        Node prev = text.getPrevious();
        Map<String, String> attrs = MdcAttributes.parse(m.group(1));
        if (attrs == null || !(prev instanceof Emphasis || prev instanceof StrongEmphasis || prev instanceof Code
                || prev instanceof Link || prev instanceof Image || prev instanceof MdcSpan)) {
            spans(text);
            return;
        }
        prev.appendChild(new MdcAttributes(attrs));
        text.setLiteral(text.getLiteral().substring(m.end()));
        if (text.getLiteral().isEmpty()) {
            text.unlink();
        } else {
            spans(text);
        }
    }

    /** {@code [text]{...}} left as text by the parser (no link definition): a span. */
    private static void spans(Text text) {
        String s = text.getLiteral();
        int close = s.indexOf("]{");
        int open = close < 0 ? -1 : s.lastIndexOf('[', close);
        if (open < 0) {
            return;
        }
        int end = s.indexOf('}', close + 2);
        Map<String, String> attrs = end < 0 ? null : MdcAttributes.parse(s.substring(close + 2, end));
        if (attrs == null) {
            return;
        }
        Text before = new Text(s.substring(0, open));
        MdcSpan span = new MdcSpan();
        span.appendChild(new Text(s.substring(open + 1, close)));
        span.appendChild(new MdcAttributes(attrs));
        Text after = new Text(s.substring(end + 1));
        text.insertBefore(before);
        text.insertBefore(span);
        text.insertBefore(after);
        text.unlink();
        if (before.getLiteral().isEmpty()) {
            before.unlink();
        }
        if (after.getLiteral().isEmpty()) {
            after.unlink();
        } else {
            spans(after);
        }
    }

    /** A heading or paragraph whose text ends in {@code {...}}. */
    private static void trailing(Node block) {
        if (!(block.getLastChild() instanceof Text last)) {
            return;
        }
        Matcher m = TRAILING.matcher(last.getLiteral());
        if (!m.find()) {
            return;
        }
        Map<String, String> attrs = MdcAttributes.parse(m.group(1));
        if (attrs == null) {
            return;
        }
        last.setLiteral(last.getLiteral().substring(0, m.start()));
        if (last.getLiteral().isEmpty()) {
            last.unlink();
        }
        block.appendChild(new MdcAttributes(attrs));
    }

    private static final class SpanRenderer implements NodeRenderer {
        private final HtmlNodeRendererContext context;
        private final HtmlWriter html;

        SpanRenderer(HtmlNodeRendererContext context) {
            this.context = context;
            this.html = context.getWriter();
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(MdcSpan.class);
        }

        @Override
        public void render(Node node) {
            if (node instanceof MdcSpan) {
                html.tag("span", context.extendAttributes(node, "span", Map.of()));
                for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                    context.render(child);
                }
                html.tag("/span");
            }
        }
    }
}
