package dev.slidejar.render;

/**
 * Rewrites the URLs a deck writes ({@code /statics/a.png} for its public folder or root, {@code ./img/b.png}
 * next to {@code slides.md}, {@code https://...}) into what a page of the built site must use: relative to that
 * page, so the site works from any subpath and from {@code file://}. Remote URLs stay as written.
 */
@FunctionalInterface
public interface UrlResolver {
    String resolve(String url);

    /** Leaves every URL as written (for fragments not tied to a page). */
    static UrlResolver identity() {
        return url -> url;
    }
}
