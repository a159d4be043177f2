package dev.slidejar.site;

import dev.slidejar.deck.DeckConfig;
import dev.slidejar.diag.Diagnostic;
import java.nio.file.Path;
import java.util.List;

/**
 * What a build wrote and what it found worth telling.
 *
 * @param pdf the site path where the deck's PDF belongs ({@code download: true}, {@code --download}): the build
 *     command exports it there; null when the deck offers none
 * @param config the deck's resolved settings (canvas size, color schema), for those who use the site: export
 */
public record BuildResult(Path outDir, int slides, int files, List<Diagnostic> diagnostics, DeckConfig config,
        String pdf) {
    public BuildResult {
        diagnostics = List.copyOf(diagnostics);
    }
}
