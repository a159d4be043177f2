package dev.slidejar.deck;

import dev.slidejar.diag.SourcePos;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

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

    /**
     * The first line on which {@code text} stands in the slide, else in a slide whose {@code src:} imports it (its
     * frontmatter is this slide's too), the nearest first; empty when none holds it.
     */
    public Optional<SourcePos> lineOf(String text) {
        Optional<SourcePos> line = source.lineOf(text);
        for (int i = importChain.size() - 1; i >= 0 && line.isEmpty(); i--) {
            line = importChain.get(i).lineOf(text);
        }
        return line;
    }

    /** Whether {@code pos} is on a line of the slide or of a slide whose {@code src:} imports it. */
    public boolean holds(SourcePos pos) {
        return source.holds(pos) || importChain.stream().anyMatch(s -> s.holds(pos));
    }

    /** {@code layout:} of the frontmatter, or null when none is set. */
    public String layout() {
        Object layout = frontmatter.get("layout");
        return layout == null ? null : layout.toString();
    }
}
