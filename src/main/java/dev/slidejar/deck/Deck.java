package dev.slidejar.deck;

import dev.slidejar.diag.Diagnostic;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A whole deck as Slidev's parser sees it.
 *
 * @param entry the entry Markdown file
 * @param headmatter the first slide's frontmatter of the entry file, with {@code title} from the first slide
 *     when it sets none
 * @param slides the slides, numbered from 1
 * @param diagnostics everything found wrong on the way; the deck is usable only when none is an error
 */
public record Deck(SourceFile entry, Map<String, Object> headmatter, List<Slide> slides,
        List<Diagnostic> diagnostics) {

    public Deck {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(headmatter, "headmatter");
        slides = List.copyOf(slides);
        diagnostics = List.copyOf(diagnostics);
    }

    /** The folder of the entry file: where {@code public/}, {@code /}-rooted {@code src:} paths and images live. */
    public Path root() {
        return entry.path().getParent();
    }

    /**
     * The base name exports take, as Slidev names them: the headmatter's {@code exportFilename}, else the entry's
     * name with {@code -export} ({@code slides-export}).
     */
    public String exportName() {
        Object name = headmatter.get("exportFilename");
        if (name != null && !name.toString().isBlank()) {
            return name.toString();
        }
        return entry.path().getFileName().toString().replaceFirst("\\.md$", "") + "-export";
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
