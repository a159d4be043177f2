package dev.slidejar.markdown.ext;

import dev.slidejar.markdown.math.Katex;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.commonmark.Extension;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.commonmark.node.Block;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.beta.InlineContentParser;
import org.commonmark.parser.beta.InlineContentParserFactory;
import org.commonmark.parser.beta.InlineParserState;
import org.commonmark.parser.beta.ParsedInline;
import org.commonmark.parser.beta.Position;
import org.commonmark.parser.beta.Scanner;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Math as Slidev's markdown-it plugin reads it: {@code $...$} inline (no space after the opening {@code $}, none
 * before the closing one, no digit after it, a {@code \$} not a delimiter) and {@code $$} blocks (on one line, or
 * from a line starting with {@code $$} to one ending with it), rendered by {@link Katex}; what KaTeX cannot parse
 * shows as written. A block is a {@code div.slidev-katex-wrapper} around a paragraph, as Slidev's KaTexBlockWrapper.
 */
public final class MathExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {
    private final Katex katex;

    private MathExtension(Katex katex) {
        this.katex = katex;
    }

    public static Extension create(Katex katex) {
        return new MathExtension(katex);
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customInlineContentParserFactory(new InlineFactory());
        builder.customBlockParserFactory(new BlockFactory());
    }

    @Override
    public void extend(HtmlRenderer.Builder builder) {
        builder.nodeRendererFactory(context -> new Renderer(context.getWriter(), katex));
    }

    /** {@code $tex$} in a paragraph. */
    public static final class MathInline extends CustomNode {
        final String tex;

        MathInline(String tex) {
            this.tex = tex;
        }
    }

    /** A {@code $$} block, with the line ranges ({@code $$ {1|3|all} {at: 2}}) after its opening {@code $$}. */
    public static final class MathBlock extends CustomBlock {
        String tex = "";
        List<String> ranges = List.of();
        String options = "";
    }

    /** Slidev's reading of what follows a block's opening {@code $$}: its ranges, then its options. */
    private static final java.util.regex.Pattern BLOCK_INFO =
            java.util.regex.Pattern.compile("^\\{([\\w*,|-]+)}\\s*(\\{[^}]*})?");

    private static boolean blank(char c) {
        return c == ' ' || c == '\t';
    }

    private static final class InlineFactory implements InlineContentParserFactory {
        @Override
        public Set<Character> getTriggerCharacters() {
            return Set.of('$');
        }

        @Override
        public InlineContentParser create() {
            return MathExtension::inline;
        }
    }

    private static ParsedInline inline(InlineParserState state) {
        Scanner s = state.scanner();
        s.next(); // the opening $
        Position start = s.position();
        if (blank(s.peek()) || s.peek() == '\n') {
            return ParsedInline.of(new Text("$"), start);
        }
        while (true) {
            if (s.find('$') < 0) {
                return ParsedInline.of(new Text("$"), start);
            }
            String tex = s.getSource(start, s.position()).getContent();
            int backslashes = 0;
            while (backslashes < tex.length() && tex.charAt(tex.length() - 1 - backslashes) == '\\') {
                backslashes++;
            }
            if (backslashes % 2 == 1) {
                s.next();
                continue;
            }
            s.next(); // the closing $
            if (tex.isEmpty()) {
                return ParsedInline.of(new Text("$$"), s.position());
            }
            char after = s.peek();
            if (blank(tex.charAt(tex.length() - 1)) || after >= '0' && after <= '9') {
                return ParsedInline.of(new Text("$"), start);
            }
            return ParsedInline.of(new MathInline(tex), s.position());
        }
    }

    private static final class BlockFactory extends AbstractBlockParserFactory {
        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
            if (state.getIndent() >= 4) {
                return BlockStart.none();
            }
            CharSequence line = state.getLine().getContent();
            int at = state.getNextNonSpaceIndex();
            if (line.length() - at < 2 || line.charAt(at) != '$' || line.charAt(at + 1) != '$') {
                return BlockStart.none();
            }
            String first = line.subSequence(at + 2, line.length()).toString().trim();
            BlockParser parser = new BlockParser(state.getIndent());
            if (first.endsWith("$$")) {
                parser.block.tex = first.substring(0, first.length() - 2).trim();
                parser.closed = true;
            } else {
                java.util.regex.Matcher info = BLOCK_INFO.matcher(first);
                if (info.find()) {
                    parser.block.ranges = List.of(info.group(1).trim().split("\\s*\\|\\s*"));
                    parser.block.options = info.group(2) == null ? "" : info.group(2);
                }
            }
            return BlockStart.of(parser).atIndex(line.length());
        }
    }

    private static final class BlockParser extends AbstractBlockParser {
        final MathBlock block = new MathBlock();
        private final int indent;
        private final List<String> lines = new ArrayList<>();
        /** The text before the closing {@code $$} on its line. */
        private String last = "";
        /** Whether the opening line (whose rest was taken by the factory) has been passed to {@link #addLine}. */
        private boolean opened;
        boolean closed;

        BlockParser(int indent) {
            this.indent = indent;
        }

        @Override
        public Block getBlock() {
            return block;
        }

        @Override
        public BlockContinue tryContinue(ParserState state) {
            if (closed) {
                return BlockContinue.none();
            }
            String line = state.getLine().getContent().toString();
            if (line.trim().endsWith("$$")) {
                String before = line.substring(state.getNextNonSpaceIndex(), line.lastIndexOf("$$"));
                last = before.isBlank() ? "" : before;
                closed = true;
                return BlockContinue.finished();
            }
            return BlockContinue.atIndex(state.getIndex());
        }

        @Override
        public void addLine(SourceLine line) {
            if (!opened) {
                opened = true;
                return;
            }
            if (closed) {
                return;
            }
            String text = line.getContent().toString();
            int strip = 0;
            while (strip < indent && strip < text.length() && blank(text.charAt(strip))) {
                strip++;
            }
            lines.add(text.substring(strip));
        }

        @Override
        public void closeBlock() {
            if (block.tex.isEmpty()) {
                StringBuilder tex = new StringBuilder();
                lines.forEach(l -> tex.append(l).append('\n'));
                block.tex = tex.append(last).toString();
            }
        }
    }

    /**
     * A block's formula with its equation lines marked as they show with every click done (the print view, a page
     * without JavaScript): the rows of its outermost tables, row by row across their columns, as Slidev lines them
     * up; the runtime marks them anew as the clicks move.
     */
    private static String withRanges(String html, MathBlock block) {
        String shown = CodeRanges.last(block.ranges, block.options);
        if (shown == null) {
            return html;
        }
        Element root = Jsoup.parseBodyFragment(html).body();
        List<List<Element>> lines = equationLines(root);
        if (lines.isEmpty()) {
            return html;
        }
        int first = CodeRanges.intOption(block.options, "startLine", 1);
        Set<Integer> on = CodeRanges.lines(lines.size() + first - 1, shown.equals("hide") ? "all" : shown);
        for (int i = 0; i < lines.size(); i++) {
            for (Element row : lines.get(i)) {
                row.addClass("slidev-vclick-target").addClass(on.contains(i + first) ? "highlighted" : "dishonored");
            }
        }
        root.ownerDocument().outputSettings().prettyPrint(false);
        return root.html();
    }

    private static List<List<Element>> equationLines(Element root) {
        List<List<Element>> lines = new ArrayList<>();
        for (Element column : root.select(".mtable > [class*=col-align]")) {
            boolean nested = false;
            for (Element up = column.parent(); up != null && !nested; up = up.parent()) {
                nested = up.parent() != null && up.parent().hasClass("mtable") && up.className().contains("col-align");
            }
            if (nested) {
                continue;
            }
            int i = 0;
            for (Element row : rows(column)) {
                if (lines.size() <= i) {
                    lines.add(new ArrayList<>());
                }
                lines.get(i++).add(row);
            }
        }
        return lines;
    }

    /** {@code column > .vlist-t > .vlist-r > .vlist > span > .mord}, in order. */
    private static List<Element> rows(Element column) {
        List<Element> level = List.of(column);
        for (String step : new String[] {"vlist-t", "vlist-r", "vlist", null, "mord"}) {
            List<Element> next = new ArrayList<>();
            for (Element e : level) {
                for (Element child : e.children()) {
                    if (step == null ? child.normalName().equals("span") : child.hasClass(step)) {
                        next.add(child);
                    }
                }
            }
            level = next;
        }
        return level;
    }

    private static final class Renderer implements NodeRenderer {
        private final HtmlWriter html;
        private final Katex katex;

        Renderer(HtmlWriter html, Katex katex) {
            this.html = html;
            this.katex = katex;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(MathInline.class, MathBlock.class);
        }

        @Override
        public void render(Node node) {
            if (node instanceof MathInline m) {
                katex.render(m.tex, false).ifPresentOrElse(html::raw, () -> html.text(m.tex));
            } else if (node instanceof MathBlock b) {
                html.raw("<div class=\"slidev-katex-wrapper\"" + CodeRanges.attributes(b.ranges, b.options) + "><p>");
                katex.render(b.tex, true).map(h -> withRanges(h, b)).ifPresentOrElse(html::raw, () -> html.text(b.tex));
                html.raw("</p></div>\n");
            }
        }
    }
}
