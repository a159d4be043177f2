package dev.slidejar.deck;

/** How a slide wrote its frontmatter. */
public enum FrontmatterStyle {
    /** No frontmatter. */
    NONE,
    /** Between {@code ---} lines. */
    FRONTMATTER,
    /** In a {@code ```yaml} block at the top of the slide. */
    YAML
}
