package dev.slidejar.render;

/**
 * What the {@code <head>} of every page of the site says of the deck, from its headmatter as Slidev's head does:
 * {@code lang}, {@code favicon}, and on slide pages {@code info} (the description), {@code author} and
 * {@code keywords}.
 *
 * @param lang the pages' language ({@code lang:}, else {@code en})
 * @param favicon the icon's URL: as written when remote, else the site's file with {@link Routes#ROOT} in front
 * @param description {@code info:} as written, trimmed, or null
 * @param author {@code author:}, or null
 * @param keywords {@code keywords:} (a list joined with {@code ", "}), or null
 */
public record PageHead(String lang, String favicon, String description, String author, String keywords) {

    /** Slidev's: English, its favicon, nothing else. */
    public static final PageHead DEFAULT = new PageHead("en", Routes.ROOT + Components.SLIDEV_ASSETS
            + Components.SLIDEV_FAVICON, null, null, null);

    /** The icon's URL from a page that is {@code rootPrefix} below the site root. */
    public String faviconHref(String rootPrefix) {
        return favicon == null ? null : favicon.replace(Routes.ROOT, rootPrefix);
    }
}
