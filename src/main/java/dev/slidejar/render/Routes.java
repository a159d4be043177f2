package dev.slidejar.render;

/**
 * Where pages live in a built site and how one page links to another: slide N at {@code N/index.html} (slide 1
 * also at {@code index.html}). Links are relative and name {@code index.html}, so they work from any subpath
 * and from {@code file://}.
 */
public final class Routes {
    private Routes() {
    }

    /** The path of slide {@code no}'s page, relative to the site root. */
    public static String slidePath(int no) {
        return no + "/index.html";
    }

    /**
     * Stands for "the way from this page up to the site root" in rendered HTML, until the page it goes into is
     * known ({@link #forPage}): slide 1 is written twice, at the root and in {@code 1/}.
     */
    public static final String ROOT = "\uE000/";

    /** From a page in a slide folder: the way up to the site root. */
    public static String rootFromSlide() {
        return ROOT;
    }

    /** {@code html} with {@link #ROOT} replaced by the way up from a page {@code depth} folders deep. */
    public static String forPage(String html, int depth) {
        return html.replace(ROOT, "../".repeat(depth));
    }

    /** A link from slide page {@code from} to slide {@code to}. */
    public static String slideHref(int to) {
        return rootFromSlide() + slidePath(to);
    }
}
