package dev.slidejar.markdown.ext;

import dev.slidejar.markdown.TextCache;
import dev.slidejar.markdown.diagram.PlantUml;
import dev.slidejar.markdown.highlight.Highlighter;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Code blocks with the markup Slidev gives them (Shiki's {@code pre.shiki} inside a
 * {@code .slidev-code-wrapper}, one {@code span.line} per line), so that their box, font and line numbers
 * look as in Slidev, coloured as Shiki colours them ({@link Highlighter}: the language's TextMate grammar, Slidev's
 * vitesse-light and vitesse-dark); a language without a grammar (or none) is written in the theme's foreground
 * colour; a {@code mermaid} block is a diagram ({@link #mermaid}). Line numbers follow the deck's {@code lineNumbers:} or a block's own {@code {lines:true}}.
 *
 * <p>Line highlighting as Slidev's: {@code ```ts {2,3|5|all}{at:2,finally:'2',startLine:5,maxHeight:'100px'}}. The
 * ranges go into {@code data-slidejar-ranges} for the clicks (resolved with the slide's others by the renderer's
 * {@code Clicks}, run by the runtime); the lines are written as they show with every click done (the last range, or
 * {@code finally}), as the print view and a page without JavaScript show them.
 */
public final class CodeBlocks implements NodeRenderer {
    /** Slidev's fence info: language, [title], {ranges}, {options}, the rest (its RE_BLOCK_INFO). */
    private static final Pattern INFO = Pattern.compile(
            "^([\\w'-]+)?(?:[ \\t]*|[ \\t][ \\w\\t'-]*)(?:\\[([^\\]]*)])?[ \\t]*(?:\\{([\\w,|\\-*]+)})?[ \\t]*(\\{[^}]*})?(.*)$");
    /** A block Slidev shows in a Monaco editor: {@code ```ts {monaco} {options}}, {@code {monaco-run}}, {@code {monaco-diff}}. */
    private static final Pattern MONACO = Pattern.compile("^([\\w'-]+)?\\s*\\{(monaco[\\w-]*)}\\s*(\\{[^}]*})?(.*)$");
    private static final Pattern MERMAID_OPTIONS = Pattern.compile("^mermaid\\s*(\\{[^\\n]*})?");
    private static final Pattern LINES_OPTION = Pattern.compile("lines\\s*:\\s*(true|false)");
    private static final String SHIKI_VARS =
            "--shiki-light:#393a34;--shiki-dark:#dbd7caee;--shiki-light-bg:#ffffff;--shiki-dark-bg:#121212";

    private final HtmlWriter html;
    private final boolean lineNumbers;
    private final TextCache cache;

    /** Code blocks numbered when {@code lineNumbers} (unless a block says otherwise), coloured code kept in {@code cache}. */
    public CodeBlocks(HtmlNodeRendererContext context, boolean lineNumbers, TextCache cache) {
        this.html = context.getWriter();
        this.lineNumbers = lineNumbers;
        this.cache = cache;
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(FencedCodeBlock.class, IndentedCodeBlock.class);
    }

    @Override
    public void render(Node node) {
        String info = node instanceof FencedCodeBlock f && f.getInfo() != null ? f.getInfo().trim() : "";
        String literal = node instanceof FencedCodeBlock f ? f.getLiteral() : ((IndentedCodeBlock) node).getLiteral();
        String lang = info.isEmpty() ? "" : info.split("[\\s{\\[]", 2)[0];
        if (lang.equals("mermaid")) {
            mermaid(info, literal);
            return;
        }
        if (lang.equals("plantuml") && plantUml(info, literal)) {
            return;
        }
        Matcher parts = INFO.matcher(info);
        List<String> ranges = List.of();
        String options = "";
        String title = "";
        Matcher monaco = MONACO.matcher(info);
        if (monaco.matches()) {
            // an editor in Slidev (Monaco): here its code, every line as it is (its {monaco} is no range)
            options = monaco.group(3) == null ? "" : monaco.group(3);
        } else if (parts.matches()) {
            title = parts.group(2) == null ? "" : parts.group(2);
            String rangeText = parts.group(3) == null ? "" : parts.group(3).trim();
            ranges = rangeText.isEmpty() ? List.of() : List.of(rangeText.split("\\s*\\|\\s*", -1));
            options = parts.group(4) == null ? "" : parts.group(4);
        }
        boolean numbered = lineNumbers;
        Matcher m = LINES_OPTION.matcher(options.isEmpty() ? info : options);
        if (m.find()) {
            numbered = m.group(1).equals("true");
        }
        if (literal.endsWith("\n")) {
            literal = literal.substring(0, literal.length() - 1);
        }
        int startLine = CodeRanges.intOption(options, "startLine", 1);
        String maxHeight = CodeRanges.option(options, "maxHeight");
        StringBuilder out = new StringBuilder();
        out.append("<div class=\"slidev-code-wrapper relative group").append(numbered ? " slidev-code-line-numbers" : "")
                .append(monaco.matches() ? " slidejar-monaco" : "")
                .append('"');
        out.append(CodeRanges.attributes(ranges, options));
        if (!title.isEmpty()) {
            out.append(" data-title=\"").append(escape(title)).append('"');
        }
        if (startLine != 1 || maxHeight != null) {
            out.append(" style=\"").append(maxHeight == null ? "" : "max-height:" + escape(maxHeight) + ";overflow-y:scroll;")
                    .append("--start:").append(startLine).append('"');
        }
        out.append('>');
        if (!title.isEmpty()) {
            out.append(titleBar(title));
        }
        out.append("<pre class=\"shiki shiki-themes vitesse-light vitesse-dark slidev-code\" style=\"")
                .append(SHIKI_VARS).append("\"><code").append(lang.isEmpty() ? "" : " class=\"language-" + escape(lang) + "\"")
                .append('>');
        String[] lines = literal.split("\n", -1);
        Optional<List<String>> coloured = lang.isEmpty() ? Optional.empty()
                : highlight(literal, lang).filter(l -> l.size() == lines.length);
        // as shown with every click done
        String shown = CodeRanges.last(ranges, options);
        Set<Integer> highlighted = shown == null ? Set.of()
                : CodeRanges.lines(lines.length + startLine - 1, shown.equals("hide") ? "all" : shown);
        for (int i = 0; i < lines.length; i++) {
            out.append("<span class=\"line");
            if (shown != null) {
                out.append(highlighted.contains(i + startLine) ? " slidev-code-highlighted highlighted"
                        : " slidev-code-dishonored dishonored");
            }
            out.append("\">")
                    .append(coloured.isPresent() ? coloured.get().get(i) : escape(lines[i])).append("</span>");
            if (i < lines.length - 1) {
                out.append('\n');
            }
        }
        out.append("</code></pre></div>\n");
        html.raw(out.toString());
    }

    /**
     * The bar Slidev puts over a block with a {@code [title]}: its icon ({@code ~set:name~} in the title, else the
     * one Slidev's TitleIcon picks for a file name it knows: a box of the icon's size, drawn when the icon set is
     * bundled, as UnoCSS draws it when installed) and the title without the {@code ~icon~}.
     */
    private static String titleBar(String title) {
        String icon = TitleIcons.of(title);
        return "<div class=\"slidev-code-block-title\">"
                + (icon.isEmpty() ? "" : "<div class=\"w-3.5 h-3.5 relative " + escape(icon) + "\"></div>")
                + "<div class=\"leading-1em\">" + escape(title.replaceAll("~([^~]+)~", "").trim()) + "</div></div>";
    }

    /**
     * A Mermaid diagram, as Slidev's {@code ```mermaid {options}} block: its source (trimmed) in a {@code pre}, which
     * is what a page without JavaScript shows; the runtime ({@code mermaid.js}) draws it in its place with the
     * options, a JavaScript object as written.
     */
    private void mermaid(String info, String code) {
        Matcher options = MERMAID_OPTIONS.matcher(info);
        StringBuilder out = new StringBuilder("<div class=\"slidejar-mermaid\"");
        if (options.find() && options.group(1) != null) {
            out.append(" data-options=\"").append(escape(options.group(1))).append('"');
        }
        out.append("><pre>").append(escape(code.trim())).append("</pre></div>\n");
        html.raw(out.toString());
    }

    /**
     * A PlantUML diagram ({@code ```plantuml {scale: 0.7}}), drawn now ({@link PlantUml}) into an {@code img} as
     * Slidev's PlantUml component writes it ({@code alt} "PlantUML diagram" unless the options say, their
     * {@code scale} as its CSS scale); false when PlantUML draws nothing (the block is then shown as code).
     */
    private boolean plantUml(String info, String code) {
        Optional<String> svg = PlantUml.svg(code.trim(), cache);
        if (svg.isEmpty()) {
            return false;
        }
        String options = info.substring("plantuml".length());
        String scale = CodeRanges.option(options, "scale");
        String alt = CodeRanges.option(options, "alt");
        html.raw("<img src=\"data:image/svg+xml;base64,"
                + java.util.Base64.getEncoder().encodeToString(svg.get().getBytes(java.nio.charset.StandardCharsets.UTF_8))
                + "\"" + (scale == null ? "" : " style=\"scale: " + escape(scale) + ";\"")
                + " alt=\"" + escape(alt == null ? "PlantUML diagram" : alt) + "\">\n");
        return true;
    }

    /** The lines of {@code code} coloured, from the cache when it holds them. */
    private Optional<List<String>> highlight(String code, String lang) {
        String key = TextCache.key("shiki", Highlighter.VERSION, lang, code);
        Optional<String> kept = cache.get(key);
        if (kept.isPresent()) {
            return Optional.of(List.of(kept.get().split("\n", -1)));
        }
        Optional<List<String>> lines = Highlighter.bundled().highlight(code, lang);
        lines.ifPresent(l -> cache.put(key, String.join("\n", l)));
        return lines;
    }

    private static String escape(String s) {
        return CodeRanges.escape(s);
    }
}
