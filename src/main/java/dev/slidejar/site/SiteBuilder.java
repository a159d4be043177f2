package dev.slidejar.site;

import dev.slidejar.deck.Deck;
import dev.slidejar.deck.DeckConfig;
import dev.slidejar.deck.DeckLoader;
import dev.slidejar.deck.Slide;
import dev.slidejar.diag.DeckException;
import dev.slidejar.diag.Diagnostic;
import dev.slidejar.diag.SourcePos;
import dev.slidejar.markdown.SlideMarkdownRenderer;
import dev.slidejar.render.Components;
import dev.slidejar.render.CssUrls;
import dev.slidejar.render.DeckContext;
import dev.slidejar.render.DeckPageView;
import dev.slidejar.render.PageHead;
import dev.slidejar.render.PageView;
import dev.slidejar.render.PageRenderer;
import dev.slidejar.render.PrintLinks;
import dev.slidejar.render.Routes;
import dev.slidejar.render.SlidePage;
import dev.slidejar.render.TocEntry;
import dev.slidejar.render.TocPageView;
import dev.slidejar.markdown.TextCache;
import dev.slidejar.style.Fonts;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Builds a deck into a static site, as {@code slidev build} does, but with every slide as real HTML: slide N at
 * {@code N/index.html} (slide 1 also at {@code index.html}), a {@code 404.html}, {@code assets/} with the one
 * stylesheet and the fonts, the deck's {@code public/} folder and the local files slides use. Configured once
 * with {@link #builder()}, then {@link #build(Path)} may run any number of times.
 */
public final class SiteBuilder {
    /** Slidev's favicon, which its headmatter names when the deck names none: the site has its own copy. */
    private static final String SLIDEV_FAVICON_URL = "https://cdn.jsdelivr.net/gh/slidevjs/slidev/assets/favicon.png";

    private final Path outDir;
    private final String base;
    private final boolean download;
    /**
     * Slides rendered by the last {@link #render}, by everything their page depends on: a slide that comes again
     * unchanged in an unchanged deck context is not rendered again (the dev server's rebuilds). Only what the last
     * render used is kept.
     */
    private final Map<SlideKey, RenderedSlide> cache = new java.util.concurrent.ConcurrentHashMap<>();
    /** Formulas and coloured code kept from earlier builds (on disk, shared by every build of every deck). */
    private static final TextCache RENDERED = TextCache.in(CacheDir.of("rendered"));
    /** Markdown renderers by their options (they are immutable and shareable). */
    private final Map<String, SlideMarkdownRenderer> markdowns = new java.util.concurrent.ConcurrentHashMap<>();
    /** Slide titles as HTML, for the table of contents. */
    private final Map<String, String> titles = new java.util.concurrent.ConcurrentHashMap<>();
    /** Presenter and notes pages, by what they show (title, number, total). */
    private final Map<String, SiteWriter.Bytes> pages = new java.util.concurrent.ConcurrentHashMap<>();
    /** The last stylesheet (as bytes) and what it was made of. */
    private volatile LastCss lastCss = new LastCss(null, null);

    private record LastCss(CssKey key, SiteWriter.Bytes bytes) {
    }

    /** What a deck's stylesheet depends on. */
    private record CssKey(DeckConfig config, String themeCss, List<String> classTokens, String slideCss) {
    }

    /**
     * What a slide's page depends on: the slide, the deck-wide settings ({@code deck}: one string per render, so
     * equal keys compare it once) and, for slides that show it, the deck's context.
     */
    private record SlideKey(int no, Path file, String content, String note, Object frontmatter, Object title,
            Object level, String deck, DeckContext context) {
    }

    /**
     * A slide's page and what rendering it found and needed: its local files and its problems; with the page's
     * bytes as written in its folder (and at the root, for slide 1) and its parts for the deck pages, so that a
     * slide taken from the cache costs nothing more.
     */
    private record RenderedSlide(SlidePage page, Map<String, Path> files, List<Diagnostic> diagnostics,
            SiteWriter.Bytes inFolder, SiteWriter.Bytes atRoot, String notesHtml, String layoutHtml) {
    }

    private SiteBuilder(Builder b) {
        this.outDir = b.outDir;
        this.base = b.base;
        this.download = b.download;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds the deck of {@code entry}; throws {@link DeckException} when it has errors (nothing is written). */
    public BuildResult build(Path entry) {
        Site site = render(entry);
        Path out = resolveOut(site.deck());
        SiteWriter.write(out, site.files(), site.directories());
        return new BuildResult(out, site.deck().slides().size(), site.files().size(), site.diagnostics(),
                site.config(), wantsPdf(site.deck()) ? pdfName(site.deck()) : null);
    }

    /**
     * Renders the deck of {@code entry} into memory, without writing anything: what {@link #build} writes, and
     * what the dev server serves.
     *
     * @throws DeckException when the deck has errors
     */
    public Site render(Path entry) {
        return render(DeckLoader.load(entry));
    }

    /**
     * Renders {@code deck}, as loaded from its files: {@link #render(Path)} for a caller that has loaded it already.
     *
     * @throws DeckException when the deck has errors
     */
    public Site render(Deck deck) {
        if (deck.hasErrors()) {
            throw new DeckException(deck.diagnostics());
        }
        List<Diagnostic> diagnostics = new ArrayList<>(deck.diagnostics());
        Theme theme = theme(deck, diagnostics);
        PageRenderer renderer = theme.folder() != null
                ? PageRenderer.forThemeFolder(theme.folder(), classDir(theme.folder()))
                : PageRenderer.forTheme(theme.name());
        if (PageRenderer.hasLayoutFolder(deck.root())) {
            renderer = renderer.withDeckLayouts(deck.root(), classDir(deck.root()));
        }
        DeckConfig config = DeckConfig.resolve(deck.headmatter(), theme.defaults());
        boolean math = hasMath(deck);
        SlideMarkdownRenderer markdown = markdowns.computeIfAbsent(config.lineNumbers() + "/" + config.mdc() + "/" + math,
                k -> SlideMarkdownRenderer.create(config.lineNumbers(), config.mdc(), math, RENDERED));
        DeckContext context = new DeckContext(deck.slides().size(), config.title(), toc(deck, markdown),
                deck.headmatter());
        SiteAssets assets = new SiteAssets(deck);
        Map<String, Path> copies = new java.util.TreeMap<>();
        Set<SlideKey> used = new java.util.HashSet<>();

        PageView.Presenting presenting = new PageView.Presenting(deckId(deck, config), config.colorSchema(),
                !Boolean.FALSE.equals(deck.headmatter().get("presenter")), downloadHref(deck));
        PageHead head = head(deck, assets, copies, diagnostics);
        Map<String, SiteWriter.Content> files = new LinkedHashMap<>();
        List<DeckPageView.Entry> entries = new ArrayList<>();
        StringBuilder slideCss = new StringBuilder();
        Set<String> classTokens = new LinkedHashSet<>();
        // the config as what it is made of, not its record's toString(): that one's first call builds method
        // handles for 13 components, 60 ms of a cold start
        String deckKey = deck.slides().size() + "\u0000" + deck.headmatter() + "\u0000" + theme.defaults()
                + "\u0000" + presenting + "\u0000" + base + "\u0000" + math;
        List<SlideKey> keys = new ArrayList<>();
        List<String> contents = new ArrayList<>();
        for (Slide slide : deck.slides()) {
            // its Markdown as rendered: with the code snippets it imports as they are now
            String content = Snippets.expand(slide, deck.root());
            contents.add(content);
            // the table of contents and the deck's context matter only to slides that show them
            keys.add(new SlideKey(slide.no(), slide.source().file().path(), content, slide.note(),
                    slide.frontmatter(), slide.title(), slide.level(), deckKey,
                    usesDeckContext(slide) ? context : null));
        }
        // slides render independently of each other: side by side on the cores there are (a first render)
        int[] missing = java.util.stream.IntStream.range(0, keys.size())
                .filter(i -> !cache.containsKey(keys.get(i))).toArray();
        RuntimeException[] failures = new RuntimeException[keys.size()];
        PageRenderer layouts = renderer;
        java.util.stream.IntStream stream = java.util.stream.IntStream.of(missing);
        (missing.length > 1 ? stream.parallel() : stream).forEach(i -> {
            try {
                cache.put(keys.get(i), renderSlide(deck.slides().get(i), contents.get(i), deck, config, context,
                        layouts, markdown, assets, presenting, head));
            } catch (RuntimeException e) {
                failures[i] = e; // rethrown below, the first slide's first, from this thread
            }
        });
        for (RuntimeException failure : failures) {
            if (failure != null) {
                throw failure;
            }
        }
        boolean showsSlidevLogo = false;
        for (int i = 0; i < keys.size(); i++) {
            Slide slide = deck.slides().get(i);
            used.add(keys.get(i));
            RenderedSlide rendered = cache.get(keys.get(i));
            SlidePage page = rendered.page();
            showsSlidevLogo |= page.html().contains(Components.SLIDEV_ASSETS + Components.SLIDEV_LOGO);
            copies.putAll(rendered.files());
            diagnostics.addAll(rendered.diagnostics());
            slideCss.append(Routes.forPage(page.css(), 1)); // for assets/style.css
            classTokens.addAll(page.classTokens());
            files.put(Routes.slidePath(slide.no()), rendered.inFolder());
            entries.add(new DeckPageView.Entry(slide.no(), slide.title() == null ? "" : slide.title().toString(),
                    page.clicks(), rendered.notesHtml(), rendered.layoutHtml()));
            if (slide.no() == 1) {
                files.put("index.html", rendered.atRoot());
            }
        }
        files.put("404.html", utf8(notFoundPage(config)));
        deckPages(files, renderer, config, presenting, head, entries);
        files.put("toc/index.html", utf8(renderer.renderToc(tocPage(deck, config, head, markdown))));
        files.put("assets/slidejar.js", new SiteWriter.Resource("/runtime/slidejar.js"));
        if (contents.stream().anyMatch(c -> MERMAID_BLOCK.matcher(c).find())) {
            files.put("assets/mermaid.js", new SiteWriter.Resource("/runtime/mermaid.js"));
            for (String file : List.of("mermaid.min.js", "LICENSE")) {
                files.put("assets/mermaid/" + file, new SiteWriter.Resource("/dev/slidejar/assets/mermaid/" + file));
            }
        }
        List<String> slidevAssets = new ArrayList<>();
        if (showsSlidevLogo) {
            slidevAssets.add(Components.SLIDEV_LOGO);
        }
        if (PageHead.DEFAULT.favicon().equals(head.favicon())) {
            slidevAssets.add(Components.SLIDEV_FAVICON);
        }
        if (!slidevAssets.isEmpty()) {
            slidevAssets.add("LICENSE");
        }
        for (String file : slidevAssets) {
            files.put(Components.SLIDEV_ASSETS + file, new SiteWriter.Resource(Components.SLIDEV_RESOURCES + file));
        }
        String themeCss = (math ? MathAssets.css() : "") + theme.css() + styles(deck, theme, assets, copies, diagnostics);
        if (math) {
            MathAssets.files().forEach(f -> files.put(f.path(), new SiteWriter.Resource(f.resource())));
        }
        CssKey cssKey = new CssKey(config, themeCss, List.copyOf(classTokens), slideCss.toString());
        LastCss css = lastCss;
        if (!cssKey.equals(css.key())) {
            css = new LastCss(cssKey, utf8(DeckStyles.css(config, themeCss, classTokens, slideCss.toString())));
            lastCss = css;
        }
        files.put("assets/style.css", css.bytes());
        for (String resource : DeckStyles.fontFiles(config)) {
            files.put("assets/fonts/" + resource.substring(Fonts.RESOURCE_FOLDER.length()),
                    new SiteWriter.Resource(resource));
        }
        cache.keySet().retainAll(used);
        for (Map.Entry<String, Path> file : copies.entrySet()) {
            files.putIfAbsent(file.getKey(), new SiteWriter.Copy(file.getValue()));
        }
        Map<String, Path> directories = new LinkedHashMap<>();
        Path publicDir = deck.root().resolve("public");
        if (Files.isDirectory(publicDir)) {
            directories.put("", publicDir);
        }
        return new Site(deck, config, files, directories, diagnostics);
    }

    /** Slidev's test for math in a deck: a {@code $...$} on a line, or a {@code $$}, in a slide or its notes. */
    private static boolean hasMath(Deck deck) {
        for (Slide slide : deck.slides()) {
            for (String text : new String[] {slide.content(), slide.note()}) {
                if (text != null && (text.contains("$$") || DOLLAR_INLINE.matcher(text).find())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A {@code ```mermaid} block: its page loads Mermaid (which draws it). */
    private static final java.util.regex.Pattern MERMAID_BLOCK =
            java.util.regex.Pattern.compile("(?m)^[ \\t]*(```+|~~~+)[ \\t]*mermaid\\b");
    private static final java.util.regex.Pattern DOLLAR_INLINE = java.util.regex.Pattern.compile("\\$.*?\\$");

    /**
     * Whether a slide's page can depend on other slides: {@code <Toc>}, {@code <SlidesTotal>} and
     * {@code {{ ... }}} interpolations read the deck; event handlers such as {@code @click="$slidev.nav.next"}
     * do not.
     */
    private static boolean usesDeckContext(Slide slide) {
        String c = slide.content();
        return c.contains("<Toc") || c.contains("<toc") || c.contains("{{") || c.contains("<SlidesTotal")
                || c.contains("<slides-total");
    }

    private RenderedSlide renderSlide(Slide slide, String content, Deck deck, DeckConfig config,
            DeckContext context, PageRenderer renderer, SlideMarkdownRenderer markdown, SiteAssets assets,
            PageView.Presenting presenting, PageHead head) {
        Map<String, Path> files = new java.util.TreeMap<>();
        List<Diagnostic> found = new ArrayList<>();
        try {
            SlidePage page = SlidePage.render(slide, content, deck, config, context, renderer, markdown,
                    url -> assets.resolve(url, Routes.ROOT, slide, files, found),
                    layout -> found.add(Diagnostic.warning(pos(slide),
                            "unknown layout '" + layout + "'; using 'default'")), base, presenting, head);
            return new RenderedSlide(page, files, found, utf8(Routes.forPage(page.html(), 1)),
                    slide.no() == 1 ? utf8(Routes.forPage(page.html(), 0)) : null,
                    page.notesHtml() == null ? null : Routes.forPage(page.notesHtml(), 2),
                    Routes.forPage(page.layoutHtml(), 1));
        } catch (gg.jte.TemplateException e) {
            throw new DeckException(Diagnostic.error(pos(slide), "layout '" + slide.layout() + "' failed: "
                    + e.getMessage()));
        }
    }

    /** How many rendered slides the cache holds. */
    int cachedSlides() {
        return cache.size();
    }

    /**
     * Forgets the slides rendered so far: after a change to something their pages depend on besides the deck's
     * Markdown (an image added or removed, a layout or style edited).
     */
    public void forgetRenderedSlides() {
        cache.clear();
        pages.clear();
        lastCss = new LastCss(null, null);
    }

    private static DeckPageView withTotal(DeckPageView view, List<DeckPageView.Entry> entries) {
        return new DeckPageView(view.title(), view.rootPrefix(), view.no(), view.canvasWidth(), view.canvasHeight(),
                view.presenting(), view.head(), entries);
    }

    /** Presenter and notes pages per slide, the overview, the print page and the data they share. */
    private void deckPages(Map<String, SiteWriter.Content> files, PageRenderer renderer, DeckConfig config,
            PageView.Presenting presenting, PageHead head, List<DeckPageView.Entry> entries) {
        if (pages.size() > 4 * entries.size() + 8) {
            pages.clear(); // titles and totals of the past
        }
        for (DeckPageView.Entry e : entries) {
            // these pages show only the title, the number and the total; the rest comes from deck.js
            DeckPageView view = new DeckPageView(config.title(), "../../", e.no(), config.canvasWidth(),
                    config.canvasHeight(), presenting, head, List.of(e));
            String key = config.title() + "\u0000" + entries.size() + "\u0000" + presenting + "\u0000" + head
                    + "\u0000" + e.no();
            if (presenting.presenter()) {
                files.put("presenter/" + e.no() + "/index.html", pages.computeIfAbsent("p" + key,
                        k -> utf8(renderer.renderPresenter(withTotal(view, entries), false))));
            }
            files.put("notes/" + e.no() + "/index.html", pages.computeIfAbsent("n" + key,
                    k -> utf8(renderer.renderPresenter(withTotal(view, entries), true))));
        }
        DeckPageView top = new DeckPageView(config.title(), "../", 1, config.canvasWidth(), config.canvasHeight(),
                presenting, head, entries);
        files.put("overview/index.html", utf8(renderer.renderOverview(top)));
        files.put("print/index.html", utf8(renderer.renderPrint(printView(top, entries))));
        files.put("assets/deck.js", utf8(deckData(config, entries)));
        files.put("assets/deckpages.js", new SiteWriter.Resource("/runtime/deckpages.js"));
        files.put("assets/deckpages.css", new SiteWriter.Resource("/runtime/deckpages.css"));
    }

    /** {@code view} with the slides' links made the print page's ({@link PrintLinks}). */
    private static DeckPageView printView(DeckPageView view, List<DeckPageView.Entry> entries) {
        Map<Integer, String> html = new LinkedHashMap<>();
        entries.forEach(e -> html.put(e.no(), e.layoutHtml()));
        Map<Integer, String> linked = PrintLinks.forPrint(html, entries.size());
        List<DeckPageView.Entry> printed = entries.stream().map(e -> new DeckPageView.Entry(e.no(), e.title(),
                e.clicks(), e.notesHtml(), linked.get(e.no()))).toList();
        return new DeckPageView(view.title(), view.rootPrefix(), view.no(), view.canvasWidth(), view.canvasHeight(),
                view.presenting(), view.head(), printed);
    }

    /** {@code window.SLIDEJAR_DECK}: what the presenter and notes pages show of each slide. */
    private static String deckData(DeckConfig config, List<DeckPageView.Entry> entries) {
        List<Object> slides = new ArrayList<>();
        for (DeckPageView.Entry e : entries) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("no", e.no());
            s.put("title", e.title());
            s.put("clicks", e.clicks());
            s.put("notes", e.notesHtml());
            slides.add(s);
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("title", config.title());
        data.put("slides", slides);
        return "window.SLIDEJAR_DECK = " + dev.slidejar.js.Json.stringify(data).replace("</", "<\\/") + ";\n";
    }

    /**
     * The PDF the controls offer: {@code download: https://...} as written, {@code download: true} (or
     * {@code --download}) the deck's PDF that {@code build} exports into the site; null for none.
     */
    private String downloadHref(Deck deck) {
        Object value = deck.headmatter().get("download");
        if (value instanceof String url && !url.isBlank() && !url.equals("true")) {
            return url;
        }
        return Boolean.TRUE.equals(value) || download ? pdfName(deck) : null;
    }

    /** The file name of the deck's PDF in the site: {@code exportFilename}, else {@code slides-export}, as Slidev. */
    public static String pdfName(Deck deck) {
        String base = deck.exportName();
        return base.endsWith(".pdf") ? base : base + ".pdf";
    }

    /** Whether this build must put the deck's PDF into the site: {@code download: true} or {@code --download}. */
    public boolean wantsPdf(Deck deck) {
        Object value = deck.headmatter().get("download");
        return download || Boolean.TRUE.equals(value) || "true".equals(value);
    }

    /** Names the BroadcastChannel of this deck, so that two decks served from one origin stay apart. */
    private static String deckId(Deck deck, DeckConfig config) {
        return Integer.toHexString((config.title() + "\u0000" + deck.slides().size() + "\u0000"
                + deck.entry().path().getFileName()).hashCode());
    }

    /** The deck's theme: bundled, or a folder it names; an unknown name falls back to default with a warning. */
    /**
     * Whether rendering {@code deck} compiles layouts from their sources (a theme folder of its own, or its
     * {@code layouts/}): every render then runs the compiler, which is no warm-up.
     */
    public static boolean compilesLayouts(Deck deck) {
        return Theme.isFolder(DeckConfig.themeName(deck.headmatter())) || PageRenderer.hasLayoutFolder(deck.root());
    }

    private static Theme theme(Deck deck, List<Diagnostic> diagnostics) {
        String name = DeckConfig.themeName(deck.headmatter());
        if (Theme.isFolder(name)) {
            Path dir = deck.root().resolve(name).normalize();
            if (!Files.isDirectory(dir)) {
                throw new DeckException(Diagnostic.error(headmatterPos(deck, "theme"), "theme folder '" + name + "' not found"));
            }
            try {
                return Theme.folder(dir);
            } catch (java.io.IOException e) {
                throw new DeckException(Diagnostic.error(headmatterPos(deck, "theme"), "cannot read theme folder '" + name + "': "
                        + e.getMessage()));
            }
        }
        if (!PageRenderer.isBundledTheme(name)) {
            diagnostics.add(Diagnostic.warning(headmatterPos(deck, "theme"),
                    "theme '" + name + "' is not bundled with Slidejar; using the default theme")
                    .withHint("bundled themes: default, seriph; or name a theme folder, e.g. theme: ./my-theme"));
            name = "default";
        }
        return Theme.bundled(name);
    }

    /**
     * What every page's {@code <head>} says of the deck, from the headmatter as in Slidev: {@code lang},
     * {@code favicon} (a file of the deck copied along, Slidev's own default served from the site: it presents
     * offline; {@code false} or empty for none), {@code info}, {@code author}, {@code keywords}.
     */
    private static PageHead head(Deck deck, SiteAssets assets, Map<String, Path> copies,
            List<Diagnostic> diagnostics) {
        Map<String, Object> h = deck.headmatter();
        Object lang = h.get("lang");
        Object favicon = h.getOrDefault("favicon", SLIDEV_FAVICON_URL);
        String icon = favicon == null || Boolean.FALSE.equals(favicon) || favicon.toString().isBlank() ? null
                : favicon.toString().equals(SLIDEV_FAVICON_URL) ? PageHead.DEFAULT.favicon()
                : assets.resolve(favicon.toString(), Routes.ROOT, deck.slides().get(0), copies, diagnostics);
        Object info = h.get("info");
        Object author = h.get("author");
        Object keywords = h.get("keywords");
        return new PageHead(lang instanceof String l && !l.isBlank() ? l : PageHead.DEFAULT.lang(), icon,
                info instanceof String i && !i.isBlank() ? i.trim() : null,
                author == null || author instanceof Boolean ? null : author.toString(),
                keywords instanceof List<?> list ? String.join(", ", list.stream().map(String::valueOf).toList())
                        : keywords instanceof String k ? k : null);
    }

    /**
     * The styles of a theme folder, then the deck's own global ones, their {@code url(...)}s resolved from each file
     * for {@code assets/style.css} (as Vite does in Slidev: {@code /bg.png} is the site's, {@code ./bg.png} the
     * file's, copied along; a theme folder outside the deck's folder keeps its {@code ./} URLs as written).
     */
    private static String styles(Deck deck, Theme theme, SiteAssets assets, Map<String, Path> copies,
            List<Diagnostic> diagnostics) {
        try {
            StringBuilder css = new StringBuilder();
            for (Path file : concat(theme.styleFiles(), Theme.deckCssFiles(deck.root()))) {
                String text = Files.readString(file);
                css.append(CssUrls.rewrite(text, url -> assets.resolve(url, "../", file, text, copies, diagnostics)))
                        .append('\n');
            }
            return css.toString();
        } catch (java.io.IOException e) {
            throw new DeckException(Diagnostic.error(null, "cannot read the styles: " + e.getMessage()));
        }
    }

    private static List<Path> concat(List<Path> a, List<Path> b) {
        List<Path> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** Where compiled layouts of a folder go: a cache under the temp folder, reused while sources are unchanged. */
    private static Path classDir(Path folder) {
        return Path.of(System.getProperty("java.io.tmpdir"), "slidejar-jte",
                Integer.toHexString(folder.toAbsolutePath().toString().hashCode()));
    }

    /** The headmatter line of {@code key:}, else the entry's first line. */
    private static SourcePos headmatterPos(Deck deck, String key) {
        String[] lines = deck.entry().text().split("\\r?\\n", -1);
        for (int i = 1; i < lines.length && !lines[i].trim().equals("---"); i++) {
            if (lines[i].startsWith(key + ":")) {
                return new SourcePos(deck.entry().userPath(), i + 1, 1);
            }
        }
        return SourcePos.ofLineIndex(deck.entry().userPath(), 0);
    }

    private Path resolveOut(Deck deck) {
        Path out = deck.root().resolve(outDir).toAbsolutePath().normalize();
        if (deck.root().startsWith(out)) {
            throw new DeckException(Diagnostic.error(null, "--out '" + outDir
                    + "' is the deck's folder or contains it; it would be replaced by the built site"));
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new DeckException(Diagnostic.error(null, "--out '" + outDir + "' is a file, not a folder"));
        }
        return out;
    }

    private String titleHtml(String title, SlideMarkdownRenderer markdown) {
        if (titles.size() > 10_000) {
            titles.clear();
        }
        return titles.computeIfAbsent(title, t -> markdown.render(t).slot("default").trim());
    }

    private List<TocEntry> toc(Deck deck, SlideMarkdownRenderer markdown) {
        List<TocEntry> entries = new ArrayList<>();
        for (Slide slide : deck.slides()) {
            Object title = slide.title();
            if (title == null || title.toString().isEmpty()) {
                continue;
            }
            int level = slide.level() instanceof Number n ? n.intValue() : 1;
            boolean hidden = isTrue(slide.frontmatter().get("hideInToc"));
            entries.add(new TocEntry(slide.no(), titleHtml(title.toString(), markdown), level, hidden));
        }
        return entries;
    }

    private TocPageView tocPage(Deck deck, DeckConfig config, PageHead head, SlideMarkdownRenderer markdown) {
        List<TocPageView.Item> items = new ArrayList<>();
        for (Slide slide : deck.slides()) {
            Object title = slide.title();
            String html = title == null || title.toString().isEmpty() ? null
                    : titleHtml(title.toString(), markdown);
            int level = slide.level() instanceof Number n ? Math.max(1, n.intValue()) : 1;
            items.add(new TocPageView.Item(slide.no(), html, level, isTrue(slide.frontmatter().get("hideInToc"))));
        }
        return new TocPageView(config.title(), "../", head, items);
    }

    private static boolean isTrue(Object value) {
        return value != null && !Boolean.FALSE.equals(value) && !"".equals(value)
                && !(value instanceof Number n && n.doubleValue() == 0);
    }

    private String notFoundPage(DeckConfig config) {
        String home = base + "index.html";
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Not found - "
                + escape(config.title()) + "</title></head><body style=\"font-family: sans-serif; text-align: center;"
                + " padding: 4rem\"><p>404: there is no slide here.</p><p><a href=\"" + escape(home)
                + "\">Go to the first slide</a></p></body></html>\n";
    }

    private static SourcePos pos(Slide slide) {
        return slide.source().pos();
    }

    private static SiteWriter.Bytes utf8(String s) {
        return new SiteWriter.Bytes(s.getBytes(StandardCharsets.UTF_8));
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** Options of a build: {@code --out} (relative to the deck's folder, as Slidev does) and {@code --base}. */
    public static final class Builder {
        private Path outDir = Path.of("dist");
        private String base = "/";
        private boolean download;

        /** {@code --download}: offer the deck's PDF in the controls (the build command exports it). */
        public Builder download(boolean value) {
            this.download = value;
            return this;
        }

        public Builder outDir(Path dir) {
            this.outDir = Objects.requireNonNull(dir);
            return this;
        }

        /** The public path the site is served under ({@code /talk/}); used only for absolute URLs. */
        public Builder base(String value) {
            String b = value == null || value.isBlank() ? "/" : value.trim();
            if (!b.startsWith("/") && !b.contains("://")) {
                b = "/" + b;
            }
            this.base = b.endsWith("/") ? b : b + "/";
            return this;
        }

        public SiteBuilder build() {
            return new SiteBuilder(this);
        }
    }
}
