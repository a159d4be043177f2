package dev.slidejar.render;

import dev.slidejar.deck.Deck;
import dev.slidejar.deck.DeckConfig;
import dev.slidejar.deck.Slide;
import dev.slidejar.markdown.SlideHtml;
import dev.slidejar.markdown.SlideMarkdownRenderer;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One slide, rendered: Markdown to slots, slots through {@link SlideDom}, into its layout, into the page. URLs
 * in the result are written against {@link Routes#ROOT}, to be fixed for the folder the page is written to.
 *
 * @param html the whole page
 * @param css the slide's scoped styles
 * @param classTokens every class the page uses (for the utility CSS)
 */
public record SlidePage(String html, String css, Set<String> classTokens, String layoutHtml, String notesHtml,
        int clicks) {
    private static final Pattern CLASS_ATTR = Pattern.compile("\\sclass=\"([^\"]*)\"");

    /**
     * Renders {@code slide}, whose Markdown is {@code content} (its own, code snippets it imports read in).
     * {@code urls} rewrites the URLs it names; {@code unknownLayout} hears of a layout name neither the theme nor
     * Slidev has (the slide then uses {@code default}); {@code base} is the site's public path, for the canonical
     * link (none when it is {@code /}); {@code head} is what the page's {@code <head>} says of the deck.
     */
    public static SlidePage render(Slide slide, String content, Deck deck, DeckConfig config, DeckContext context,
            PageRenderer renderer, SlideMarkdownRenderer markdown, UrlResolver urls, Consumer<String> unknownLayout,
            String base, PageView.Presenting presenting, PageHead head) {
        String layout = layoutOf(slide, renderer, unknownLayout);
        SlideHtml html = markdown.render(content, true);
        SlideDom.Result dom = SlideDom.transform(html, slide.no(), context, slide.frontmatter(), urls);
        LayoutView view = new LayoutView(layout, slide.no(), slide.frontmatter(), dom.slots(), urls);
        String layoutHtml = renderer.renderLayout(view);
        if (!dom.css().isEmpty()) {
            // the layout's root is the slide component's child root: it carries the slide's scope (as in Vue)
            layoutHtml = layoutHtml.replaceFirst("^(\\s*<[a-zA-Z][^\\s>/]*)", "$1 " + ScopedCss.ATTRIBUTE);
        }

        String notes = Notes.html(slide.note(), markdown);
        int clicks = slide.frontmatter().get("clicks") instanceof Number n ? Math.max(0, n.intValue()) : dom.clicks();
        Object transition = slide.frontmatter().containsKey("transition") ? slide.frontmatter().get("transition")
                : deck.headmatter().get("transition");
        int total = deck.slides().size();
        String title = slide.title() == null ? config.pageTitle()
                : config.titleTemplate().replace("%s", slide.title().toString());
        String canonical = base == null || base.equals("/") ? null : base + slide.no() + "/";
        PageView page = new PageView(head, config.colorSchema().equals("dark") ? "dark" : null, title, canonical,
                Routes.ROOT, config.canvasWidth(), config.canvasHeight(), slide.no(), total, layoutHtml, notes,
                slide.no() > 1 ? Routes.slideHref(slide.no() - 1) : null,
                slide.no() < total ? Routes.slideHref(slide.no() + 1) : null, clicks,
                transition == null ? null : transition.toString(), presenting);
        String pageHtml = renderer.renderPage(page);

        Set<String> tokens = new LinkedHashSet<>(dom.classTokens());
        Matcher m = CLASS_ATTR.matcher(layoutHtml);
        while (m.find()) {
            for (String token : m.group(1).trim().split("\\s+")) {
                if (!token.isEmpty()) {
                    tokens.add(org.jsoup.parser.Parser.unescapeEntities(token, true));
                }
            }
        }
        return new SlidePage(pageHtml, dom.css(), tokens, layoutHtml, notes, clicks);
    }

    private static String layoutOf(Slide slide, PageRenderer renderer, Consumer<String> unknownLayout) {
        String layout = slide.layout();
        if (layout == null || layout.isBlank()) {
            return slide.no() == 1 ? "cover" : "default";
        }
        if (!renderer.hasLayout(layout)) {
            unknownLayout.accept(layout);
            return "default";
        }
        return layout;
    }
}
