package dev.slidejar.render;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
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
    private final TemplateEngine theme;

    private PageRenderer(TemplateEngine base, TemplateEngine theme) {
        this.base = base;
        this.theme = theme;
    }

    /** A renderer for one of the bundled themes ({@code default}, {@code seriph}). */
    public static PageRenderer forTheme(String themeName) {
        String pkg = THEME_PACKAGES.get(themeName);
        if (pkg == null) {
            throw new IllegalArgumentException("not a bundled theme: " + themeName);
        }
        return new PageRenderer(engine("base"), engine(pkg));
    }

    public static boolean isBundledTheme(String name) {
        return THEME_PACKAGES.containsKey(name);
    }

    private static TemplateEngine engine(String pkg) {
        return TemplateEngine.createPrecompiled(null, ContentType.Html, PageRenderer.class.getClassLoader(),
                "dev.slidejar.render.templates." + pkg);
    }

    /** Whether this theme or the built-ins have a layout of that name. */
    public boolean hasLayout(String name) {
        return BUILTIN_LAYOUTS.contains(name) || theme.hasTemplate(template(name));
    }

    public String renderLayout(LayoutView view) {
        String name = template(view.layout());
        StringOutput out = new StringOutput();
        (theme.hasTemplate(name) ? theme : base).render(name, view, out);
        return out.toString().strip();
    }

    public String renderPage(PageView page) {
        StringOutput out = new StringOutput();
        base.render("page.jte", page, out);
        return out.toString();
    }

    public String renderToc(TocPageView toc) {
        StringOutput out = new StringOutput();
        base.render("toc.jte", toc, out);
        return out.toString();
    }

    private static String template(String layout) {
        return "layouts/" + layout + ".jte";
    }
}
