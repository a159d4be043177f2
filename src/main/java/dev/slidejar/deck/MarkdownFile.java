package dev.slidejar.deck;

import dev.slidejar.diag.Diagnostic;
import java.util.List;

/** A Markdown file split into its slides, with the problems found on the way. */
public record MarkdownFile(SourceFile source, List<SourceSlide> slides, List<Diagnostic> diagnostics) {
    public MarkdownFile {
        slides = List.copyOf(slides);
        diagnostics = List.copyOf(diagnostics);
    }
}
