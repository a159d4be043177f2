package dev.slidejar.deck;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A slide of the deck, after {@code src:} imports were followed and hidden slides dropped.
 *
 * @param no the 1-based slide number, as in the URL {@code /N}
 * @param source where its Markdown comes from
 * @param frontmatter its own frontmatter with the importing slides' frontmatter spread over it
 * @param importChain the slides whose {@code src:} led here, outermost first (empty when not imported)
 */
public record Slide(int no, SourceSlide source, Map<String, Object> frontmatter, List<SourceSlide> importChain) {

    public Slide {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(frontmatter, "frontmatter");
        importChain = List.copyOf(importChain);
    }

    /** The title: frontmatter {@code title:}/{@code name:} of the source slide, else its first heading. */
    public Object title() {
        return source.title();
    }

    public Object level() {
        return source.level();
    }

    public String note() {
        return source.note();
    }

    public String content() {
        return source.content();
    }

    /** {@code layout:} of the frontmatter, or null when none is set. */
    public String layout() {
        Object layout = frontmatter.get("layout");
        return layout == null ? null : layout.toString();
    }
}
