package dev.slidejar.render;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.TemplateException;
import gg.jte.output.StringOutput;
import gg.jte.resolve.DirectoryCodeResolver;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Renders layouts and pages with the precompiled jte templates: a theme's layout when it has one, else the
 * built-in one ({@code themes/base/layouts/}), as Slidev lets a theme override built-in layouts.
 */
public final class PageRenderer {
    /** Slidev 53's built-in layouts. */
    public static final Set<String> BUILTIN_LAYOUTS = Set.of("center", "cover", "default", "end", "fact", "full",
            "iframe-left", "iframe-right", "iframe", "image-left", "image-right", "image", "intro", "none", "quote",
            "section", "statement", "two-cols-header", "two-cols");
    private static final Map<String, String> THEME_PACKAGES = Map.of("default", "defaulttheme", "seriph", "seriph");

    private final TemplateEngine base;
    /** Engines with layouts, most specific first: the deck's own layouts/, then its theme's. */
    private final List<TemplateEngine> layouts;

    private PageRenderer(TemplateEngine base, List<TemplateEngine> layouts) {
        this.base = base;
        this.layouts = List.copyOf(layouts);
    }

    /** A renderer for one of the bundled themes ({@code default}, {@code seriph}). */
    public static PageRenderer forTheme(String themeName) {
        String pkg = THEME_PACKAGES.get(themeName);
        if (pkg == null) {
            throw new IllegalArgumentException("not a bundled theme: " + themeName);
        }
        return new PageRenderer(engine("base"), List.of(engine(pkg)));
    }

    /**
     * A renderer for a theme folder of the deck's ({@code theme: ./my-theme}): its {@code layouts/*.jte} are
     * compiled on first use (which needs a JDK) into {@code classDir}.
     */
    public static PageRenderer forThemeFolder(Path themeDir, Path classDir) {
        return new PageRenderer(engine("base"), List.of(folderEngine(themeDir, classDir)));
    }

    /**
     * This renderer with the deck's own {@code layouts/*.jte} in front, as Slidev lets a deck's {@code layouts/}
     * override its theme's.
     */
    public PageRenderer withDeckLayouts(Path deckRoot, Path classDir) {
        List<TemplateEngine> engines = new ArrayList<>();
        engines.add(folderEngine(deckRoot, classDir));
        engines.addAll(layouts);
        return new PageRenderer(base, engines);
    }

    /** Whether {@code dir/layouts} holds any jte layout. */
    public static boolean hasLayoutFolder(Path dir) {
        try (var files = Files.list(dir.resolve("layouts"))) {
            return files.anyMatch(f -> f.getFileName().toString().endsWith(".jte"));
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private static TemplateEngine folderEngine(Path dir, Path classDir) {
        TemplateEngine engine = TemplateEngine.create(new DirectoryCodeResolver(dir), classDir, ContentType.Html,
                PageRenderer.class.getClassLoader());
        // compile against Slidejar's own classes (LayoutView) and jte's, wherever they were loaded from
        engine.setClassPath(List.of(codeSource(LayoutView.class), codeSource(gg.jte.Content.class)));
        return engine;
    }

    public static boolean isBundledTheme(String name) {
        return THEME_PACKAGES.containsKey(name);
    }

    private static final Map<String, TemplateEngine> PRECOMPILED = new java.util.concurrent.ConcurrentHashMap<>();

    private static TemplateEngine engine(String pkg) {
        return PRECOMPILED.computeIfAbsent(pkg, p -> TemplateEngine.createPrecompiled(null, ContentType.Html,
                PageRenderer.class.getClassLoader(), "dev.slidejar.render.templates." + p));
    }

    /** Whether this theme or the built-ins have a layout of that name. */
    public boolean hasLayout(String name) {
        return BUILTIN_LAYOUTS.contains(name) || layouts.stream().anyMatch(e -> e.hasTemplate(template(name)));
    }

    /**
     * Renders the slide with its layout: the deck's, else the theme's, else the built-in one.
     *
     * @throws TemplateException when a layout of a theme or deck folder does not compile or fails
     */
    public String renderLayout(LayoutView view) {
        String name = template(view.layout());
        TemplateEngine engine = layouts.stream().filter(e -> e.hasTemplate(name)).findFirst().orElse(base);
        StringOutput out = new StringOutput();
        engine.render(name, view, out);
        return out.toString().strip();
    }

    public String renderPage(PageView page) {
        StringOutput out = new StringOutput();
        base.render("page.jte", page, out);
        return out.toString();
    }

    /** The presenter page ({@code notesOnly}: the notes-only page) of a deck. */
    public String renderPresenter(DeckPageView view, boolean notesOnly) {
        StringOutput out = new StringOutput();
        base.render("presenter.jte", Map.of("v", view, "notesOnly", notesOnly), out);
        return out.toString();
    }

    public String renderOverview(DeckPageView view) {
        StringOutput out = new StringOutput();
        base.render("overview.jte", view, out);
        return out.toString();
    }

    public String renderPrint(DeckPageView view) {
        StringOutput out = new StringOutput();
        base.render("print.jte", view, out);
        return out.toString();
    }

    public String renderToc(TocPageView toc) {
        StringOutput out = new StringOutput();
        base.render("toc.jte", toc, out);
        return out.toString();
    }

    private static String codeSource(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String template(String layout) {
        return "layouts/" + layout + ".jte";
    }
}
